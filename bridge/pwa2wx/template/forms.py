"""Form controls: ``ion-input``, ``ion-toggle``, ``ion-checkbox``, ``ion-radio-group``, ``ion-segment``,
``ion-datetime``, HTML inputs and ``<form>`` (selects are in :mod:`.options`); kinds of :mod:`.ionic`'s
table (see :mod:`.shapes` for how kinds reach the compiler).

Form controls become WeChat's native controls inside a view carrying the Ionic class (so the theme can
draw the label, fill and slots); ``[(ngModel)]`` writes the new value before the element's own event
handlers run, as Angular's value accessors do. Events are normalised to Ionic's shape by
``h.event(e, kind)`` in view.js (``$event.detail.value``/``.checked``), so handlers written for Ionic keep
working.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pwa2wx.template.attrs import Attrs, Binding, Errors, read_attrs
from pwa2wx.template.expression import ast as A
from pwa2wx.template.expression import js_string
from pwa2wx.template.helpers import h
from pwa2wx.template.nodes import Element, Node, elements
from pwa2wx.template.rows import Tag
from pwa2wx.template.scope import Env, Form, Group, Handler, Helper, Scope, WithEvent
from pwa2wx.template.wxml import Wx, text

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler

# <input type>: the WeChat input type (runtime/view.js INPUT_TYPES answers the same for a bound type)
HTML_INPUT_TYPES = {"text": "text", "search": "text", "email": "text", "url": "text", "password": "text",
                    "number": "digit", "tel": "number", "nickname": "nickname"}  # nickname: WeChat's own keyboard
BUTTON = Tag(statics=(("hover-class", "ion-activated"),))  # <input type="submit|button|reset">
TEXT_CONTROLS = ("input", "textarea", "ion-input", "ion-textarea", "ion-searchbar")  # a #ref's `value` reads them
# <input type="file">: a "Choose File" button; (change) gets the files WeChat's picker chose (h.chooseFiles)
FILE_INPUT = Tag(events={"change": "change", "input": "change"}, adapter="file",
                 statics=(("hover-class", "ion-activated"),),
                 consumes=frozenset({"type", "accept", "multiple", "capture", "name", "placeholder", "value",
                                     "required"}))


def control(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env, wrapper: str | None = "view"):
    """(wrapper, native, handler): the native control gets props/model/events, the wrapper the look."""
    native = Wx(row.wx)
    handler = Handler()
    outer = Wx(wrapper) if wrapper else native
    c.elements.decorate(outer, el, attrs, row, env, handler, native=native)
    if wrapper:
        native.add_class("native-" + row.wx.replace("-", ""))
    bind_model(c, attrs, row, env, native, handler)
    ref = next((r for r in attrs.refs if not r.value), None)
    if ref is not None and row.model is not None and el.tag.lower() in TEXT_CONTROLS and \
            value_binding(c, attrs, env) is None:  # `#name` on an input nothing binds: name.value is what was typed
        handler.add(row.model.event, Helper("refTyped", ("s", js_string(ref.name), "$event." + row.model.read)))
    c.elements.events(el, attrs, row, env, handler, skip=frozenset({"ngModelChange"}))
    return outer, native, handler


def bind_model(c: ViewCompiler, attrs: Attrs, row: Tag, env: Env, native: Wx, handler: Handler) -> Binding | None:
    """[(ngModel)] / [ngModel] (template-driven) or formControlName / [formControl] (reactive forms)."""
    model = row.model
    if model is None:
        return None
    control = form_control(c, attrs, env)
    b = model_binding(attrs, control)
    if b is None:
        return None
    conv = {"checked": "bool", "value": "str" if native.tag in ("input", "textarea") else "raw"}.get(model.prop)
    if b.ast is not None and native.tag not in ("picker",) and model.prop:
        code = c.exprs.expr(b, env.scope, conv or "raw")
        if code is not None:
            key = c.exprs.store(env.scope, code)
            native.attrs[model.prop] = "{{" + env.scope.wx + key + "}}"
            if model.event == "input":
                native.attrs["data-m"] = key  # view.js keeps typed text from being sent back (cursor jumps)
    if model.adapter:
        handler.adapters.setdefault(model.event, (js_string(model.adapter),))
    new_value = "$event." + model.read
    if control is not None:
        handler.add(model.event, Helper("control", (control, new_value)))
    elif "ngModel" in attrs.two_way and b.ast is not None:
        handler.add(model.event, c.handlers.model_assign(b.ast, model.read))
        if name := attrs.static_value("name"):
            handler.add(model.event, Helper("typed", ("s", js_string(name), new_value)))
    for ev in attrs.events:
        if ev.name == "ngModelChange" and ev.ast is not None:
            handler.add(model.event, WithEvent(ev.ast, new_value))
    return b


def model_binding(attrs: Attrs, control: A.AST | None) -> Binding | None:
    """What holds a control's value: its reactive-forms ``control`` (:func:`form_control`) or its ngModel."""
    if control is not None:
        origin = attrs.props.get("formControl") or attrs.props.get("formControlName") or \
            attrs.static["formControlName"]
        return Binding("formControl", origin.attr, A.PropertyRead(0, 0, control, "value"))
    return attrs.two_way.get("ngModel") or attrs.props.get("ngModel")


