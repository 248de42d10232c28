"""Following names across the project's modules, as TypeScript resolves them: an import specifier to a file
(relative, tsconfig ``paths``, ``baseUrl``), a name to the file that declares it through imports and
re-exports, and the classes an NgModule's metadata list names.
"""

from __future__ import annotations

import os
from pathlib import PurePosixPath
from typing import Any

from tree_sitter import Node

from pwa2wx.script.tsparse import Opaque, Ref, Source, evaluate, required_child
from pwa2wx.workspace.angular import read_module
from pwa2wx.workspace.model import Project


def listed_values(project: Project, rel: str, value: Any, depth: int = 0) -> list[tuple[str, Any]]:
    """The items of a metadata list of ``rel`` (imports, declarations, bootstrap …), each with the module it is
    written in, as Angular reads them: a literal array, a constant naming one (``declarations: COMPONENTS``,
    ``const imports = [IonText]; @Component({ imports })``), spreads of those (``[...PAGES, X]``), nested arrays.
    A name that is no constant (a class) is an item (a :class:`Ref`), as is a call (``RouterModule.forChild(…)``)."""
    if depth > 20:
        return []
    if isinstance(value, list):
        return [found for item in value for found in listed_values(project, rel, item, depth + 1)]
    if isinstance(value, Opaque) and value.node.type == "spread_element" and rel in project.modules:
        inner = evaluate(project.modules[rel].source, value.node.named_children[0])
        return listed_values(project, rel, inner, depth + 1)
    if isinstance(value, Ref):
        target = resolve_symbol(project, rel, value.name)
        node = project.modules[target[0]].variables.get(target[1]) if target and target[0] in project.modules else None
        if target is not None and node is not None:
            return listed_values(project, target[0], evaluate(project.modules[target[0]].source, node), depth + 1)
    return [] if value is None else [(rel, value)]


def listed_classes(project: Project, rel: str, value: Any) -> list[tuple[str, str]]:
    """The classes (module, name) a metadata list of ``rel`` names (:func:`listed_values`)."""
    found = [resolve_symbol(project, where, item.name) for where, item in listed_values(project, rel, value)
             if isinstance(item, Ref)]
    return [target for target in found if target is not None and target[0] in project.modules]


def constant_string(project: Project, rel: str, value: Any, depth: int = 0) -> str | None:
    """The string a constant expression of ``rel`` has, as route paths are written: a literal, a constant
    (``AUTH``), a class's static field or an enum's member (``CommonRoutes.AUTH``, imported or not), a template
    string or ``+`` of those; None for anything else."""
    if isinstance(value, str) or depth > 20 or rel not in project.modules:
        return value if isinstance(value, str) else None
    src = project.modules[rel].source
    if isinstance(value, Ref):
        owner, _, member = value.name.partition(".")
        target = resolve_symbol(project, rel, owner)
        if target is None or target[0] not in project.modules:
            return None
        module = project.modules[target[0]]
        node = module.variables.get(target[1]) if not member else _static_member(module.source, target[1], member)
        found = evaluate(module.source, node) if node is not None else None
        if member and node is None and target[1] in module.variables:  # an object constant: ROUTES.AUTH
            held = evaluate(module.source, module.variables[target[1]])
            found = held.get(member) if isinstance(held, dict) and "." not in member else None
        return constant_string(project, target[0], found, depth + 1)
    if not isinstance(value, Opaque):
        return None
    node = value.node
    if node.type == "template_string":
        parts = [src.node_text(c) if c.type == "string_fragment" else
                 constant_string(project, rel, evaluate(src, c.named_children[0]), depth + 1)
                 if c.type == "template_substitution" else None for c in node.named_children]
        return "".join(p for p in parts if p is not None) if None not in parts else None
    if node.type == "binary_expression" and src.node_text(required_child(node, "operator")) == "+":
        sides = [constant_string(project, rel, evaluate(src, required_child(node, side)), depth + 1)
                 for side in ("left", "right")]
        return sides[0] + sides[1] if sides[0] is not None and sides[1] is not None else None
    return None


