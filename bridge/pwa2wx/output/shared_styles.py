"""Leading rules that several pages' and components' stylesheets repeat, written once per package.

A component's stylesheet carries every rule of the partials its SCSS imports (Angular scopes each copy to its
component), so forty components importing one forms partial carry forty copies of it: GonnaOrder's pages and
components held 1.1 MB of such copies in 1.7 MB of WXSS. WeChat's compiler inlines an ``@import`` into the
file that imports it, in that file's scope, so a run of rules several files start with can live in one file
they each import first: the same rules, in the same order and scope, written once.

The runs are the shared paths of a trie of the files' leading rules: where two files part, a run ends, so a
file imports the runs along its path in order and then keeps what is its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pwa2wx.output.layout import NPM, OWN, SHARED_STYLES
from pwa2wx.output.packages import root_of
from pwa2wx.script.modules import relative

# A file whose shared leading rules are shorter than this keeps them: its imports would save too little.
MIN_SHARED = 1024


@dataclass
class _Node:
    files: int = 0
    children: dict[str, _Node] = field(default_factory=dict)


def split_rules(text: str) -> list[str]:
    """The top-level statements of a stylesheet, in order: rules, at-rule blocks, and ``@…;`` statements
    (braces and semicolons inside strings and comments do not count)."""
    statements, depth, start, i, n = [], 0, 0, 0, len(text)
    while i < n:
        ch = text[i]
        if ch in "\"'":
            end = text.find(ch, i + 1)
            while end > 0 and text[end - 1] == "\\":
                end = text.find(ch, end + 1)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 1
        elif ch == "{":
            depth += 1
        elif ch == "}" or ch == ";" and depth == 0:
            depth -= ch == "}"
            if depth == 0:
                statements.append(text[start:i + 1].strip())
                start = i + 1
        i += 1
    rest = text[start:].strip()
    return [s for s in statements if s] + ([rest] if rest else [])


def _movable(rule: str) -> bool:
    """A rule that means the same from another folder: no import or URL relative to its file."""
    if rule.startswith("@import"):
        return False
    for part in rule.split("url(")[1:]:
        target = part.lstrip(" \"'")
        if not target.startswith(("data:", "http:", "https:", "/")):
            return False
    return True


def hoist(files: dict[str, bytes], roots: Iterable[str]) -> dict[str, bytes]:
    """The files with the leading rules several page and component stylesheets of one package share moved into
    ``<root>/pwa2wx/styles/<n>.wxss`` files they import."""
    roots = list(roots)
    sheets: dict[str, list[str]] = {}
    for path, data in files.items():
        if path.endswith(".wxss") and path != "app.wxss" and OWN not in path and NPM not in path \
                and path.removesuffix(".wxss") + ".json" in files:
            rules = split_rules(data.decode("utf-8"))
            sheets[path] = rules[:next((i for i, r in enumerate(rules) if not _movable(r)), len(rules))]
    out = dict(files)
    for root in sorted({root_of(p, roots) for p in sheets}):
        out.update(_hoist_package({p: r for p, r in sheets.items() if root_of(p, roots) == root}, files, root))
    return dict(sorted(out.items()))


def _hoist_package(sheets: dict[str, list[str]], files: dict[str, bytes], root: str) -> dict[str, bytes]:
    trie = _Node()
    for rules in sheets.values():
        node = trie
        for rule in rules:
            node = node.children.setdefault(rule, _Node())
            node.files += 1
    written: dict[int, str] = {}  # id of a run's last node -> its file
    out: dict[str, bytes] = {}
    folder = f"{root}/{SHARED_STYLES}" if root else SHARED_STYLES
    for path, rules in sorted(sheets.items()):
        runs: list[tuple[_Node, list[str]]] = []
        node = trie
        run: list[str] = []
        for rule in rules:
            child = node.children[rule]
            if child.files < 2:
                break
            if run and child.files != node.files:
                runs.append((node, run))
                run = []
            node = child
            run.append(rule)
        if run:
            runs.append((node, run))
        if sum(len(r) for _, rs in runs for r in rs) < MIN_SHARED:
            continue
        imports = []
        for last, run in runs:
            if id(last) not in written:
                written[id(last)] = f"{folder}{len(written) + 1}.wxss"
                out[written[id(last)]] = "\n".join(run).encode("utf-8")
            imports.append(f'@import "{relative(path, written[id(last)])}";')
        own = files[path].decode("utf-8")
        taken = sum(len(rs) for _, rs in runs)
        kept = split_rules(own)[taken:]
        out[path] = "\n".join(imports + kept).encode("utf-8")
    return out
