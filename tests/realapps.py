"""What a real app's conversion gives, measured the way the issue tracker states the bar: no traceback, no
internal error, no wcc/wcsc failure, and every page opens in the headless preview and shows text.

Used by the corpus tests (tests/test_corpus.py) and by `bench/realapps.py` for apps outside the corpus.
"""

from __future__ import annotations

import json
import re
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import esprima

from pwa2wx import preview
from pwa2wx.build.convert import convert
from pwa2wx.commands.check import check
from pwa2wx.diagnostics import ConversionError
from tests.jstree import nodes

HARNESS_SOURCES = ("open", "harness")  # errors that mean the page did not open at all
# What a page logs that is not the converted code's doing (the bar: "no error other than failed requests to an
# unreachable backend, no error the converted code or the runtime throws where the PWA would not"): an error that
# names a host the page failed to reach (here every backend is unreachable), a library's own word for a failed
# request, a Capacitor plugin registered without a web implementation, which rejects in the PWA's browser too
# (Capacitor's web message, which the runtime gives as well), and a call of a Cordova plugin, which a browser has
# not either (the runtime's rejection says so; an app's own message may quote it).
NETWORK_CALLS = ("request", "connectSocket", "uploadFile", "downloadFile")
FAILED_REQUEST = re.compile(r"^(?:Network Error|Http failure response for |\w+:fail |\[[^\]]+\]\s+@firebase/firestore: "
                            r"Firestore \([\w.]+\): (?:Could not reach Cloud Firestore backend\.|RPC_ERROR HTTP error "
                            r"has no status)|(?:FirebaseError: )?Failed to get document because the client is "
                            r"offline\.)")
PWA_TOO = re.compile(r'^"[^"]+" plugin is not implemented on web$|\(a Cordova plugin, which a browser lacks too\)')


@dataclass
class PageReport:
    page: str
    opened: bool  # the page loaded and rendered (runtime errors after that may still be listed)
    text: bool  # it shows text, in the page or its navigation bar (where an ion-title of its header goes)
    placeholder: bool  # a unit of it did not convert: the page says "not converted"
    errors: list[str] = field(default_factory=list)
    # no route shows it: a component only ModalController/PopoverController open, with the componentProps its
    # opener passes: opened here through its opener when a tap on a routed page opens it, else without them
    overlay: bool = False
    via: str = ""  # the page whose tap opened it
    # the page on top once it opened: another one when a guard sent it there (a first-time visitor to sign-in), whose
    # text is then what counts, as the PWA shows that page too
    route: str = ""
    # of the errors, those of the unreachable backends and those the PWA logs too (HARNESS_SOURCES' comment)
    expected: list[str] = field(default_factory=list)
    # of those, the ones the PWA's own build logged on the same page (bench/pwa_baseline.py), when measured
    in_pwa: list[str] = field(default_factory=list)
    pwa_text: bool | None = None  # whether that page of the PWA's build shows text (None: not measured)

    @property
    def own_errors(self) -> list[str]:
        return [e for e in self.errors if e not in self.expected]


@dataclass
class AppReport:
    name: str
    out: Path | None = None  # the converted app
    crashed: str = ""  # a Python traceback, when the conversion raised
    stopped: str = ""  # the diagnostic that stopped the conversion (bad workspace, config)
    errors: int = 0
    warnings: int = 0
    internal: list[str] = field(default_factory=list)  # PWX9xx diagnostics
    # wcc/wcsc findings (PWX108, PWX206) and the broken markup wcc lets through (PWX109)
    compiler_errors: list[str] = field(default_factory=list)
    pages: list[PageReport] = field(default_factory=list)
    seconds: float = 0.0
    main_package: int = 0  # bytes of the main package (WeChat's limit: 2 MB)

    @property
    def rendered(self) -> int:
        return sum(1 for p in self.pages if p.opened and p.text and not p.placeholder)

    @property
    def overlays(self) -> list[PageReport]:
        return [p for p in self.pages if p.overlay]

    def row(self) -> dict:
        return {"app": self.name, "pages": len(self.pages), "render": self.rendered,
                "overlays": len(self.overlays),
                "overlays_render": sum(1 for p in self.overlays if p.opened and p.text and not p.placeholder),
                "clean": sum(1 for p in self.pages if p.opened and not p.errors),
                "redirected": sum(1 for p in self.pages if p.route and p.route != p.page),
                "clean_but_backends": sum(1 for p in self.pages if p.opened and not p.own_errors),
                # of those, the pages with an error the PWA's same page logs too
                "clean_as_pwa": sum(1 for p in self.pages if p.opened and not p.own_errors and p.in_pwa),
                "blank_as_pwa": sum(1 for p in self.pages if not (p.opened and p.text and not p.placeholder)
                                    and p.pwa_text is False),
                "main_mb": round(self.main_package / 2**20, 2),
                "errors": self.errors, "warnings": self.warnings, "internal": len(self.internal),
                "wcc_wcsc": len(self.compiler_errors), "crashed": bool(self.crashed or self.stopped)}