def _static_member(src: Source, owner: str, member: str) -> Node | None:
    """The value of ``static member = …`` in class ``owner``, or of enum ``owner``'s member, declared in ``src``."""
    for stmt in src.tree.root_node.named_children:
        decl = stmt.child_by_field_name("declaration") if stmt.type == "export_statement" else stmt
        name = decl.child_by_field_name("name") if decl is not None else None
        if decl is None or name is None or src.node_text(name) != owner or \
                decl.type not in ("class_declaration", "enum_declaration"):
            continue
        for m in required_child(decl, "body").named_children:
            key = m.child_by_field_name("name") if m.type in ("public_field_definition", "enum_assignment") else None
            static = m.type == "enum_assignment" or any(c.type == "static" for c in m.children)
            if key is not None and static and src.node_text(key) == member:
                return m.child_by_field_name("value")
    return None


def specifier_paths(project: Project, from_rel: str, specifier: str) -> list[str]:
    """The workspace paths a specifier may name, as TypeScript tries them: relative to ``from_rel``, else through
    tsconfig ``paths`` and ``baseUrl``."""
    if specifier.startswith("."):
        return [os.path.normpath(os.path.join(PurePosixPath(from_rel).parent.as_posix(), specifier))]
    candidates: list[str] = []
    for pattern, targets in project.tsconfig_paths.items():
        if pattern == specifier or (pattern.endswith("*") and specifier.startswith(pattern[:-1])):
            rest = specifier[len(pattern) - 1:] if pattern.endswith("*") else ""
            candidates.extend(t.replace("*", rest) for t in targets)
    if project.base_url is not None:
        candidates.append(os.path.normpath(os.path.join(project.base_url, specifier)))
    return candidates


def resolve_import(project: Project, from_rel: str, specifier: str) -> str | None:
    """Project-relative .ts path an import specifier points at, or None for packages."""
    for base in specifier_paths(project, from_rel, specifier):
        # normalised: `'@app/facade/'` (a trailing slash) is the module './facade' names
        base = os.path.normpath(base).replace(os.sep, "/")
        for option in (base, base + ".ts", base + "/index.ts"):
            if option.endswith(".ts") and (option in project.modules or (project.root / option).is_file()):
                if option not in project.modules:
                    _load_extra_module(project, option)
                return option
        if base.endswith(".js") and base[:-3] + ".ts" in project.modules:
            return base[:-3] + ".ts"
    return None


def _load_extra_module(project: Project, rel: str) -> None:
    """A module outside sourceRoot (tsconfig paths into libs/): read it on first use."""
    file = project.root / rel
    try:
        project.modules[rel] = read_module(file, file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        pass


def resolve_symbol(project: Project, rel: str, name: str, depth: int = 0) -> tuple[str, str] | None:
    """(file, local name) where ``name`` as seen from ``rel`` is declared, following imports/re-exports."""
    module = project.modules.get(rel)
    if module is None or depth > 20:
        return None
    if name in module.variables or any(c.name == name for c in module.classes) or \
            (name in module.exports.values() and name not in module.imports):
        return rel, name
    binding = module.imports.get(name)
    if binding is not None:
        target = resolve_import(project, rel, binding.specifier)
        if target is None:
            return None
        return resolve_export(project, target, binding.name, depth + 1)
    return None


def resolve_export(project: Project, rel: str, exported: str, depth: int = 0) -> tuple[str, str] | None:
    module = project.modules.get(rel)
    if module is None or depth > 20:
        return None
    if exported in module.exports:
        local = module.exports[exported]
        if local in module.imports:
            return resolve_symbol(project, rel, local, depth + 1)
        return rel, local
    for spec, name, alias in module.reexports:
        if name is None or alias == exported:
            target = resolve_import(project, rel, spec)
            if target:
                found = resolve_export(project, target, exported if name is None else name, depth + 1)
                if found:
                    return found
    return None


def value_exports(project: Project, rel: str, seen: set[str] | None = None) -> list[str]:
    """The names module ``rel`` exports that have a value at run time (not its types, not ``default``), through
    its re-exports: what ``export * from`` it binds."""
    seen = set() if seen is None else seen
    module = project.modules.get(rel)
    if module is None or rel in seen:
        return []
    seen.add(rel)
    names = [name for name, local in module.exports.items() if name != "default" and local not in module.types]
    for spec, name, alias in module.reexports:
        target = resolve_import(project, rel, spec)
        if target is None:
            continue
        if name is None:
            names += value_exports(project, target, seen)
        elif alias != "default":
            found = resolve_export(project, target, name)
            if found is None or found[1] not in project.modules[found[0]].types:
                names.append(alias or name)
    return list(dict.fromkeys(names))


# ---- routes ----------------------------------------------------------------------------------