def value_binding(c: ViewCompiler, attrs: Attrs, env: Env) -> Binding | None:
    """What shows a control's value: its reactive-forms control, its ngModel, else its [value]."""
    return model_binding(attrs, form_control(c, attrs, env)) or attrs.props.get("value")


def form_control(c: ViewCompiler, attrs: Attrs, env: Env) -> A.AST | None:
    """The reactive-forms control of an element: [formControl]="c" or formControlName="x" in [formGroup]."""
    bound = attrs.props.get("formControl")
    if bound is not None:
        return bound.ast
    name = attrs.props.get("formControlName")
    key = name.ast if name is not None else None
    if key is None and attrs.static_value("formControlName"):
        key = A.LiteralPrimitive(0, 0, attrs.static_value("formControlName"))
    group = env.form.group if env.form is not None else None
    if key is None or group is None:
        return None
    return A.Call(0, 0, A.PropertyRead(0, 0, group, "get"), [key])


def label(c: ViewCompiler, attrs: Attrs, env: Env) -> list:
    """Ionic 7+'s ``label``/``[label]`` attribute, drawn before the control."""
    if "label" in attrs.props and attrs.props["label"].ast is not None:
        return [Wx("view", {"class": "label-text"}, [c.exprs.bound(attrs.props["label"], env.scope, "str") or ""])]
    text_value = attrs.static_value("label")
    if text_value:
        return [Wx("view", {"class": "label-text"}, [text(text_value)])]
    return []


