"""Angular decorators → the ``X.__ng__`` object the runtime reads (docs/internals.md "Class metadata").

Keys appear in the contract's order (:data:`KEYS`, the one place it is written); keys that do not apply are
left out. Everything that names
other classes (deps, providers, imports …) is wrapped in a function so circular imports stay lazy.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from tree_sitter import Node

from pwa2wx.script import modules
from pwa2wx.script.scope import type_scope
from pwa2wx.script.tsparse import evaluate, required_child, string_literal

if TYPE_CHECKING:
    from pwa2wx.script.classes import ClassInfo, Decorator, Member
    from pwa2wx.script.emitter import Emitter

CLASS_KINDS = {"Component": "component", "Directive": "directive", "Pipe": "pipe", "Injectable": "injectable",
               "NgModule": "ngmodule"}
MEMBER_DECORATORS = frozenset({"Input", "Output", "ViewChild", "ViewChildren", "ContentChild", "ContentChildren",
                               "HostListener", "HostBinding"})
PARAM_DECORATORS = frozenset({"Inject", "Optional", "Self", "SkipSelf", "Host", "Attribute"})
QUERIES = {"ViewChild": (True, False), "ViewChildren": (False, False), "ContentChild": (True, True),
           "ContentChildren": (False, True)}  # name -> (first, content)
LAZY_KEYS = ("providers", "viewProviders", "hostDirectives", "imports", "declarations", "exports", "bootstrap")
DI_FLAGS = ("optional", "self", "skipSelf", "host")
# Every key of ``X.__ng__``, in the order it is written. The runtime reads these and writes them for libraries
# compiled by Angular (core.js ``declared``); ``factory`` it alone writes (InjectionToken, ɵɵdefineInjectable).
KEYS = ("kind", "selector", "deps", "inputs", "outputs", "queries", "hostListeners", "hostBindings",
        "hostAttributes", *LAZY_KEYS, "providedIn", "name", "pure", "standalone", "exportAs")
RUNTIME_KEYS = ("factory",)
_CALL = re.compile(r"\s*([\w$]+)\((.*)\)\s*;?\s*", re.S)
# what a host listener passes its method: the event or a path in it, or a literal
_LISTENER_ARG = re.compile(r"\$event(?:\.[A-Za-z_$][\w$]*)*|-?\d+(?:\.\d+)?|'[^'\\]*'|\"[^\"\\]*\"|true|false|null")


def metadata(em: Emitter, info: ClassInfo) -> str | None:
    """The metadata object literal for an Angular class, or None for a plain class."""
    decorator = next((d for d in info.decorators if d.angular in CLASS_KINDS), None)
    if decorator is None or decorator.angular is None:
        return None
    kind = CLASS_KINDS[decorator.angular]
    args = decorator.args
    meta = _pairs(em, args[0]) if args and args[0].type == "object" else {}
    out = {"kind": json.dumps(kind)}
    if kind in ("component", "directive") and "selector" in meta:
        out["selector"] = em.emit(meta["selector"])
    if info.params is not None or not info.derived:
        out["deps"] = f"function () {{ return [{', '.join(_deps(em, info.params or []))}]; }}"
    inputs, outputs, queries, listeners, bindings = _members(em, info)
    _meta_inputs(em, meta, inputs, outputs)
    attributes = _host(em, meta.get("host"), listeners, bindings)
    for key, entries, brackets in (("inputs", inputs, "{}"), ("outputs", outputs, "{}"), ("queries", queries, "{}"),
                                   ("hostListeners", listeners, "[]"), ("hostBindings", bindings, "[]"),
                                   ("hostAttributes", attributes, "{}")):
        if entries:
            out[key] = f"{brackets[0]} {', '.join(entries)} {brackets[1]}"
    for key in LAZY_KEYS:
        if key in meta:
            out[key] = f"function () {{ return {em.emit(meta[key])}; }}"
    provided_in = meta.get("providedIn") if kind == "injectable" else _also_provided_in(em, info, decorator)
    if provided_in is not None:
        out["providedIn"] = em.emit(provided_in)
    if kind == "pipe":
        out["name"] = em.emit(meta["name"]) if "name" in meta else "null"
        out["pure"] = em.emit(meta["pure"]) if "pure" in meta else "true"
    standalone = em.opt.standalone(info.name) if kind == "component" else None
    if standalone is None and "standalone" in meta:
        out["standalone"] = em.emit(meta["standalone"])
    elif standalone is not None:
        out["standalone"] = json.dumps(standalone)
    if "exportAs" in meta:
        out["exportAs"] = em.emit(meta["exportAs"])
    assert out.keys() <= set(KEYS), f"__ng__ keys missing from KEYS: {out.keys() - set(KEYS)}"
    return "{ " + ", ".join(f"{k}: {out[k]}" for k in KEYS if k in out) + " }"


def _also_provided_in(em: Emitter, info: ClassInfo, decorator: Decorator) -> Node | None:
    """``@Component(…) @Injectable({ providedIn: 'root' })``: Angular gives the class both definitions, so it is
    also injected from the root (a new instance, not an element's) (timok19/pixo-editor's image modal)."""
    second = next((d for d in info.decorators if d.angular == "Injectable" and d is not decorator), None)
    if second is None or not second.args or second.args[0].type != "object":
        return None
    return _pairs(em, second.args[0]).get("providedIn")


def _pairs(em: Emitter, obj: Node) -> dict[str, Node]:
    out: dict[str, Node] = {}
    for child in obj.named_children:
        if child.type == "pair":
            key = required_child(child, "key")
            name = string_literal(em.src, key) if key.type == "string" else em.text(key)
            out[name] = required_child(child, "value")
        elif child.type == "shorthand_property_identifier":
            out[em.text(child)] = child
    return out


def _literal(em: Emitter, node: Node | None):
    return evaluate(em.src, node) if node is not None else None


def _deps(em: Emitter, params: list[Node]) -> list[str]:
    """One ``{ token, flags }`` per constructor parameter, from @Inject(…) or the parameter's type."""
    out = []
    for p in params:
        flags: dict[str, bool] = {}
        token = None
        attribute = None
        for d in (c for c in p.children if c.type == "decorator"):
            name = _decorator_name(em, d)
            args = _decorator_args(d)
            if name == "Inject" and args:
                token = em.emit(args[0])
            elif name == "Attribute" and args:
                attribute = em.emit(args[0])
            elif name in ("Optional", "Self", "SkipSelf", "Host"):
                flags[name[0].lower() + name[1:]] = True
        if attribute is not None:
            out.append(f"{{ attribute: {attribute} }}")
            continue
        type_node = p.child_by_field_name("type")
        if token is None and type_node is not None:
            token = _type_token(em, type_node)
        if token is None:
            pattern = em.text(required_child(p, "pattern"))  # a constructor's parameters have one
            em.report("PWX310", p, f"constructor parameter '{pattern}' has no injection token",
                      "give it a class type, or @Inject(TOKEN), or use inject(TOKEN) in a field")
            token = "null"
        if flags:
            listed = ", ".join(f"{f}: {json.dumps(flags.get(f, False))}" for f in DI_FLAGS)
            out.append(f"{{ token: {token}, {listed} }}")
        else:
            out.append(f"{{ token: {token} }}")
    return out


