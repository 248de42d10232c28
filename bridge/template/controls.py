"""The element shapes that need more than one WXML element or a page hook (``kind`` in :mod:`.ionic`).

Form controls become WeChat's native controls inside a view carrying the Ionic class (so the theme can
draw the label, fill and slots); ``[(ngModel)]`` writes the new value before the element's own event
handlers run, as Angular's value accessors do. Events are normalised to Ionic's shape by
``h.event(e, kind)`` in view.js (``$event.detail.value``/``.checked``), so handlers written for Ionic keep
working.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from bridge.template.attrs import Attrs, Binding, param_attribute, read_attrs
from bridge.template.expression import ExpressionError, js_string, parse_template_bindings
from bridge.template.expression import ast as A
from bridge.template.ionic import HTML_INPUT_TYPES, Tag, lookup, sliding_site, tag_class
from bridge.template.nodes import Block, Element, Text, collapse_whitespace, texts
from bridge.template.scope import Env, Fn, Form, Group, Handler, Scope, Sym
from bridge.template.wxml import Wx, absolute_url


class Controls:
    """Mixin of :class:`~bridge.template.compiler.ViewCompiler`: one ``kind_<kind>`` per special shape."""

    # ---- simple shapes -------------------------------------------------------------------------------

    def kind_drop(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        code = "PWX105" if el.tag.lower().startswith("ion-") else "PWX104"
        self.note_once(code, el.tag.lower(), row.note, el)
        return []

    def kind_inline(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """Inline HTML (span, b, a …): <text> when it holds only text, else a view (text cannot hold views)."""
        tag = "text" if text_only(el) and not attrs.props.get("innerHTML") else "view"
        return [self.plain(el, attrs, row, env, tag=tag)]

    def kind_br(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        return [self.plain(el, attrs, row, env, children=[])]

    def kind_progress(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        wx = self.plain(el, attrs, replace(row, props={}), env, children=[])
        value = attrs.props.get("value")
        if value is not None and value.ast is not None:
            wx.attrs["percent"] = self.value(env.scope, f"h.num({self.expr(value, env.scope)}) * 100")
        elif attrs.static_value("value"):
            wx.attrs["percent"] = str(float(attrs.static_value("value") or 0) * 100)
        return [wx]

    def kind_image(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """img / ion-img → image; ngSrc is src; width/height become the size (image has no intrinsic size)."""
        if "ngSrc" in attrs.static and "src" not in attrs.static:
            attrs.static["src"] = replace(attrs.static["ngSrc"], name="src")
        if "ngSrc" in attrs.props and "src" not in attrs.props:
            attrs.props["src"] = replace(attrs.props["ngSrc"], name="src")
        wx = self.plain(el, attrs, row, env, children=[])
        size = [f"{d}: {v}px" for d in ("width", "height") if (v := attrs.static_value(d)) and v.isdigit()]
        if size:
            wx.attrs["style"] = "; ".join([*size, *([wx.attrs["style"]] if "style" in wx.attrs else [])])
            if len(size) == 2:
                wx.attrs["mode"] = "aspectFill"
        return [wx]

    def kind_icon(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-icon → a view with the glyph's class (tinted by the text colour, as Ionic's icons are), or an
        image for ``src``; a missing icon is reported (PWX107)."""
        wx = self.plain(el, attrs, row, env, children=[])
        scope = env.scope
        src = attrs.static_value("src")
        if src or "src" in attrs.props:
            wx.tag = "image"
            wx.attrs["mode"] = "aspectFit"
            wx.attrs["src"] = absolute_url(src) if src else self.bound(attrs.props["src"], scope, "url") or ""
            return [wx]
        names = {k: attrs.static_value(k) for k in ("name", "ios", "md", "icon") if attrs.static_value(k)}
        dynamic = {k: attrs.props[k] for k in ("name", "ios", "md", "icon") if k in attrs.props}
        glyphs: dict[str, str] = {}
        for key, b in list(dynamic.items()):
            const = literal_str(b.ast)
            if const is not None:
                names[key] = const
                del dynamic[key]
        for key, name in names.items():
            glyph = self.icon_class(name, el)
            if glyph:
                glyphs[key] = glyph
        glyph_class = None
        if dynamic:
            b = dynamic.get("name") or dynamic.get("icon") or next(iter(dynamic.values()))
            table = self.icon_table(el, b.ast)
            code = self.expr(b, scope)
            if code is not None:
                glyph_class = self.value(scope, f"h.icon({code}, {table})")
        else:
            ios, md = glyphs.get("ios"), glyphs.get("md")
            default = glyphs.get("name") or glyphs.get("icon")
            if ios and md and ios != md:
                glyph_class = self.value(scope, f"h.mode === \"ios\" ? {js_string(ios)} : {js_string(md)}")
            else:
                glyph_class = default or md or ios
        if glyph_class:
            wx.attrs["class"] = f"{wx.attrs['class']} {glyph_class}"
        return [wx]

    def icon_class(self, name: str, el: Element) -> str | None:
        glyph = self.ctx.icon(name)
        if glyph is None:
            self.note_once("PWX107", f"icon:{name}", f"ion-icon '{name}' has no Ionicons image: an empty "
                           "placeholder is shown", el, hint="install node_modules (ionicons) or use src= with an "
                           "image in the app's assets")
        return glyph

    def icon_table(self, el: Element, node: A.AST | None) -> str:
        """Icons a name computed at runtime may take, as a JS object name → glyph class.

        Candidates: the icons the component's module imports from ``ionicons/icons`` (``addIcons``), and the
        string literals of the module combined with the expression's own literal prefix/suffix
        (``p.icon + '-outline'`` with ``icon: 'calendar'`` → ``calendar-outline``)."""
        module = self.ctx.project.modules.get(self.comp.rel)
        names: set[str] = set()
        if module is not None:
            names |= {kebab_icon(b.name if b.name not in ("*", "default") else local)
                      for local, b in module.imports.items() if b.specifier.startswith("ionicons")}
            prefix, suffix = affixes(node)
            for lit in re.findall(r"""['"`]([a-z0-9]+(?:-[a-z0-9]+)*)['"`]""", module.source.text):
                names.add(prefix + lit + suffix)
        names |= {n.value for n in A.walk(node) if isinstance(n, A.LiteralPrimitive) and isinstance(n.value, str)} \
            if node is not None else set()
        entries = [(n, p) for n in sorted(names) if n and (p := self.ctx.icon(n))]
        if not entries:
            self.note_once("PWX107", "icon:dynamic", "ion-icon with a name computed at runtime: no icon it may "
                           "name was found, so none is packaged", el,
                           hint="import the icons (addIcons) in this component, or bind a static name")
        return "{" + ", ".join(f"{js_string(n)}: {js_string(p)}" for n, p in entries) + "}"

    # ---- form controls --------------------------------------------------------------------------------

    def control(self, el: Element, attrs: Attrs, row: Tag, env: Env, wrapper: str | None = "view"):
        """(wrapper, native, handler): the native control gets props/model/events, the wrapper the look."""
        native = Wx(row.wx)
        handler = Handler()
        outer = Wx(wrapper) if wrapper else native
        self.decorate(outer, el, attrs, row, env, handler, native=native)
        if wrapper:
            native.add_class("native-" + row.wx.replace("-", ""))
        self.bind_model(attrs, row, env, native, handler)
        self.events(el, attrs, row, env, handler, skip=frozenset({"ngModelChange"}))
        return outer, native, handler

    def bind_model(self, attrs: Attrs, row: Tag, env: Env, native: Wx, handler: Handler) -> Binding | None:
        """[(ngModel)] / [ngModel] (template-driven) or formControlName / [formControl] (reactive forms)."""
        model = row.model
        if model is None:
            return None
        control = self.form_control(attrs, env)
        b = attrs.two_way.get("ngModel") or attrs.props.get("ngModel")
        if control is not None:
            origin = attrs.props.get("formControl") or attrs.props.get("formControlName") or \
                attrs.static["formControlName"]
            b = Binding("formControl", origin.attr, A.PropertyRead(0, 0, control, "value"))
        if b is None:
            return None
        conv = {"checked": "bool", "value": "str" if native.tag in ("input", "textarea") else "raw"}.get(model.prop)
        if b.ast is not None and native.tag not in ("picker",) and model.prop:
            code = self.expr(b, env.scope, conv or "raw")
            if code is not None:
                key = self.store(env.scope, code)
                native.attrs[model.prop] = "{{" + env.scope.wx + key + "}}"
                if model.event == "input":
                    native.attrs["data-m"] = key  # view.js keeps typed text from being sent back (cursor jumps)
        if model.adapter:
            handler.adapters.setdefault(model.event, (js_string(model.adapter),))
        new_value = "$event." + model.read
        if control is not None:
            handler.add(model.event, ("helper", "control", [control, new_value]))
        elif "ngModel" in attrs.two_way and b.ast is not None:
            handler.add(model.event, self.model_assign(b.ast, model.read))
            if attrs.static_value("name"):
                handler.add(model.event, ("helper", "typed", ["s", js_string(attrs.static_value("name")), new_value]))
        for ev in attrs.events:
            if ev.name == "ngModelChange" and ev.ast is not None:
                handler.add(model.event, ("event", ev.ast, new_value))
        return b

    def form_control(self, attrs: Attrs, env: Env) -> A.AST | None:
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

    def label(self, attrs: Attrs, env: Env) -> list:
        """Ionic 7+'s ``label``/``[label]`` attribute, drawn before the control."""
        if "label" in attrs.props and attrs.props["label"].ast is not None:
            return [Wx("view", {"class": "label-text"}, [self.bound(attrs.props["label"], env.scope, "str") or ""])]
        text_value = attrs.static_value("label")
        if text_value:
            from bridge.template.wxml import text

            return [Wx("view", {"class": "label-text"}, [text(text_value)])]
        return []

    def kind_input(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-input / ion-textarea → view.ion-input > label + native input/textarea (+ slotted children)."""
        outer, native, handler = self.control(el, attrs, row, env)
        self.input_type(attrs, native, env, el)
        self.attach(native, handler, env.scope, el)
        helper = attrs.static_value("helperText")
        children = self.label(attrs, env) + [native] + self.children(el, attrs, env)
        if helper:
            from bridge.template.wxml import text

            children.append(Wx("view", {"class": "helper-text"}, [text(helper)]))
        if attrs.static_value("errorText"):
            self.note_once("PWX105", "errorText", "errorText is not shown (WeChat inputs have no invalid state)", el)
        outer.children = children
        return [outer]

    def kind_html_input(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        kind = (attrs.static_value("type") or "text").lower()
        if el.tag.lower() == "input" and kind in ("checkbox", "radio", "file", "range", "color", "date", "time",
                                                  "datetime-local", "month", "week", "submit", "button", "reset",
                                                  "image", "hidden"):
            if kind in ("submit", "button", "reset"):
                return [self.plain(el, attrs, Tag(statics=(("hover-class", "ion-activated"),)), env,
                                   children=[attrs.static_value("value") or ""])]
            self.diag("PWX104", f"<input type=\"{kind}\"> is not converted: a text input is shown", el.line, el.col,
                      hint="use the matching ion-* control (ion-checkbox, ion-datetime …)")
        _, native, handler = self.control(el, attrs, row, env, wrapper=None)
        self.input_type(attrs, native, env, el)
        self.attach(native, handler, env.scope, el)
        return [native]

    def input_type(self, attrs: Attrs, native: Wx, env: Env, el: Element) -> None:
        if native.tag != "input":
            return
        kind = attrs.static_value("type")
        if kind is not None:
            native.attrs["type"] = HTML_INPUT_TYPES.get(kind.lower(), "text")
            if kind.lower() == "password":
                native.attrs["password"] = "{{true}}"
        elif "type" in attrs.props and attrs.props["type"].ast is not None:
            code = self.expr(attrs.props["type"], env.scope)
            t = self.render_fn.temp()
            self.render.line(f"{t} = {code};")
            native.attrs["type"] = self.value(env.scope, f"h.inputType({t})")
            native.attrs["password"] = self.value(env.scope, f"{t} === \"password\"")

    def kind_searchbar(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-searchbar → view > input (+ a Cancel button for showCancelButton, firing ionCancel)."""
        outer, native, handler = self.control(el, attrs, row, env)
        native.attrs.setdefault("placeholder", "Search")
        self.attach(native, handler, env.scope, el)
        children: list = [native]
        show = attrs.static_value("showCancelButton") or attrs.static_value("show-cancel-button")
        if show is not None and show not in ("never", "false"):
            cancel = Wx("view", {"class": "searchbar-cancel-button", "hover-class": "ion-activated"},
                        [attrs.static_value("cancelButtonText") or "Cancel"])
            h = Handler()
            model = attrs.two_way.get("ngModel")
            if model is not None and model.ast is not None:
                h.add("tap", A.Assign(0, 0, model.ast, "=", A.LiteralPrimitive(0, 0, "")))
            for ev in attrs.events:
                if ev.name in ("ionCancel", "ionClear") and ev.ast is not None:
                    h.add("tap", ev.ast)
            self.attach(cancel, h, env.scope, el)
            children.append(cancel)
        outer.children = children
        return [outer]

    def kind_toggle(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-toggle → label.ion-toggle > label text + switch (tapping the label toggles)."""
        outer, native, handler = self.control(el, attrs, row, env, wrapper="label")
        self.attach(native, handler, env.scope, el)
        text = self.children(el, attrs, env)
        outer.children = ([Wx("view", {"class": "label-text"}, text)] if text else []) + [native]
        return [outer]

    def kind_checkbox(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-checkbox → checkbox-group.ion-checkbox > label > checkbox + label text (the group reports)."""
        outer, native, handler = self.control(el, attrs, row, env, wrapper="checkbox-group")
        native.attrs["value"] = "on"
        self.attach(outer, handler, env.scope, el)
        text = self.children(el, attrs, env)
        outer.children = [Wx("label", {"class": "checkbox-wrapper"},
                             [native] + ([Wx("view", {"class": "label-text"}, text)] if text else []))]
        return [outer]

    def kind_radio_group(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-radio-group → radio-group; each ion-radio's WXML value is its index in the group's list."""
        outer, _, handler = self.control(el, attrs, row, env, wrapper=None)
        scope = env.scope
        options = self.key("$radios")
        current = self.key("$radio")
        b = attrs.two_way.get("ngModel") or attrs.props.get("ngModel") or attrs.props.get("value")
        value = self.expr(b, scope) if b is not None else js_string(attrs.static_value("value") or "")
        self.render.line(f"{scope.s}.{options} = [];")
        self.render.line(f"{scope.s}.{current} = {value or 'undefined'};")
        handler.adapters["change"] = ('"radio"', f"s.{options}")
        self.attach(outer, handler, scope, el)
        group = Group("radio", "{s}." + current, "{s}." + options)
        outer.children = self.children(el, attrs, replace(env, group=group))
        return [outer]

    def kind_radio(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        group = env.group if env.group is not None and env.group.kind == "radio" else None
        outer = Wx("label")
        native = Wx("radio")
        self.decorate(outer, el, attrs, row, env, Handler(), native=native)
        scope = env.scope
        value = self.radio_value(attrs, scope)
        if group is None:
            self.diag("PWX104", "ion-radio outside an ion-radio-group is not converted: it never changes", el.line,
                      el.col)
        else:
            options = scope.fill(group.options)
            native.attrs["value"] = self.value(scope, f"h.option({options}, {value})")
            native.attrs["checked"] = self.value(scope, f"h.eq({scope.fill(group.value)}, {value})")
        text = self.children(el, attrs, env)
        outer.children = [native] + ([Wx("view", {"class": "label-text"}, text)] if text else [])
        return [outer]

    def radio_value(self, attrs: Attrs, scope: Scope, handler: bool = False) -> str | A.AST:
        """JS of a radio/segment button's value (its AST when wanted for a handler)."""
        b = attrs.props.get("value")
        if b is not None and b.ast is not None:
            return b.ast if handler else self.expr(b, scope) or "undefined"
        return js_string(attrs.static_value("value") or "")

    def kind_virtual_scroll(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-virtual-scroll → a view whose *virtualItem template repeats over [items], as *ngFor would."""
        items = attrs.props.get("items")
        return [self.plain(el, attrs, row, replace(env, virtual_items=items.ast if items else None))]

    def kind_segment(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-segment → a row of views; each button's tap sets the model and fires the segment's ionChange."""
        outer = Wx("view")
        self.decorate(outer, el, attrs, row, env, Handler())
        scope = env.scope
        current = self.key("$segment")
        b = attrs.two_way.get("ngModel") or attrs.props.get("ngModel") or attrs.props.get("value")
        value = self.expr(b, scope) if b is not None else js_string(attrs.static_value("value") or "")
        self.render.line(f"{scope.s}.{current} = {value or 'undefined'};")
        model = attrs.two_way.get("ngModel")
        events = tuple(ev.ast for ev in attrs.events if ev.name in ("ionChange", "ngModelChange") and ev.ast)
        for ev in attrs.events:
            if ev.name not in ("ionChange", "ngModelChange", "ionSelect"):
                self.diag("PWX104", f"event ({ev.name}) on <ion-segment> is not converted", ev.attr.line,
                          ev.attr.col)
        group = Group("segment", "{s}." + current, model=model.ast if model else None, events=events)
        outer.children = self.children(el, attrs, replace(env, group=group))
        return [outer]

    def kind_segment_button(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        group = env.group if env.group is not None and env.group.kind == "segment" else None
        scope = env.scope
        wx = Wx("view")
        handler = Handler()
        self.decorate(wx, el, attrs, row, env, handler)
        value = self.radio_value(attrs, scope)
        if group is not None:
            checked = self.value(scope, f"h.eq({scope.fill(group.value)}, {value}) ? "
                                        f"\"segment-button-checked\" : \"\"")
            wx.attrs["class"] += " " + checked
            handler.adapters["tap"] = ('"segment"', self.radio_value(attrs, scope, handler=True))
            if group.model is not None:
                handler.add("tap", self.model_assign(group.model, "detail.value"))
            for stmt in group.events:
                handler.add("tap", ("event", stmt, "$event"))
        self.events(el, attrs, row, env, handler)
        self.attach(wx, handler, scope, el)
        wx.children = self.children(el, attrs, env)
        return [wx]

    def kind_select(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-select / select → picker: options collected by the render function; the value is an index."""
        outer, native, handler = self.control(el, attrs, row, env, wrapper=None)
        scope = env.scope
        values = self.key("$options")
        labels = self.store(scope, "[]")
        self.render.line(f"{scope.s}.{values} = [];")
        self.options(el.children, env, f"{scope.s}.{values}", f"{scope.vm}.{labels}")
        b = attrs.two_way.get("ngModel") or attrs.props.get("ngModel") or attrs.props.get("value")
        current = self.expr(b, scope) if b is not None else "undefined"
        index = self.store(scope, f"h.index({scope.s}.{values}, {current})")
        shown = self.store(scope, f"{scope.vm}.{index} >= 0 ? {scope.vm}.{labels}[{scope.vm}.{index}] : "
                                  f"{js_string(attrs.static_value('placeholder') or '')}")
        native.attrs["range"] = "{{" + scope.wx + labels + "}}"
        native.attrs["value"] = "{{" + scope.wx + index + "}}"
        handler.adapters["change"] = ('"select"', f"s.{values}")
        if "multiple" in attrs.static and attrs.static_value("multiple") != "false":
            self.diag("PWX105", "ion-select multiple: the picker selects one value", el.line, el.col)
        self.attach(native, handler, scope, el)
        native.attrs["class"] = native.attrs.get("class", tag_class(el.tag))
        native.children = self.label(attrs, env) + [
            Wx("view", {"class": "select-text"}, ["{{" + scope.wx + shown + "}}"])]
        return [native]

    def options(self, nodes: list, env: Env, values: str, labels: str) -> None:
        """Render-function code pushing each option's value and label, through @for/@if/*ngFor/*ngIf."""
        scope = env.scope
        for node in nodes:
            if isinstance(node, Block) and node.name == "for":
                m = re.fullmatch(r"\s*([A-Za-z_$][\w$]*)\s+of\s+(.+)", node.parameters[0].text, re.S) \
                    if node.parameters else None
                items = self.errors.parse(param_attribute(node.parameters[0]), m.group(2), base=m.start(2)) \
                    if m else None
                if items is not None:
                    self.option_loop(m.group(1), items, env, lambda e, n=node: self.options(n.children, e, values,
                                                                                             labels))
            elif isinstance(node, Block) and node.name in ("if", "else if", "else", "switch", "case", "default"):
                self.note_once("PWX105", "option-if", "options inside @if/@switch are always listed", node)
                self.options(node.children, env, values, labels)
            elif isinstance(node, Element):
                oattrs = read_attrs(node.attrs, self.errors)
                if oattrs.structural is not None:
                    self.option_directive(node, oattrs, env, values, labels)
                elif lookup(node.tag) is not None and lookup(node.tag).kind == "option":
                    label = self.text_js(node.children, scope)
                    b = oattrs.props.get("value") or oattrs.props.get("ngValue")
                    value = self.expr(b, scope) if b is not None else None
                    if value is None:
                        value = js_string(oattrs.static_value("value")) if "value" in oattrs.static else label
                    self.render.line(f"{values}.push({value}); {labels}.push({label});")
                else:
                    self.options(node.children, env, values, labels)

    def option_directive(self, node: Element, attrs: Attrs, env: Env, values: str, labels: str) -> None:
        """``*ngFor`` / ``*ngIf`` on an option (or an ng-container around options)."""
        b = attrs.structural
        stripped = Element(node.tag, [a for a in node.attrs if a is not b.attr], node.children, node.line, node.col)
        try:
            bindings = parse_template_bindings(b.name, b.value or "")
        except ExpressionError as e:
            self.diag("PWX102", f"{e.message} in [{b.value}]", *self.errors.at(b.attr, e.offset))
            return
        inputs = {x.key: x.value for x in bindings if isinstance(x, A.ExpressionBinding)}
        item = next((x.name for x in bindings if isinstance(x, A.VariableBinding) and x.value == "$implicit"), None)
        if b.name == "ngFor" and inputs.get("ngForOf") is not None and item:
            self.option_loop(item, inputs["ngForOf"], env, lambda e: self.options([stripped], e, values, labels))
        elif b.name == "ngIf" and inputs.get("ngIf") is not None:
            self.where_attr = b.attr
            self.render.open(f"if ({self.js(inputs['ngIf'], env.scope)}) {{")
            self.options([stripped], env, values, labels)
            self.render.close()
        else:
            self.note_once("PWX105", "option-structural", f"*{b.name} on an option: the option is always listed",
                           node)
            self.options([stripped], env, values, labels)

    def option_loop(self, name: str, items: A.AST, env: Env, body) -> None:
        """A plain JS loop over ``items`` with ``name`` in a child scope (options make no view-model list)."""
        parent = env.scope
        inner = parent.child(s=f"o{self.count('o')}")
        key = self.key(name)
        inner.names[name] = Sym("{s}." + key)
        self.render.open(f"h.list({self.js(items, parent)}).forEach(function (item) {{")
        self.render.line(f"var {inner.s} = Object.create({parent.s}); {inner.s}.{key} = item;")
        body(replace(env, scope=inner))
        self.render.close("});")

    def text_js(self, nodes: list, scope: Scope, fn: Fn | None = None) -> str:
        """JS for the text of ``nodes`` (interpolations stringified), whitespace collapsed and trimmed."""
        from bridge.template.expression import ExpressionError, parse_binding, split_interpolation

        parts: list[str] = []
        for t in texts(nodes):
            for is_expr, src, offset in split_interpolation(t.value):
                if not is_expr:
                    if src:
                        parts.append(js_string(collapse_whitespace(src)))
                    continue
                try:
                    parts.append(f"h.s({self.js(parse_binding(src, offset), scope, fn)})")
                except ExpressionError as e:
                    self.diag("PWX102", f"{e.message} in [{{{{{src}}}}}]", t.line, t.col)
        if all(p.startswith('"') for p in parts):  # no interpolation: the label is a constant
            return js_string(collapse_whitespace("".join(json.loads(p) for p in parts)).strip())
        return f"h.trim({' + '.join(parts)})"

    def kind_option(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        self.note_once("PWX104", "option-outside", f"<{el.tag}> outside a select is not rendered", el)
        return []

    def kind_datetime(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-datetime → picker mode=date|time; the model keeps ISO text (YYYY-MM-DD / HH:mm)."""
        presentation = attrs.static_value("presentation") or "date-time"
        mode = "time" if presentation == "time" else "date"
        if presentation in ("date-time", "time-date"):
            self.note_once("PWX105", "datetime", "ion-datetime: date and time are picked as a date only", el)
        outer, native, handler = self.control(el, attrs, row, env, wrapper=None)
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
        if b is not None and b.ast is not None:
            shown = f"h.pickerValue({self.expr(b, env.scope)}, {js_string(mode)})"
        ref = self.value(env.scope, shown)
        native.attrs["value"] = ref
        handler.adapters["change"] = ('"datetime"', js_string(mode))
        self.attach(native, handler, env.scope, el)
        native.children = [Wx("view", {"class": "datetime-text"}, [ref])]
        return [native]

    def kind_form(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """<form>: its (ngSubmit) runs on the tap of a type="submit" button inside it."""
        ref = next((r for r in attrs.refs if r.value == "ngForm"), None)
        sym = env.scope.names.get(ref.name) if ref is not None else None
        submit = tuple(ev.ast for ev in attrs.events if ev.name in ("ngSubmit", "submit") and ev.ast is not None)
        group = attrs.props.get("formGroup")
        wx = self.plain(el, attrs, row, env, children=[])
        form = Form(submit, sym.code if sym else None, group.ast if group is not None else None)
        wx.children = self.children(el, attrs, replace(env, form=form))
        return [wx]

    # ---- page hooks, menus, overlays ---------------------------------------------------------------

    def kind_refresher(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        return self.page_hook(el, attrs, env, "pullDownRefresh", "ionRefresh")

    def kind_infinite(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        return self.page_hook(el, attrs, env, "reachBottom", "ionInfinite")

    def page_hook(self, el: Element, attrs: Attrs, env: Env, hook: str, event: str) -> list:
        """ion-refresher / ion-infinite-scroll → the page's onPullDownRefresh / onReachBottom."""
        tag = el.tag.lower()
        if self.ctx.role != "page":
            self.diag("PWX104", f"{tag} in a component is not converted: only pages get {hook} events",
                      el.line, el.col, hint="move it into the page's template")
            return []
        handler = Handler()
        disabled = attrs.props.get("disabled")
        if disabled is not None:
            handler.guard = disabled.ast
        for ev in attrs.events:
            if ev.name == event and ev.ast is not None:
                handler.add(hook, ev.ast)
            else:
                self.diag("PWX104", f"event ({ev.name}) on <{tag}> is not converted", ev.attr.line, ev.attr.col)
        if handler.by_event:
            self.hooks[hook] = self.handler(handler, env.scope.child(path=""))
        return []

    def kind_menu_toggle(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-menu-toggle / ion-menu-button: taps toggle the menu (after the children's own taps)."""
        wx = Wx(row.wx)
        handler = Handler()
        self.decorate(wx, el, attrs, row, env, handler)
        self.events(el, attrs, row, env, handler)
        handler.add("tap", ("helper", "menu", ['"toggle"', js_string(attrs.static_value("menu") or "")]))
        self.attach(wx, handler, env.scope, el)
        wx.children = self.children(el, attrs, env)
        return [wx]

    def kind_menu_button(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        out = self.kind_menu_toggle(el, attrs, row, env)
        if not out[0].children:
            glyph = self.icon_class("menu", el)
            if glyph:
                out[0].children = [Wx("view", {"class": f"ion-icon {glyph}"})]
        return out

    def kind_menu(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-menu → a drawer the menu controller opens (class ``show-menu``), and a backdrop closing it."""
        wx = self.plain(el, attrs, row, env)
        scope = env.scope
        menu = js_string(attrs.static_value("menuId") or "")
        state = f"h.menuOpen({menu}, {js_string(attrs.static_value('side') or 'start')})"
        shown = self.value(scope, state + ' ? "show-menu" : ""')
        wx.attrs["class"] = f"{wx.attrs['class']} {shown}"
        backdrop = Wx("view", {"class": "ion-menu-backdrop", "wx:if": self.value(scope, state)})
        handler = Handler()
        handler.add("tap", ("helper", "menu", ['"close"', menu]))
        self.attach(backdrop, handler, scope, el)
        return [backdrop, wx]

    def kind_sliding(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """ion-item-sliding → an item a swipe to the left opens (its options show beside it) and a swipe to the
        right, or ``close()`` on its #ref, closes."""
        self.note_once("PWX105", "ion-item-sliding", "ion-item-sliding: a swipe opens or closes its options when "
                       "the finger lifts; the item does not follow the finger", el)
        wx = Wx(row.wx)
        handler = Handler()
        self.decorate(wx, el, attrs, row, env, handler)
        self.events(el, attrs, row, env, handler)
        site = js_string(sliding_site(el))
        for phase in ("touchstart", "touchend"):
            handler.add(phase, ("helper", "slide", ["s", site, "$event"]))
        self.attach(wx, handler, env.scope, el)
        shown = self.value(env.scope, f'h.slideOpen({env.scope.s}, {site}) ? "item-sliding-active-options" : ""')
        wx.attrs["class"] = f"{wx.attrs['class']} {shown}"
        wx.children = self.children(el, attrs, env)
        return [wx]

    def kind_overlay(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list:
        """Inline ion-modal / ion-popover: content in place ([isOpen] shows/hides it)."""
        wx = self.plain(el, attrs, row, env, children=[])
        is_open = attrs.props.get("isOpen")
        if is_open is not None and is_open.ast is not None:
            wx.attrs["hidden"] = self.value(env.scope, f"!{self.expr(is_open, env.scope, 'bool')}")
        wx.children = self.children(el, attrs, replace(env, overlay=True))
        return [wx]


# ---- helpers ----------------------------------------------------------------------------------


def text_only(el: Element) -> bool:
    """Whether an element holds only text and inline elements that hold only text (so <text> can show it)."""
    for child in el.children:
        if isinstance(child, Text):
            continue
        if not isinstance(child, Element):
            return False
        row = lookup(child.tag)
        if row is None or row.kind != "inline" or any(a.name.startswith(("*", "[innerHTML]")) for a in child.attrs):
            return False
        if not text_only(child):
            return False
    return True


def literal_str(node: A.AST | None) -> str | None:
    if isinstance(node, A.LiteralPrimitive) and isinstance(node.value, str):
        return node.value
    return None


def affixes(node: A.AST | None) -> tuple[str, str]:
    """The literal prefix and suffix of a string concatenation (``'logo-' + x + '-outline'``)."""
    prefix = suffix = ""
    while isinstance(node, A.Binary) and node.op == "+":
        right = literal_str(node.right)
        left = literal_str(node.left)
        if right is not None:
            suffix = right + suffix
            node = node.left
        elif left is not None:
            prefix += left
            node = node.right
        else:
            break
    return prefix, suffix


def kebab_icon(name: str) -> str:
    """``logoTwitter`` → ``logo-twitter``, ``calendarOutline`` → ``calendar-outline`` (ionicons' export names)."""
    return re.sub(r"([A-Z])", r"-\1", name).lower()