def measure(src: Path, out: Path, name: str, project: str | None = None, jobs: int = 1,
            open_pages: bool = True, config_file: Path | None = None,
            pwa: dict[str, dict] | None = None) -> AppReport:
    """Convert ``src`` into ``out`` (with ``config_file`` for pwa2wx.toml), check it, and open each of its pages;
    ``pwa``: what each page of the PWA's own build logs and whether it shows text (bench/pwa_baseline.py)."""
    report = AppReport(name, out)
    try:
        result = convert(src, out, config_file=config_file, project_name=project, jobs=jobs)
    except ConversionError as e:
        report.stopped = f"{e.diagnostic.location()}: {e.diagnostic.code}: {e.diagnostic.message}"
        return report
    except Exception:  # noqa: BLE001 — a traceback is what is being measured
        report.crashed = traceback.format_exc()
        return report
    report.seconds = result.seconds
    report.main_package = result.summary()["main_package_bytes"]
    report.errors = result.diagnostics.count("error")
    report.warnings = result.diagnostics.count("warning")
    report.internal = [f"{d.location()}: {d.code}: {d.message}" for d in result.diagnostics.items
                       if d.code.startswith("PWX9")]
    found = check(out)
    report.compiler_errors = [f"{d.location()}: {d.code}: {d.message}" for d in found.diagnostics.items
                              if d.code in ("PWX108", "PWX109", "PWX206")]
    if open_pages:
        params = page_params(out)
        via = overlay_openers(out, params)
        with ThreadPoolExecutor(max_workers=2) as pool:
            report.pages = list(pool.map(
                lambda page: open_page(out, page, params.get(page), via.get(page), (pwa or {}).get(page)),
                app_pages(out)))
        for page in report.pages:
            page.overlay = page.page not in params
    return report


def app_pages(out: Path) -> list[str]:
    """Every page of app.json, subpackages included."""
    app = json.loads((out / "app.json").read_text(encoding="utf-8"))
    pages = list(app.get("pages", []))
    for package in app.get("subPackages", []) + app.get("subpackages", []):
        pages += [f"{package['root']}/{p}" for p in package.get("pages", [])]
    return pages


def page_routes(out: Path) -> dict[str, str]:
    """Each routed page's path: its first route in the app's route table."""
    config = (out / "pwa2wx" / "app.config.js").read_text(encoding="utf-8")
    routes: dict[str, str] = {}
    for path, page in re.findall(r'path: ("[^"]*"), page: ("[^"]+")', config):
        routes.setdefault(json.loads(page), json.loads(path))
    return routes


def page_params(out: Path) -> dict[str, dict[str, str]]:
    """The route parameters each page reads, each set to 1."""
    return {page: {name: "1" for name in re.findall(r":([^/]+)", path)} for page, path in page_routes(out).items()}


# What a module stand-in shows where a template prints it (runtime/require.js): the page shows no content of its own
# there, and the module's failure is an error the page has
STAND_IN_TEXT = re.compile(r"\[module \S+ (?:was not converted|failed to load: [^\]]*)\]")