def _type_token(em: Emitter, type_node: Node) -> str | None:
    """The class a parameter's type names, when it is a value in scope (not an interface or a primitive)."""
    node = type_node.named_children[0] if type_node.type == "type_annotation" else type_node
    if node.type == "generic_type":
        node = required_child(node, "name")
    if node.type == "type_identifier" and em.scopes.lookup(type_scope(node), em.text(node)) is None:
        # a browser class the runtime serves is a value too (``private window: Window``, provided as { provide:
        # Window, useValue: window }): Angular injects by it; an interface or a type alias has nothing to inject by
        name = em.text(node)
        return em.reference(node, name) if name in em.opt.web_globals and name[:1].isupper() else None
    return em.value_of_type(node) if node.type in ("type_identifier", "nested_type_identifier") else None


def _decorator_name(em: Emitter, d: Node) -> str | None:
    call = d.named_children[0]
    fn = call.child_by_field_name("function") if call.type == "call_expression" else call
    return em.angular_name(fn) if fn is not None else None


def _decorator_args(d: Node) -> list[Node]:
    call = d.named_children[0]
    if call.type != "call_expression":
        return []
    return [a for a in required_child(call, "arguments").named_children if a.type != "comment"]


def _members(em: Emitter, info: ClassInfo) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    inputs: list[str] = []
    outputs: list[str] = []
    queries: list[str] = []
    listeners: list[str] = []
    bindings: list[str] = []
    for member in info.members:
        _signal_member(em, member, inputs, outputs)
        for d in member.decorators:
            if d.angular == "Input":
                inputs.append(_input(em, member, d))
            elif d.angular == "Output":
                alias = d.args[0] if d.args else None
                outputs.append(f"{_key(member.name)}: {em.emit(alias) if alias else json.dumps(member.name)}")
            elif d.angular in QUERIES:
                queries.append(_query(em, member, d, d.angular))
            elif d.angular == "HostListener" and d.args:
                args = _literal(em, d.args[1]) if len(d.args) > 1 else []
                listeners.append(_listener(em, d.node, em.emit(d.args[0]), member.name,
                                           args if isinstance(args, list) else []))
            elif d.angular == "HostBinding":
                target = em.emit(d.args[0]) if d.args else json.dumps(member.name)
                bindings.append(f"{{ target: {target}, property: {json.dumps(member.name)} }}")
    return inputs, outputs, queries, listeners, bindings


