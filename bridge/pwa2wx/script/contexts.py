"""The modules an ``import()`` of a computed path may load, as webpack's context modules (and esbuild's glob
imports) find them for the Angular CLI.

``import(`./i18n/${lang}.json`)`` may load any module under ``./i18n/`` whose path starts with the text before
the first substitution and ends with the text after the last one (``'./i18n/' + lang`` alike). The converter
ships each such module and keys it by every path the expression can compute for it: with its extension, and
without it for scripts, as an import names them.
"""

from __future__ import annotations

import os
import posixpath
import re
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from tree_sitter import Node

from pwa2wx.script.tsparse import Source, required_child, string_value
from pwa2wx.workspace.model import Project
from pwa2wx.workspace.symbols import specifier_paths

MODULE_SUFFIXES = (".ts", ".js", ".mjs", ".cjs", ".json")
SCRIPT_SUFFIXES = (".ts", ".js", ".mjs", ".cjs")  # an import may name these without their extension
MAX_BYTES = 512 * 1024  # what one computed import may add to the package (Angular's 500 locales are 1.5 MB)
MAX_FILES = 5000  # files looked at under the folder: a context never lists a whole node_modules

# `./i18n/${lang}.json`: the text before the first substitution and after the last (no escapes in either)
_TEMPLATE = re.compile(r"`([^`\\$]*)\$\{.*\}([^`\\${}]*)`", re.S)


@dataclass(frozen=True)
class Member:
    key: str  # a path the expression computes
    spec: str  # the specifier that loads the module
    size: int  # its bytes


def pattern(src: Source, node: Node) -> tuple[str, str] | None:
    """(prefix, suffix) of a path computed as a template string or a ``+`` chain starting with a string, whose
    prefix names a folder; None for any other expression."""
    found: tuple[str, str] | None = None
    if node.type == "template_string":
        m = _TEMPLATE.fullmatch(src.node_text(node))
        found = (m.group(1), m.group(2)) if m else None
    elif _is_plus(src, node):
        first = node
        while _is_plus(src, first):
            first = required_child(first, "left")
        prefix = string_value(src, first)
        found = (prefix, string_value(src, required_child(node, "right")) or "") if prefix is not None else None
    return found if found and "/" in found[0] else None


def _is_plus(src: Source, node: Node) -> bool:
    operator = node.child_by_field_name("operator") if node.type == "binary_expression" else None
    return operator is not None and src.node_text(operator) == "+"


def members(project: Project, rel: str, prefix: str, suffix: str) -> list[Member] | None:
    """The modules project file ``rel`` may load with a path ``prefix…suffix``; None when the folder the prefix
    names is not in the workspace."""
    folder_spec = prefix[:prefix.rindex("/") + 1]
    folder = _folder(project, rel, folder_spec)
    if folder is None:
        return None
    found = []
    for file in sorted(islice(folder.rglob("*"), MAX_FILES)):
        if not file.name.endswith(MODULE_SUFFIXES) or file.name.endswith(".d.ts") or not file.is_file() or \
                "node_modules" in file.relative_to(folder).parts:
            continue
        path = folder_spec + file.relative_to(folder).as_posix()
        stem, ext = posixpath.splitext(path)
        keys = [path, stem] if ext in SCRIPT_SUFFIXES else [path]
        spec = stem if ext == ".ts" else path
        size = file.stat().st_size
        found += [Member(key, spec, size) for key in keys
                  if key.startswith(prefix) and key.endswith(suffix) and len(key) >= len(prefix) + len(suffix)]
    return found


def _folder(project: Project, rel: str, spec: str) -> Path | None:
    """The workspace folder a folder specifier names, as an import's module is found, or in node_modules."""
    candidates = specifier_paths(project, rel, spec) + ([] if spec.startswith(".") else ["node_modules/" + spec])
    root = project.root.resolve()
    for candidate in candidates:
        folder = (project.root / os.path.normpath(candidate)).resolve()
        if folder.is_dir() and folder.is_relative_to(root):
            return folder
    return None