def stand_ins(text: str) -> tuple[str, list[str]]:
    """A page's text without what module stand-ins show, and those (each once)."""
    return STAND_IN_TEXT.sub("", text), sorted(set(STAND_IN_TEXT.findall(text)))


def open_page(out: Path, page: str, query: dict[str, str] | None, via: Opener | None = None,
              pwa: dict | None = None) -> PageReport:
    """Open a page as WeChat opens one from a shared link (its route's parameters in the query), or an overlay
    page as its opener does when ``via`` says how (a tap on the opener's element; alone, without the props the
    opener passes, when that tap does not open it), and record what it shows; ``pwa``: what that page of the PWA's
    own build logged and showed."""
    wxml = (out / (page + ".wxml")).read_text(encoding="utf-8")
    placeholder = wxml.startswith("<text") and "not converted:" in wxml
    try:
        result = None
        if via is not None:
            result = preview.run(out, via.page, via.query, actions=[via.tap], settle_ms=3000, timeout=60)
        through = via.page if via is not None and result is not None and result.route == page else ""
        if not through:
            result = preview.run(out, page, query or {}, settle_ms=3000, timeout=60)
    except Exception as e:  # noqa: BLE001 — a harness failure is a page that did not open
        return PageReport(page, False, False, placeholder, [f"harness: {e}"])
    text, shown_stand_ins = stand_ins(result.text)
    logged = [f"{e.get('source')}: {e.get('message')}" for e in result.errors]
    errors = logged + [f"stand-in shown: {s}" for s in shown_stand_ins]
    opened = not any(e.get("source") in HARNESS_SOURCES for e in result.errors) and result.route is not None
    unreached = {urlparse(str((args or {}).get("url", ""))).hostname for name in NETWORK_CALLS
                 for args in result.calls(name)} - {None}
    messages = [str(e.get("message", "")) for e in result.errors]
    in_pwa = [e for e, m in zip(logged, messages, strict=True) if in_pwa_too(m, (pwa or {}).get("errors", []))]
    expected = [e for e, ok in zip(logged, expected_errors(messages, unreached), strict=True) if ok]
    return PageReport(page, opened, bool(text.strip() or result.title.strip()), placeholder, errors,
                      expected=expected + [e for e in in_pwa if e not in expected], via=through,
                      route=result.route or "", in_pwa=in_pwa, pwa_text=pwa["text"] if pwa else None)


@dataclass(frozen=True)
class Opener:
    """How the app opens an overlay page: on ``page`` (opened with ``query``), the ``tap`` whose handler calls the
    method that creates the overlay (``ModalController.create({ component: X, componentProps })``)."""
    page: str
    query: dict[str, str]
    tap: dict


# a page's component: require(module).Class, or require(late.js)(module path from OUT).Class for a module that
# lives in a subpackage
PAGE_COMPONENT = re.compile(r"component: function \(\) \{ return require\('([^']+)'\)(?:\('([^']+)'\))?\.([\w$]+); \}")


def overlay_openers(out: Path, params: dict[str, dict[str, str]]) -> dict[str, Opener]:
    """Overlay page → its opener: a routed page (one of ``params``) with an element whose handler calls a method
    of the page's component that names the overlay's component as a ``component:``."""
    components = {}  # page → (its component's module, class)
    for page in app_pages(out):
        found = PAGE_COMPONENT.search((out / (page + ".js")).read_text(encoding="utf-8"))
        if found and found[2]:
            module = next(iter(sorted(out.glob(f"packages/*/{found[2]}"))), out / found[2])
            components[page] = (module, found[3])
        elif found:
            components[page] = ((out / page).parent.joinpath(found[1]).resolve(), found[3])
    overlays = {cls: page for page, (_, cls) in components.items() if page not in params}
    openers: dict[str, Opener] = {}
    for page, (module, cls) in components.items():
        if page not in params or not module.is_file():
            continue
        handlers = _handlers(out / (page + ".js"))
        for method, opened in _methods_opening(module, cls, set(overlays)):
            index = next((i for i, body in enumerate(handlers) if f"c.{method}(" in body), None)
            if index is not None and overlays[opened] not in openers:
                openers[overlays[opened]] = Opener(page, params[page], {"tap": {"selector": f"[data-h={index}]"}})
    return openers