def _signal_member(em: Emitter, member: Member, inputs: list[str], outputs: list[str]) -> None:
    """``x = input()``, ``input.required()``, ``model()``, ``output()``: listed like @Input/@Output."""
    value = member.node.child_by_field_name("value") if member.node.type == "public_field_definition" else None
    if value is None or value.type != "call_expression":
        return
    fn = required_child(value, "function")
    required = fn.type == "member_expression" and em.text(required_child(fn, "property")) == "required"
    kind = em.angular_name(required_child(fn, "object") if required else fn)
    if kind not in ("input", "model", "output"):
        return
    args = [a for a in required_child(value, "arguments").named_children if a.type != "comment"]
    position = 0 if required or kind == "output" else 1  # input(initial, options), input.required(options)
    options = args[position] if len(args) > position else None
    alias_node = _pairs(em, options).get("alias") if options is not None and options.type == "object" else None
    alias = em.emit(alias_node) if alias_node is not None else json.dumps(member.name)
    if kind == "output":
        outputs.append(f"{_key(member.name)}: {alias}")
        return
    inputs.append(f"{_key(member.name)}: {{ alias: {alias}, required: {json.dumps(required)} }}")
    if kind == "model":
        change = alias[:-1] + 'Change"' if alias.startswith('"') else f"{alias} + \"Change\""
        outputs.append(f"{_key(member.name + 'Change')}: {change}")


def _key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z_$][\w$]*", name) else json.dumps(name)


def _input(em: Emitter, member: Member, d: Decorator) -> str:
    alias, required, transform = json.dumps(member.name), "false", None
    if d.args and d.args[0].type == "object":
        options = _pairs(em, d.args[0])
        alias = em.emit(options["alias"]) if "alias" in options else alias
        required = em.emit(options["required"]) if "required" in options else required
        transform = em.emit(options["transform"]) if "transform" in options else None
    elif d.args:
        alias = em.emit(d.args[0])
    extra = f", transform: {transform}" if transform else ""
    return f"{_key(member.name)}: {{ alias: {alias}, required: {required}{extra} }}"