def input(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-input / ion-textarea → view.ion-input > label + native input/textarea (+ slotted children)."""
    outer, native, handler = control(c, el, attrs, row, env)
    input_type(c, attrs, native, env, el)
    textarea_rows(attrs, native)
    c.handlers.attach(native, handler, env.scope, el)
    helper = attrs.static_value("helperText")
    children = label(c, attrs, env) + [native] + c.elements.children(el, attrs, env)
    if helper:
        children.append(Wx("view", {"class": "helper-text"}, [text(helper)]))
    outer.children = children
    if attrs.static_value("errorText"):
        c.note_once("PWX105", "errorText", "errorText is not shown (WeChat inputs have no invalid state)", el)
        if not helper:  # Ionic's bottom area stays, empty while the input is valid: the room under the field
            return [outer, Wx("view", {"class": "input-bottom"})]
    return [outer]


def html_input(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    kind = (attrs.static_value("type") or "text").lower()
    if el.tag.lower() == "input" and kind in ("checkbox", "radio", "file", "range", "color", "date", "time",
                                              "datetime-local", "month", "week", "submit", "button", "reset",
                                              "image", "hidden"):
        if kind in ("submit", "button", "reset"):
            return [c.elements.plain(el, attrs, BUTTON, env,
                                     children=[attrs.static_value("value") or ""])]
        if kind == "file":
            return [file_input(c, el, attrs, env)]
        c.diag("PWX104", f"<input type=\"{kind}\"> is not converted: a text input is shown", el.line, el.col,
               hint="use the matching ion-* control (ion-checkbox, ion-datetime …)")
    _, native, handler = control(c, el, attrs, row, env, wrapper=None)
    input_type(c, attrs, native, env, el)
    textarea_rows(attrs, native)
    c.handlers.attach(native, handler, env.scope, el)
    return [native]


def file_input(c: ViewCompiler, el: Element, attrs: Attrs, env: Env) -> Wx:
    """``<input type="file">``: a "Choose File" button (hidden as the input is: ``hidden``, a class, a style)
    whose tap opens WeChat's picker; the chosen files reach ``(change)`` as ``$event.target.files``."""
    wx = Wx(FILE_INPUT.wx, children=["Choose File"])
    c.elements.decorate(wx, el, attrs, FILE_INPUT, env, Handler())
    wx.add_class("pwx-input-file")
    wx.attrs["bindtap"] = "$on"  # its change event is the picker's (view/files.js)
    c.handlers.bind(wx, file_handler(c, el, attrs, env), env.scope)
    return wx


def _static(el: Element, name: str) -> str:
    attr = el.attr(name)
    return attr.value or "" if attr is not None else ""


def is_file_input(el: Element) -> bool:
    """``<input type="file">`` (a static type)."""
    return el.tag.lower() == "input" and _static(el, "type").lower() == "file"


def file_inputs(nodes: list[Node]) -> dict[str, Element]:
    """The file inputs of a template by their static id, which a ``<label for>`` opens."""
    return {_static(el, "id"): el for el in elements(nodes) if is_file_input(el) and _static(el, "id")}


def label_for_file(c: ViewCompiler, attrs: Attrs, env: Env, handler: Handler) -> None:
    """A tap on ``<label for="x">`` of a file input opens the picker for that input, as a browser's does."""
    el = c.file_inputs.get(attrs.static_value("for") or "")
    if el is not None:
        input_attrs = read_attrs(el.attrs, Errors(lambda *a: None))
        hid = file_handler(c, el, input_attrs, env)
        handler.add("tap", Helper("chooseFiles", ("$event", picker_spec(input_attrs, hid))))


def file_handler(c: ViewCompiler, el: Element, attrs: Attrs, env: Env) -> int:
    """The id of a file input's handler, compiled once: a ``#ref`` to the input, whose ``click()`` opens the picker
    too, names it before the input itself is compiled (refs.py). A tap runs its ``(click)`` and opens WeChat's
    picker (``h.chooseFiles``: images and videos by ``wx.chooseMedia``, other files by ``wx.chooseMessageFile``),
    which then sends the element a ``change`` event with the files."""
    if id(el) not in c.file_handlers:
        handler = Handler()
        c.elements.events(el, attrs, FILE_INPUT, env, handler)
        handler.add("tap", Helper("chooseFiles", ("$event", picker_spec(attrs))))
        c.file_handlers[id(el)] = c.handlers.handler(handler, env.scope)
    return c.file_handlers[id(el)]


def picker_spec(attrs: Attrs, input_handler: int | None = None) -> str:
    """What h.chooseFiles opens for a file input: its ``accept``, ``multiple`` and ``capture``, and the handler of the
    input its files go to when that is not the element tapped (a ``<label for>``)."""
    parts = [f"accept: {js_string(attrs.static_value('accept') or '')}",
             f"multiple: {'true' if 'multiple' in attrs.static else 'false'}",
             f"camera: {'true' if 'capture' in attrs.static else 'false'}"]
    if input_handler is not None:
        parts.append(f"h: {input_handler}")
    return "{" + ", ".join(parts) + "}"


def textarea_rows(attrs: Attrs, native: Wx) -> None:
    """``rows="6"``: WeChat's textarea has no rows; it is made at least as tall as six lines and its padding, as a
    browser makes it (line-height ``normal`` is about 1.2em)."""
    rows = attrs.static_value("rows")
    if native.tag == "textarea" and rows and rows.isdigit():
        height = f"min-height: calc({rows} * 1.2em + var(--padding-top, 10px) + var(--padding-bottom, 10px))"
        native.attrs["style"] = "; ".join(filter(None, [height, native.attrs.get("style")]))


def input_type(c: ViewCompiler, attrs: Attrs, native: Wx, env: Env, el: Element) -> None:
    if native.tag != "input":
        return
    kind = attrs.static_value("type")
    if kind is not None:
        native.attrs["type"] = HTML_INPUT_TYPES.get(kind.lower(), "text")
        if kind.lower() == "password":
            native.attrs["password"] = "{{true}}"
    elif "type" in attrs.props and attrs.props["type"].ast is not None:
        code = c.exprs.expr(attrs.props["type"], env.scope)
        t = c.render_fn.temp()
        c.render.line(f"{t} = {code};")
        native.attrs["type"] = c.exprs.value(env.scope, h("inputType", t))
        native.attrs["password"] = c.exprs.value(env.scope, f"{t} === \"password\"")


def searchbar(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-searchbar → view > input (+ a Cancel button for showCancelButton, firing ionCancel)."""
    outer, native, handler = control(c, el, attrs, row, env)
    native.attrs.setdefault("placeholder", "Search")
    c.handlers.attach(native, handler, env.scope, el)
    children: list = [native]
    show = attrs.static_value("showCancelButton") or attrs.static_value("show-cancel-button")
    if show is not None and show not in ("never", "false"):
        cancel = Wx("view", {"class": "searchbar-cancel-button", "hover-class": "ion-activated"},
                    [attrs.static_value("cancelButtonText") or "Cancel"])
        cancelled = Handler()
        model = attrs.two_way.get("ngModel")
        if model is not None and model.ast is not None:
            cancelled.add("tap", c.handlers.assign(model.ast, A.LiteralPrimitive(0, 0, "")))
        for ev in attrs.events:
            if ev.name in ("ionCancel", "ionClear") and ev.ast is not None:
                cancelled.add("tap", ev.ast)
        c.handlers.attach(cancel, cancelled, env.scope, el)
        children.append(cancel)
    outer.children = children
    return [outer]


def toggle(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-toggle → label.ion-toggle > label text + switch (tapping the label toggles)."""
    outer, native, handler = control(c, el, attrs, row, env, wrapper="label")
    c.handlers.attach(native, handler, env.scope, el)
    text = c.elements.children(el, attrs, env)
    outer.children = ([Wx("view", {"class": "label-text"}, text)] if text else []) + [native]
    return [outer]


def checkbox(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-checkbox → checkbox-group.ion-checkbox > label > checkbox + label text (the group reports)."""
    outer, native, handler = control(c, el, attrs, row, env, wrapper="checkbox-group")
    native.attrs["value"] = "on"
    c.handlers.attach(outer, handler, env.scope, el)
    text = c.elements.children(el, attrs, env)
    outer.children = [Wx("label", {"class": "checkbox-wrapper"},
                         [native] + ([Wx("view", {"class": "label-text"}, text)] if text else []))]
    return [outer]


def radio_group(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-radio-group → radio-group; each ion-radio's WXML value is its index in the group's list."""
    outer, _, handler = control(c, el, attrs, row, env, wrapper=None)
    scope = env.scope
    options = c.key("$radios")
    current = c.key("$radio")
    b = value_binding(c, attrs, env)
    value = c.exprs.expr(b, scope) if b is not None else js_string(attrs.static_value("value") or "")
    c.render.line(f"{scope.s}.{options} = [];")
    c.render.line(f"{scope.s}.{current} = {value or 'undefined'};")
    handler.adapters["change"] = ('"radio"', f"s.{options}")
    c.handlers.attach(outer, handler, scope, el)
    group = Group("radio", "{s}." + current, "{s}." + options)
    outer.children = c.elements.children(el, attrs, replace(env, group=group))
    return [outer]


def radio(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    group = env.group if env.group is not None and env.group.kind == "radio" else None
    outer = Wx("label")
    native = Wx("radio")
    c.elements.decorate(outer, el, attrs, row, env, Handler(), native=native)
    scope = env.scope
    value = radio_value(c, attrs, scope)
    if group is None:
        c.diag("PWX104", "ion-radio outside an ion-radio-group is not converted: it never changes", el.line,
               el.col)
    else:
        options = scope.fill(group.options)
        native.attrs["value"] = c.exprs.value(scope, h("option", options, value))
        native.attrs["checked"] = c.exprs.value(scope, h("eq", scope.fill(group.value), value))
    text = c.elements.children(el, attrs, env)
    label: list[Wx | str] = [Wx("view", {"class": "label-text"}, text)] if text else []
    outer.children = [native, *label]
    return [outer]


def radio_value(c: ViewCompiler, attrs: Attrs, scope: Scope) -> str:
    """JS of a radio/segment button's value in the render function."""
    b = attrs.props.get("value")
    if b is not None and b.ast is not None:
        return c.exprs.expr(b, scope) or "undefined"
    return js_string(attrs.static_value("value") or "")


def handler_value(attrs: Attrs) -> str | A.AST:
    """A radio/segment button's value for a handler: its AST when bound, else JS text."""
    b = attrs.props.get("value")
    if b is not None and b.ast is not None:
        return b.ast
    return js_string(attrs.static_value("value") or "")


def segment(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-segment → a row of views; each button's tap sets the model and fires the segment's ionChange."""
    outer = Wx("view")
    c.elements.decorate(outer, el, attrs, row, env, Handler())
    scope = env.scope
    current = c.key("$segment")
    b = value_binding(c, attrs, env)
    value = c.exprs.expr(b, scope) if b is not None else js_string(attrs.static_value("value") or "")
    c.render.line(f"{scope.s}.{current} = {value or 'undefined'};")
    model = attrs.two_way.get("ngModel")
    events = tuple(ev.ast for ev in attrs.events if ev.name in ("ionChange", "ngModelChange") and ev.ast)
    for ev in attrs.events:
        if ev.name not in ("ionChange", "ngModelChange", "ionSelect"):
            c.diag("PWX104", f"event ({ev.name}) on <ion-segment> is not converted", ev.attr.line,
                   ev.attr.col)
    group = Group("segment", "{s}." + current, model=model.ast if model else None, events=events)
    outer.children = c.elements.children(el, attrs, replace(env, group=group))
    return [outer]


def segment_button(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    group = env.group if env.group is not None and env.group.kind == "segment" else None
    scope = env.scope
    wx = Wx("view")
    handler = Handler()
    c.elements.decorate(wx, el, attrs, row, env, handler)
    value = radio_value(c, attrs, scope)
    if group is not None:
        checked = c.exprs.value(scope, h("eq", scope.fill(group.value), value) + ' ? "segment-button-checked" : ""')
        wx.attrs["class"] = f"{wx.attrs['class']} {checked}"
        handler.adapters["tap"] = ('"segment"', handler_value(attrs))
        if group.model is not None:
            handler.add("tap", c.handlers.model_assign(group.model, "detail.value"))
        for stmt in group.events:
            handler.add("tap", WithEvent(stmt, "$event"))
    c.elements.events(el, attrs, row, env, handler)
    c.handlers.attach(wx, handler, scope, el)
    wx.children = c.elements.children(el, attrs, env)
    return [wx]


def datetime(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """ion-datetime → picker mode=date|time; the model keeps ISO text (YYYY-MM-DD / HH:mm)."""
    presentation = attrs.static_value("presentation") or "date-time"
    mode = "time" if presentation == "time" else "date"
    if presentation in ("date-time", "time-date"):
        c.note_once("PWX105", "datetime", "ion-datetime: date and time are picked as a date only", el)
    outer, native, handler = control(c, el, attrs, row, env, wrapper=None)
    native.attrs["mode"] = mode
    if presentation in ("month-year", "month"):
        native.attrs["fields"] = "month"
    elif presentation == "year":
        native.attrs["fields"] = "year"
    for prop, attr in (("min", "start"), ("max", "end")):
        v = attrs.static_value(prop)
        if v and mode == "date" and len(v) == 4:
            native.attrs[attr] = f"{v}-01-01" if prop == "min" else f"{v}-12-31"
    b = attrs.two_way.get("ngModel") or attrs.props.get("ngModel") or attrs.props.get("value")
    shown = "\"\""
    code = c.exprs.expr(b, env.scope) if b is not None else None  # (None when it does not parse)
    if code is not None:
        shown = h("pickerValue", code, js_string(mode))
    ref = c.exprs.value(env.scope, shown)
    native.attrs["value"] = ref
    handler.adapters["change"] = ('"datetime"', js_string(mode))
    c.handlers.attach(native, handler, env.scope, el)
    native.children = [Wx("view", {"class": "datetime-text"}, [ref])]
    # its slotted content (slot="title", slot="buttons" with confirm()/cancel() …), beside the picker: a tap on it is
    # its own, not the picker's
    title: list[Node] = [n for n in el.children if isinstance(n, Element) and _static(n, "slot") == "title"]
    before = c.elements.children(replace(el, children=title), attrs, env) if title else []
    after = c.elements.children(replace(el, children=[n for n in el.children if n not in title]), attrs, env)
    return [*before, native, *after]


def form_group(attrs: Attrs, env: Env) -> tuple[Env, frozenset[str]]:
    """``[formGroup]`` on an element other than a <form> (FormGroupDirective's selector is the attribute): the env
    its children are compiled in, whose controls' formControlName reads that group, and the binding it takes."""
    group = attrs.props.get("formGroup")
    if group is None or group.ast is None or "formGroup" in attrs.static:
        return env, frozenset()
    outer = env.form or Form((), None)
    return replace(env, form=replace(outer, group=group.ast)), frozenset({"formGroup"})


def form(c: ViewCompiler, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
    """<form>: its (ngSubmit) runs on the tap of a type="submit" button inside it."""
    ref = next((r for r in attrs.refs if r.value == "ngForm"), None)
    sym = env.scope.names.get(ref.name) if ref is not None else None
    submit = tuple(ev.ast for ev in attrs.events if ev.name in ("ngSubmit", "submit") and ev.ast is not None)
    group = attrs.props.get("formGroup")
    wx = c.elements.plain(el, attrs, row, env, children=[])
    form = Form(submit, sym.code if sym else None, group.ast if group is not None else None)
    wx.children = c.elements.children(el, attrs, replace(env, form=form))
    return [wx]
