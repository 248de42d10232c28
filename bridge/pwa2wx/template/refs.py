"""Template references (``#name``): declared at the top of their view (Angular lets a view use a reference
before the element that declares it), each an ``h.ref(…)`` the runtime answers with an element or a child
component, or an ``h.formRef(…)`` it answers with an ``NgForm`` or an ``NgModel``; ``<ng-template #t>`` names a
template for outlets and ``*ngIf``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pwa2wx.template import chrome, forms
from pwa2wx.template.attrs import Attrs, Binding, Errors, read_attrs
from pwa2wx.template.chrome import slides_site, sliding_site
from pwa2wx.template.expression import js_string
from pwa2wx.template.helpers import h
from pwa2wx.template.ionic import lookup
from pwa2wx.template.nodes import Block, Element, Node, elements
from pwa2wx.template.scope import Env, Fn, Sym

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler

FORM_REFS = {"ngForm": "form", "ngModel": "model", "ngModelGroup": "form"}  # #ref="…" → its kind (h.formRef)


def declare(c: ViewCompiler, nodes: list[Node], env: Env) -> None:
    """Define the view's #refs and <ng-template #t> before its content (Angular allows use before)."""
    for el in view_elements(nodes):
        if not any(a.name.startswith(("#", "ref-")) for a in el.attrs):
            continue
        attrs = read_attrs(el.attrs, Errors(lambda *a: None))
        for ref in attrs.refs:
            if el.tag.lower() == "ng-template":
                env.scope.names[ref.name] = Sym("undefined", "template", el,
                                                {b.name: b.value or "$implicit" for b in attrs.lets})
                continue
            key = c.key(ref.name)
            spec = ref_spec(c, el, attrs, ref, env)
            args = (env.scope.s, js_string(ref.name), spec)
            call = h("formRef", *args) if ref.value in FORM_REFS else h("ref", *args)
            c.render.line(f"{env.scope.s}.{key} = {call};")
            env.scope.names[ref.name] = Sym("{s}." + key, "ref")


def ref_spec(c: ViewCompiler, el: Element, attrs: Attrs, ref: Binding, env: Env) -> str:
    kind = FORM_REFS.get(ref.value or "", "element")
    if kind == "element" and c.ctx.project.component_by_selector(el.tag.lower()) is not None:
        kind = "component"
    parts = [f"kind: {js_string(kind)}", f"tag: {js_string(el.tag.lower())}"]
    if forms.is_file_input(el):
        parts.append(f"file: {forms.file_handler(c, el, attrs, env)}")  # its click() opens the picker
    canvas = canvas_id(el, attrs)
    if canvas:
        parts.append(f"id: {js_string(canvas)}")
    if el.tag.lower() == "ion-item-sliding":
        parts.append(f"slide: {js_string(sliding_site(el))}")
    if (row := lookup(el.tag)) is not None and row.kind is chrome.slides:
        parts.append(f"slides: {js_string(slides_site(el))}")
    if kind == "element" and el.tag.lower() in forms.TEXT_CONTROLS:  # its value: what holds it, else what was typed
        bound = forms.value_binding(c, attrs, env)
        code = c.exprs.expr(bound, env.scope) if bound is not None else None
        parts.append(f"value: {code}" if code else f"typed: {js_string(attrs.static_value('value') or '')}")
    if kind == "model":
        parts.append(control_spec(c, el, env))
    elif kind == "form":
        controls = []
        for ctl in form_controls(el):
            name = next((a.value for a in ctl.attrs if a.name == "name" and a.value), None)
            if name:
                controls.append(f"{js_string(name)}: {{{control_spec(c, ctl, env)}}}")
        parts.append("controls: {" + ", ".join(controls) + "}")
    return "{" + ", ".join(parts) + "}"


def canvas_id(el: Element, attrs: Attrs) -> str | None:
    """The id of a ``<canvas #name>``, by which the runtime finds the page's canvas node to draw on
    (wx.createSelectorQuery): its own, else ``pwx-canvas-<name>``, which the element is given."""
    if el.tag.lower() != "canvas" or not attrs.refs:
        return None
    return attrs.static_value("id") or f"pwx-canvas-{attrs.refs[0].name}"


def control_spec(c: ViewCompiler, el: Element, env: Env) -> str:
    """``value: function () {…}, required: true …`` for an ngModel control (validated by view.js)."""
    attrs = read_attrs(el.attrs, Errors(lambda *a: None))
    model = attrs.two_way.get("ngModel") or attrs.props.get("ngModel")
    code = "undefined"
    if model is not None and model.ast is not None:
        fn = Fn()
        c.where_attr = model.attr
        body = c.exprs.js(model.ast, env.scope, fn)
        code = "function () { " + " ".join(filter(None, [fn.declaration(), f"return {body};"])) + " }"
    parts = [f"value: {code}"]
    name = attrs.static_value("name")
    if name:
        parts.insert(0, f"name: {js_string(name)}")
    for v in ("required", "email"):
        if v in attrs.static and attrs.static[v].value != "false":
            parts.append(f"{v}: true")
    for v in ("minlength", "maxlength", "pattern", "min", "max"):
        b = attrs.static.get(v)
        if b is not None and b.value:
            parts.append(f"{v}: {js_string(b.value)}")
    return ", ".join(parts)


def structural(el: Element) -> bool:
    return any(a.name.startswith("*") for a in el.attrs)


def view_elements(nodes: list[Node]) -> Iterator[Element]:
    """Elements of one embedded view: not inside blocks, structural elements or <ng-template>."""
    def enter(node: Node) -> bool:
        return isinstance(node, Element) and not structural(node) and node.tag.lower() != "ng-template"

    return (el for el in elements(nodes, enter) if not structural(el))


def form_controls(form: Element) -> Iterator[Element]:
    """ngModel controls inside a form (same view, or inside its @if blocks)."""
    def enter(node: Node) -> bool:
        return isinstance(node, Element) or isinstance(node, Block) and node.name in ("if", "else if", "else")

    return (el for el in elements(form.children, enter)
            if any(a.name in ("[(ngModel)]", "[ngModel]", "bindon-ngModel") for a in el.attrs))