def _query(em: Emitter, member: Member, d: Decorator, kind: str) -> str:
    first, content = QUERIES[kind]
    parts = [f"selector: {em.emit(d.args[0]) if d.args else 'null'}", f"first: {json.dumps(first)}"]
    options = _pairs(em, d.args[1]) if len(d.args) > 1 and d.args[1].type == "object" else {}
    for key in ("read", "static", "descendants"):
        if key in options:
            parts.append(f"{key}: {em.emit(options[key])}")
    if content:
        parts.append("content: true")
    if member.type_node is not None and "ElementRef" in em.text(member.type_node) and "read" not in options:
        em.report("PWX302", d.node, f"@{d.angular} '{member.name}' reads a native element",
                  modules.DOM_TOKENS[("@angular/core", "ElementRef")])
    return f"{_key(member.name)}: {{ {', '.join(parts)} }}"


def _meta_inputs(em: Emitter, meta: dict[str, Node], inputs: list[str], outputs: list[str]) -> None:
    """``inputs: ['a', 'b: alias', { name, alias, required }]`` and ``outputs: [...]`` in the decorator."""
    for key, target in (("inputs", inputs), ("outputs", outputs)):
        value = _literal(em, meta.get(key))
        for item in value if isinstance(value, list) else []:
            if isinstance(item, str):
                name, _, alias = (s.strip() for s in item.partition(":"))
                alias = alias or name
                target.append(f"{_key(name)}: " + (json.dumps(alias) if key == "outputs" else
                                                    f"{{ alias: {json.dumps(alias)}, required: false }}"))
            elif isinstance(item, dict) and isinstance(item.get("name"), str) and key == "inputs":
                alias = item["alias"] if isinstance(item.get("alias"), str) else item["name"]
                target.append(f"{_key(item['name'])}: {{ alias: {json.dumps(alias)}, "
                              f"required: {json.dumps(item.get('required') is True)} }}")


def _listener(em: Emitter, node: Node, event: str, method: str, args: list) -> str:
    """A host listener's entry: its arguments (``['$event.target.value']``) become a function of the event, so the
    runtime only calls it."""
    values = []
    for arg in args:
        if not isinstance(arg, str) or not _LISTENER_ARG.fullmatch(arg.strip()):
            em.report("PWX310", node, f"host listener argument {arg!r} is not the event, a path in it or a literal",
                      "pass $event and read what you need in the method")
            arg = "undefined"
        values.append(arg.strip())
    call = f", args: function ($event) {{ return [{', '.join(values)}]; }}" if values else ""
    return f"{{ event: {event}, method: {json.dumps(method)}{call} }}"


def _host(em: Emitter, host: Node | None, listeners: list[str], bindings: list[str]) -> list[str]:
    """``host: { '(click)': 'onClick($event)', '[class.on]': 'active', role: 'button' }``."""
    attributes: list[str] = []
    if host is None or host.type != "object":
        return attributes
    for key, value_node in _pairs(em, host).items():
        value = _literal(em, value_node)
        if not isinstance(value, str):
            em.report("PWX310", value_node, f"host '{key}' is not a string", "write the host entry as a string")
            continue
        if key.startswith("(") and key.endswith(")"):
            m = _CALL.fullmatch(value)
            if m is None:
                em.report("PWX310", value_node, f"host listener '{key}': '{value}' is not a method call",
                          "move the statement into a method and call it: '(click)': 'onClick($event)'")
                continue
            args = [a.strip() for a in m.group(2).split(",") if a.strip()]
            listeners.append(_listener(em, value_node, json.dumps(key[1:-1]), m.group(1), args))
        elif key.startswith("[") and key.endswith("]"):
            if not re.fullmatch(r"[\w$.]+", value.strip()):
                em.report("PWX310", value_node, f"host binding '{key}': '{value}' is not a property",
                          "bind a property or getter of the class")
                continue
            bindings.append(f"{{ target: {json.dumps(key[1:-1])}, property: {json.dumps(value.strip())} }}")
        else:
            attributes.append(f"{json.dumps(key)}: {json.dumps(value)}")
    return attributes