def _parsed(path: Path) -> tuple[str, Any] | None:
    """A converted script's source and esprima tree (None when esprima does not read it)."""
    source = path.read_text(encoding="utf-8")
    try:
        return source, esprima.parseScript(source, {"range": True})
    except esprima.Error:
        return None


def _handlers(page_js: Path) -> list[str]:
    """The source of each of a page's event handlers (``handlers: [...]``, indexed by the WXML's data-h)."""
    parsed = _parsed(page_js)
    if parsed is None:
        return []
    source, tree = parsed
    for node in nodes(tree):
        if node.type == "Property" and getattr(node.key, "name", None) == "handlers" and \
                node.value.type == "ArrayExpression":
            return [source[e.range[0]:e.range[1]] for e in node.value.elements]
    return []


def _methods_opening(module: Path, cls: str, overlays: set[str]) -> list[tuple[str, str]]:
    """(method, overlay class) for each method of class ``cls`` in ``module`` with a ``component: Overlay``."""
    parsed = _parsed(module)
    if parsed is None:
        return []
    found = []
    for node in nodes(parsed[1]):
        if node.type in ("ClassDeclaration", "ClassExpression") and getattr(node.id, "name", None) == cls:
            for member in node.body.body:
                for inner in nodes(member.value):
                    if inner.type == "Property" and getattr(inner.key, "name", None) == "component":
                        value = inner.value
                        name = value.property.name if value.type == "MemberExpression" else getattr(value, "name", "")
                        if name in overlays:
                            found.append((getattr(member.key, "name", ""), name))
    return found


# A logger's styled banner, logged with console.error around the error it reports (aleemkhowaja/mobile_app_ionic:
# "%c ERROR -----⤵" + its CSS, the error, "%c END -----⤴"): it says nothing of its own.
BANNER = re.compile(r"^%c\s*[A-Z]+\s+[^a-z:]*\s+(?:[a-z-]+\s*:\s*[^;]+;?\s*)+$")


def expected_errors(messages: list[str], unreached: set[str]) -> list[bool]:
    """For each error a page logged, in order, whether it is of an unreachable backend or one the PWA logs too: a
    banner is when the error it frames (the one just before or after it) is."""
    own = [_not_its_doing(m, unreached) for m in messages]
    banner = [bool(BANNER.match(m)) for m in messages]
    return [ok or (banner[i] and any(0 <= j < len(messages) and own[j] and not banner[j] for j in (i - 1, i + 1)))
            for i, ok in enumerate(own)]


# What a message may start with in one place and not the other: Angular's "ERROR" label, the zone's wrapping of a
# rejection, an error's class name
WRAPPING = re.compile(r"^(?:ERROR\s+|Uncaught(?: \(in promise\))?:?\s*|Unhandled Promise rejection:\s*|"
                      r"[A-Z]\w*Error:\s*)")


def message_core(message: str) -> str:
    """A message without its wrapping, first line only, spaces collapsed: how the same error reads in both places."""
    message = message.strip()
    while found := WRAPPING.match(message):
        message = message[found.end():]
    return " ".join(message.split("\n", 1)[0].split(" ; Zone:", 1)[0].split())


def in_pwa_too(message: str, pwa_errors: list[str]) -> bool:
    """Whether the PWA's own build logged this error on the same page (errors as "source: message")."""
    core = message_core(message)
    return bool(core) and any(message_core(e.partition(": ")[2]) == core for e in pwa_errors)


def _not_its_doing(message: str, unreached: set[str]) -> bool:
    """An error of an unreachable backend, or one the PWA logs too (HARNESS_SOURCES' comment)."""
    message = re.sub(r'^\{"context":"\w+"\} ', "", message)  # pino's browser logger puts its bindings first
    return bool(FAILED_REQUEST.match(message) or PWA_TOO.search(message)
                or any(re.search(rf"(?<![\w.-]){re.escape(host)}(?![\w-]|\.\w)", message) for host in unreached))
