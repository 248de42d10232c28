"""Compiles one component's template into WXML + a view-model render function + a handler table.

WXML cannot call methods or pipes, so every dynamic value is computed by the render function and the
WXML reads it as a plain path (``{{v3}}``, ``{{x1.v5}}``); control flow becomes ``wx:if``/``wx:for`` over
view-model booleans and lists, and the render function only evaluates a branch's expressions when the
branch is shown (``@if (session) { {{session.name}} }`` never reads ``null.name``). Events go through one
method, ``$on``, with ``data-h`` (handler id) and ``data-p`` (the loop item path); see
``adapters/runtime/view.js``. Element shapes come from the table in :mod:`.ionic`; the shapes that need
more than one element (form controls, icons, page hooks) are in :mod:`.controls`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from bridge.template import CompiledView, TemplateContext, parse_template
from bridge.template.attrs import Attrs, Binding, Errors, param_attribute, read_attrs, value_attribute
from bridge.template.controls import Controls
from bridge.template.expression import (
    ExpressionError,
    JsGen,
    js_string,
    parse_binding,
    parse_template_bindings,
    split_interpolation,
)
from bridge.template.expression import ast as A
from bridge.template.ionic import (
    COMMON_EVENTS,
    IGNORED_ATTRIBUTES,
    Tag,
    camel,
    class_name,
    is_look_attribute,
    kebab,
    look_class,
    lookup,
    sliding_site,
    tag_class,
)
from bridge.template.lexer import Position
from bridge.template.nodes import (
    Attribute,
    Block,
    Comment,
    Element,
    LetDeclaration,
    Node,
    Text,
    collapse_whitespace,
    elements,
    is_blank,
    text_content,
    texts,
)
from bridge.template.scope import Env, Fn, Handler, Scope, Switch, Sym, Writer
from bridge.template.wxml import Wx, absolute_url, attr_safe, serialize, text

BUILTIN_PIPES = frozenset({"async", "date", "number", "currency", "percent", "uppercase", "lowercase", "titlecase",
                           "slice", "json", "keyvalue", "i18nPlural", "i18nSelect", "translate"})
NGSP = "\ue500"
_ICU = re.compile(r"\{\s*[\w.$]+\s*,\s*(?:plural|select|selectordinal)\s*,")
LOOP_VARS = ("index", "count", "first", "last", "even", "odd")
ROUTER_EXTRAS = ("queryParams", "fragment", "state", "replaceUrl", "skipLocationChange", "queryParamsHandling")
HANDLED_ELSEWHERE = frozenset({"routerLink", "routerLinkActive", "innerHTML", "outerHTML", "innerText", "textContent",
                               "ngModel", "ngSwitch", *ROUTER_EXTRAS})  # bound properties read by other steps


class ViewCompiler(Controls):
    def __init__(self, component, ctx: TemplateContext):
        self.comp = component
        self.ctx = ctx
        self.file = component.template.file if component.template else component.rel
        self.errors = Errors(lambda message, line, col: self.diag("PWX102", message, line, col))
        self.render = Writer()
        self.render_fn = Fn()
        self.handlers: list[str] = []
        self.counts: dict[str, int] = {}
        self.keys: set[str] = set()
        self.using: dict[str, str] = {}
        self.hooks: dict[str, int] = {}
        self.pipes: dict[str, tuple[str, str]] = {}
        self.in_native_bar: set[int] = set()  # ids of the header elements the native navigation bar replaces
        self.noted: set[tuple[str, str]] = set()
        self.slot_cache: dict[str, list[str]] = {}
        self.expanding: set[int] = set()  # <ng-template>s being expanded (recursion guard)
        self.where_attr: Attribute | None = None  # the attribute whose expression is being generated

    # ---- entry --------------------------------------------------------------------------------

    def compile(self) -> CompiledView:
        tpl = self.comp.template
        nodes: list[Node] = []
        if tpl is not None:
            nodes, diags = parse_template(tpl.text, tpl.file, tpl.line, tpl.col)
            self.ctx.diagnostics.extend(diags)
        scope = Scope()
        self.render.line("var s0 = h.root(), $0 = {};")
        self.runtime_title(nodes)
        self.in_native_bar = self.native_bar_elements(nodes)
        body = self.view(nodes, Env(scope))
        self.render.line("return $0;")
        temps = self.render_fn.declaration()
        render = "function (c, h) {\n" + (f"  {temps}\n" if temps else "") + self.render.text() + "\n}"
        handlers = "[" + ",\n".join(self.handlers) + "]" if self.handlers else "[]"
        return CompiledView(wxml=serialize(body) + "\n", render_js=render, handlers_js=handlers,
                            using_components=dict(sorted(self.using.items())), hooks=dict(self.hooks),
                            title=self.page_title(nodes), pipes=dict(sorted(self.pipes.items())))

    # ---- helpers ------------------------------------------------------------------------------

    def diag(self, code: str, message: str, line: int = 0, col: int = 0, hint: str = "") -> None:
        self.ctx.diagnostics.add(code, message, self.file, line, col, hint=hint)

    def note_once(self, code: str, key: str, message: str, node, hint: str = "") -> None:
        if (code, key) not in self.noted:
            self.noted.add((code, key))
            self.diag(code, message, node.line, node.col, hint)

    def count(self, kind: str) -> int:
        n = self.counts.get(kind, 0)
        self.counts[kind] = n + 1
        return n

    def key(self, name: str) -> str:
        """A scope-object key for a template variable, unique in this template."""
        base = re.sub(r"[^\w$]", "_", name) or "v"
        key, n = base, 1
        while key in self.keys:
            n += 1
            key = f"{base}{n}"
        self.keys.add(key)
        return key

    def js(self, node: A.AST, scope: Scope, fn: Fn | None = None, handler: bool = False, event: str = "$event") -> str:
        """JS for an expression: in the render function (scope var ``s<n>``) or a handler (``s``)."""
        fn = fn or self.render_fn
        svar = "s" if handler else scope.s

        def name(ident: str, n: A.AST, write: bool) -> str:
            sym = scope.names.get(ident)
            if sym is not None:
                if sym.kind == "template":
                    self.diag("PWX104", f"template reference '{ident}' used as a value: undefined",
                              *self.where(n))
                    return "undefined"
                if write:
                    self.diag("PWX102", f"Cannot assign to a template variable: {ident}", *self.where(n))
                return scope.read(sym, svar)
            if ident == "$event" and handler:
                return event
            return f"c.{ident}"

        def pipe(node: A.Pipe, value: str, args: list[str]) -> str:
            self.use_pipe(node)
            site = self.count("pipe")
            return f"h.pipe({site}, {svar}, {js_string(node.name)}).transform({', '.join([value, *args])})"

        return JsGen(name, pipe, fn.temp)(node)

    def where(self, node: A.AST) -> tuple[int, int]:
        if self.where_attr is None:
            return 0, 0
        return self.errors.at(self.where_attr, node.start)

    def use_pipe(self, node: A.Pipe) -> None:
        if node.name in self.ctx.project.pipes:
            self.pipes[node.name] = self.ctx.project.pipes[node.name]
        elif node.name not in BUILTIN_PIPES:
            line, col = self.errors.at(self.where_attr, node.name_start) if self.where_attr else (0, 0)
            self.diag("PWX104", f"pipe '{node.name}' is neither the app's nor Angular's: unless a library the app "
                      "loads declares it, the value is shown unchanged", line, col,
                      hint="declare the @Pipe in the project, or check that the library declaring it is installed")

    def expr(self, binding: Binding, scope: Scope, conv: str = "raw") -> str | None:
        """JS for a binding's value converted for WXML; None when the expression did not parse."""
        if binding.ast is None:
            return None
        self.where_attr = binding.attr
        code = self.js(binding.ast, scope)
        return convert(code, conv)

    def store(self, scope: Scope, code: str) -> str:
        """Store ``code``'s value in the view model under a new key (``v3``)."""
        key = f"v{self.count('v')}"
        self.render.line(f"{scope.vm}.{key} = {code};")
        return key

    def value(self, scope: Scope, code: str) -> str:
        """Store ``code``'s value in the view model; returns the WXML reading it (``{{x1.v3}}``)."""
        return "{{" + scope.wx + self.store(scope, code) + "}}"

    def bound(self, binding: Binding, scope: Scope, conv: str) -> str | None:
        """WXML for a binding: a constant when the expression is a literal, else a view-model path."""
        const = literal(binding.ast)
        if const is not NOTHING:
            if conv == "bool":
                return "{{true}}" if const else "{{false}}"
            if const is None:
                return None
            s = const if isinstance(const, str) else js_value(const)
            if conv == "url":
                s = absolute_url(s)
            return s if attr_safe(s) else self.value(scope, js_string(s))
        code = self.expr(binding, scope, conv)
        return None if code is None else self.value(scope, code)

    # ---- views (sibling lists) ------------------------------------------------------------------

    def view(self, nodes: list[Node], env: Env) -> list[Wx | str]:
        """Compile one embedded view: declares its references first (they are visible before use)."""
        self.declare_refs(nodes, env)
        return self.nodes(nodes, env)

    def nodes(self, nodes: list[Node], env: Env) -> list[Wx | str]:
        out: list[Wx | str] = []
        items = [n for n in nodes if not isinstance(n, Comment)]
        i = 0
        while i < len(items):
            node = items[i]
            i += 1
            if isinstance(node, Text):
                out.extend(self.text(node, env))
            elif isinstance(node, Element):
                out.extend(self.element(node, env))
            elif isinstance(node, LetDeclaration):
                self.let(node, env)
            elif isinstance(node, Block):
                connected, i = connected_blocks(node, items, i)
                out.extend(self.block(node, connected, env))
        return out

    def text(self, node: Text, env: Env) -> list[str]:
        value = node.value.replace(NGSP, " ")
        if not env.preserve_ws and is_blank(value):
            return []
        pos = Position(node.value, node.line, node.col)
        out: list[str] = []
        for is_expr, src, offset in split_interpolation(value):
            if not is_expr:
                icu = _ICU.search(src)
                if icu:
                    self.diag("PWX104", "ICU message ({x, plural|select, …}) is not converted: shown as text",
                              *pos(offset + icu.start()), hint="use the i18nPlural / i18nSelect pipes")
                out.append(text(src if env.preserve_ws else collapse_whitespace(src)))
                continue
            try:
                ast = parse_binding(src, offset)
            except ExpressionError as e:
                self.diag("PWX102", f"{e.message} in [{{{{{src}}}}}]", *pos(e.offset))
                continue
            const = literal(ast)
            if const is not NOTHING:
                out.append(text(js_display(const)))
                continue
            self.where_attr = value_attribute(node.value, node.line, node.col)
            out.append(self.value(env.scope, f"h.s({self.js(ast, env.scope)})"))
        return ["".join(out)] if out and "".join(out) else []

    def let(self, node: LetDeclaration, env: Env) -> None:
        key = self.key(node.name)
        attr = value_attribute(node.value, node.value_line, node.value_col)
        ast = self.errors.parse(attr, node.value)
        code = "undefined"
        if ast is not None:
            self.where_attr = attr
            code = self.js(ast, env.scope)
        self.render.line(f"{env.scope.s}.{key} = {code};")
        env.scope.names[node.name] = Sym("{s}." + key, "let")

    # ---- control-flow blocks --------------------------------------------------------------------

    def block(self, node: Block, connected: list[Block], env: Env) -> list[Wx | str]:
        name = node.name
        if name == "if":
            return self.if_block(node, connected, env)
        if name == "for":
            return self.for_block(node, connected, env)
        if name == "switch":
            return self.switch_block(node, env)
        if name == "defer":
            self.diag("PWX105", "@defer: the main content is rendered at once (no lazy loading)", node.line,
                      node.col)
            return self.view(node.children, env)
        self.diag("PWX101", f"@{name} block without its @if/@for/@switch/@defer", node.line, node.col)
        return []

    def if_block(self, node: Block, connected: list[Block], env: Env) -> list[Wx | str]:
        branches: list[tuple[A.AST | None, str | None, Block]] = []
        for b in [node, *connected]:
            if b.name == "else":
                branches.append((None, None, b))
                continue
            params = b.parameters
            if not params:
                self.diag("PWX101", f"@{b.name} needs a condition", b.line, b.col)
                return []
            cond = self.block_expr(params[0])
            alias = None
            for p in params[1:]:
                m = re.fullmatch(r"as\s+([A-Za-z_$][\w$]*)", p.text.strip())
                if m:
                    alias = m.group(1)
                else:
                    self.diag("PWX101", f"unrecognized @{b.name} parameter: {p.text}", p.line, p.col)
            branches.append((cond, alias, b))
        return self.conditional(branches, env)

    def conditional(self, branches: list[tuple], env: Env) -> list[Wx | str]:
        """An if / else-if / else chain of (condition, alias, body): the condition an AST, JS text or None
        (else); the body a Block or a function compiling the branch in the Env it is given."""
        out: list[Wx | str] = []
        opened = 0
        for n, (cond, alias, body) in enumerate(branches):
            scope = env.scope.child()
            benv = replace(env, scope=scope)
            if cond is None:
                content = self.branch(body, benv)
                out.extend(wrap(content, "wx:else", None))
                break
            code = cond if isinstance(cond, str) else self.js(cond, env.scope)
            if alias:
                key = self.key(alias)
                self.render.line(f"{env.scope.s}.{key} = {code};")
                code = f"{env.scope.s}.{key}"
                scope.names[alias] = Sym("{s}." + key)
            test = self.store(env.scope, f"!!{paren(code)}")
            self.render.open(f"if ({env.scope.vm}.{test}) {{")
            content = self.branch(body, benv)
            out.extend(wrap(content, "wx:if" if n == 0 else "wx:elif", "{{" + env.scope.wx + test + "}}"))
            if n < len(branches) - 1:
                self.render.middle("} else {")
                opened += 1
            else:
                self.render.close()
        for _ in range(opened):
            self.render.close()
        return out

    def branch(self, body, env: Env) -> list[Wx | str]:
        if callable(body):
            return body(env)
        return self.view(body.children, env)

    def block_expr(self, param) -> A.AST | None:
        attr = param_attribute(param)
        return self.errors.parse(attr, param.text)

    def for_block(self, node: Block, connected: list[Block], env: Env) -> list[Wx | str]:
        params = node.parameters
        m = re.fullmatch(r"\s*([A-Za-z_$][\w$]*)\s+of\s+(.+)", params[0].text, re.S) if params else None
        if m is None:
            self.diag("PWX101", "@for loop must have a \"let x of items\" form: @for (item of items; track item.id)",
                      node.line, node.col)
            return []
        item, items_src = m.group(1), m.group(2)
        attr = param_attribute(params[0])
        items_ast = self.errors.parse(attr, items_src, base=m.start(2))
        track = None
        aliases: dict[str, str] = {}
        for p in params[1:]:
            t = p.text.strip()
            if t.startswith("track "):
                track = (self.errors.parse(param_attribute(p), t[6:], base=6), p)
            elif t.startswith("let "):
                for part in t[4:].split(","):
                    lm = re.fullmatch(r"\s*([A-Za-z_$][\w$]*)\s*=\s*\$(index|count|first|last|even|odd)\s*", part)
                    if lm:
                        aliases[lm.group(1)] = lm.group(2)
                    else:
                        self.diag("PWX101", f"invalid @for let parameter: {part.strip()}", p.line, p.col)
            else:
                self.diag("PWX101", f"unrecognized @for parameter: {t}", p.line, p.col)
        if track is None:
            self.diag("PWX101", "@for loop must have a \"track\" expression", node.line, node.col)
        if items_ast is None:
            return []
        lets = {item: "$implicit", **{f"${v}": v for v in LOOP_VARS}, **aliases}
        empty = next((b for b in connected if b.name == "empty"), None)
        track_ast = track[0] if track else None
        self.where_attr = attr
        return self.loop(self.js(items_ast, env.scope), lets, track_ast, lambda e: self.view(node.children, e), env,
                         empty=(lambda e: self.view(empty.children, e)) if empty else None,
                         track_attr=param_attribute(track[1]) if track else None)

    def loop(self, items: str, lets: dict[str, str], track: A.AST | None, body, env: Env, empty=None,
             track_attr=None, track_fn: str | None = None) -> list[Wx | str]:
        """A list in the view model: ``lets`` maps local names to $implicit/index/count/first/..."""
        parent = env.scope
        depth = parent.depth + 1
        lkey = f"l{self.count('l')}"
        item_key = self.key(next((n for n, v in lets.items() if v == "$implicit"), "item"))
        index_key, count_key = self.key("$index"), self.key("$count")
        inner = Scope(vm=f"${depth}", s=f"s{depth}", wx=f"x{depth}.", depth=depth,
                      path=(parent.path + "." if parent.path else "") + f"{lkey}.{{{{i{depth}}}}}",
                      names=dict(parent.names))
        derived = {"$implicit": "{s}." + item_key, "index": "{s}." + index_key, "count": "{s}." + count_key,
                   "first": f"({{s}}.{index_key} === 0)", "last": f"({{s}}.{index_key} === {{s}}.{count_key} - 1)",
                   "even": f"({{s}}.{index_key} % 2 === 0)", "odd": f"({{s}}.{index_key} % 2 === 1)"}
        for local, what in lets.items():
            if what in derived:
                inner.names[local] = Sym(derived[what])
            else:
                self.diag("PWX104", f"loop variable '{what}' is not known: '{local}' is undefined")
                inner.names[local] = Sym("undefined")
        names = f"[{js_string(item_key)}, {js_string(index_key)}, {js_string(count_key)}]"
        self.render.open(f"{parent.vm}.{lkey} = h.each({items}, {parent.s}, {js_string(lkey)}, {names}, "
                         f"function ({inner.s}, {inner.vm}) {{")
        has_key = False
        if track_fn is not None:
            self.render.line(f"{inner.vm}.k = h.key({track_fn}({inner.s}.{index_key}, {inner.s}.{item_key}), "
                             f"{inner.s}.{index_key});")
            has_key = True
        elif track is not None:
            self.where_attr = track_attr
            self.render.line(f"{inner.vm}.k = h.key({self.js(track, inner)}, {inner.s}.{index_key});")
            has_key = True
        content = body(replace(env, scope=inner))
        self.render.close("});")
        attrs = {"wx:for": "{{" + parent.wx + lkey + "}}", "wx:for-item": f"x{depth}", "wx:for-index": f"i{depth}"}
        if has_key:
            attrs["wx:key"] = "k"
        out = wrap_attrs(content, attrs)
        if empty is not None:
            test = self.store(parent, f"!{parent.vm}.{lkey}.length")
            self.render.open(f"if ({parent.vm}.{test}) {{")
            out.extend(wrap(empty(replace(env, scope=parent.child())), "wx:if", "{{" + parent.wx + test + "}}"))
            self.render.close()
        return out

    def switch_block(self, node: Block, env: Env) -> list[Wx | str]:
        if not node.parameters:
            self.diag("PWX101", "@switch needs a value", node.line, node.col)
            return []
        subject = self.block_expr(node.parameters[0])
        if subject is None:
            return []
        t = self.render_fn.temp()
        self.render.line(f"{t} = {self.js(subject, env.scope)};")
        branches = []
        default = None
        for child in node.children:
            if isinstance(child, Block) and child.name == "case" and child.parameters:
                case = self.block_expr(child.parameters[0])
                if case is not None:
                    branches.append((f"{t} === {self.js(case, env.scope)}", None, child))
            elif isinstance(child, Block) and child.name == "default":
                default = child
            elif isinstance(child, (Block, Element)) or isinstance(child, Text) and not is_blank(child.value):
                self.diag("PWX101", "@switch block can only contain @case and @default blocks", child.line,
                          child.col)
        if default is not None:
            branches.append((None, None, default))
        return self.conditional(branches, env) if branches else []

    # ---- references (#ref) --------------------------------------------------------------------------

    def declare_refs(self, nodes: list[Node], env: Env) -> None:
        """Define the view's #refs and <ng-template #t> before its content (Angular allows use before)."""
        for el in view_elements(nodes):
            if not any(a.name.startswith(("#", "ref-")) for a in el.attrs):
                continue
            attrs = read_attrs(el.attrs, Errors(lambda *a: None))
            for ref in attrs.refs:
                if el.tag.lower() == "ng-template":
                    env.scope.names[ref.name] = Sym("undefined", "template", el,
                                                    {b.name: b.value for b in attrs.lets})
                    continue
                key = self.key(ref.name)
                spec = self.ref_spec(el, attrs, ref, env)
                self.render.line(f"{env.scope.s}.{key} = h.ref({env.scope.s}, {js_string(ref.name)}, {spec});")
                env.scope.names[ref.name] = Sym("{s}." + key, "ref")

    def ref_spec(self, el: Element, attrs: Attrs, ref: Binding, env: Env) -> str:
        kind = {"ngForm": "form", "ngModel": "model", "ngModelGroup": "form"}.get(ref.value or "", "element")
        if kind == "element" and self.ctx.project.component_by_selector(el.tag.lower()) is not None:
            kind = "component"
        parts = [f"kind: {js_string(kind)}", f"tag: {js_string(el.tag.lower())}"]
        if el.tag.lower() == "ion-item-sliding":
            parts.append(f"slide: {js_string(sliding_site(el))}")
        if kind == "model":
            parts.append(self.control_spec(el, env))
        elif kind == "form":
            controls = []
            for ctl in form_controls(el):
                name = next((a.value for a in ctl.attrs if a.name == "name" and a.value), None)
                if name:
                    controls.append(f"{js_string(name)}: {{{self.control_spec(ctl, env)}}}")
            parts.append("controls: {" + ", ".join(controls) + "}")
        return "{" + ", ".join(parts) + "}"

    def control_spec(self, el: Element, env: Env) -> str:
        """``value: function () {…}, required: true …`` for an ngModel control (validated by view.js)."""
        attrs = read_attrs(el.attrs, Errors(lambda *a: None))
        model = attrs.two_way.get("ngModel") or attrs.props.get("ngModel")
        code = "undefined"
        if model is not None and model.ast is not None:
            fn = Fn()
            self.where_attr = model.attr
            body = self.js(model.ast, env.scope, fn)
            code = "function () { " + " ".join(filter(None, [fn.declaration(), f"return {body};"])) + " }"
        parts = [f"value: {code}"]
        name = attrs.static_value("name")
        if name:
            parts.insert(0, f"name: {js_string(name)}")
        for v in ("required", "email"):
            if v in attrs.static and attrs.static[v].value != "false":
                parts.append(f"{v}: true")
        for v in ("minlength", "maxlength", "pattern", "min", "max"):
            if attrs.static.get(v) is not None and attrs.static[v].value:
                parts.append(f"{v}: {js_string(attrs.static[v].value)}")
        return ", ".join(parts)

    # ---- elements -----------------------------------------------------------------------------------

    def element(self, el: Element, env: Env) -> list[Wx | str]:
        attrs = read_attrs(el.attrs, self.errors)
        if attrs.structural is not None:
            return self.structural(el, attrs, env)
        lower = el.tag.lower()
        if lower == "ng-template":
            return self.ng_template(el, attrs, env)
        if lower == "ng-container":
            return self.ng_container(el, attrs, env)
        if lower == "ng-content":
            return self.ng_content(el, attrs, env)
        if id(el) in self.in_native_bar:
            return []
        if attrs.animations:
            self.note_once("PWX105", "animation", "Angular animations are not run: elements appear without "
                           "transitions", el)
        child = self.ctx.project.component_by_selector(lower)
        if child is not None:
            return self.project_slot(self.custom_component(el, attrs, child, env), el, attrs, env)
        row = lookup(el.tag)
        if row is None:
            self.diag("PWX103", f"unknown element <{el.tag}>: rendered as a view that keeps its children",
                      el.line, el.col, hint="import the component into the project, or remove the element")
            row = Tag()
        return self.project_slot(self.shaped(el, attrs, row, env), el, attrs, env)

    def shaped(self, el: Element, attrs: Attrs, row: Tag, env: Env) -> list[Wx | str]:
        if row.note and row.kind != "drop":
            self.note_once("PWX105", el.tag.lower(), row.note, el)
        if row.kind:
            return getattr(self, "kind_" + row.kind.replace("-", "_"))(el, attrs, row, env)
        return [self.plain(el, attrs, row, env)]

    def plain(self, el: Element, attrs: Attrs, row: Tag, env: Env, tag: str | None = None,
              children: list[Wx | str] | None = None) -> Wx:
        """An element with the common bindings: class, style, id, hidden, look, props, events, routerLink."""
        wx = Wx(tag or row.wx)
        handler = Handler()
        self.decorate(wx, el, attrs, row, env, handler)
        if wx.tag == "block":  # renders nothing itself: no class or style to carry
            wx.attrs.pop("class", None)
            wx.attrs.pop("style", None)
        self.bind_model(attrs, row, env, wx, handler)
        self.events(el, attrs, row, env, handler, skip=frozenset({"ngModelChange"}) if row.model else frozenset())
        self.attach(wx, handler, env.scope, el)
        if children is None:
            children = self.children(el, attrs, env)
        wx.children = children
        return wx

    def children(self, el: Element, attrs: Attrs, env: Env) -> list[Wx | str]:
        inner = self.inner_html(attrs, env)
        if inner is not None:
            return inner
        preserve = env.preserve_ws or el.tag.lower() in ("pre", "textarea") or "ngPreserveWhitespaces" in attrs.static
        inner_env = replace(env, preserve_ws=preserve, slots=())
        group = attrs.static_value("formGroupName")
        if group and env.form is not None and env.form.group is not None:
            nested = A.Call(0, 0, A.PropertyRead(0, 0, env.form.group, "get"), [A.LiteralPrimitive(0, 0, group)])
            inner_env = replace(inner_env, form=replace(env.form, group=nested))
        if "ngSwitch" in attrs.props:
            return self.ng_switch(el, attrs.props["ngSwitch"], inner_env)
        return self.nodes(el.children, inner_env)

    def inner_html(self, attrs: Attrs, env: Env) -> list[Wx | str] | None:
        for name in ("innerHTML", "outerHTML"):
            b = attrs.props.get(name)
            if b is not None:
                self.diag("PWX106", f"[{name}] is rendered with <rich-text>: scripts, styles and events in the "
                          "HTML do not run", b.attr.line, b.attr.col)
                nodes = self.bound(b, env.scope, "str")
                return [Wx("rich-text", {"nodes": nodes or ""})]
        for name in ("innerText", "textContent"):
            b = attrs.props.get(name)
            if b is not None:
                ref = self.bound(b, env.scope, "str")
                return [ref or ""]
        return None

    def decorate(self, wx: Wx, el: Element, attrs: Attrs, row: Tag, env: Env, handler: Handler,
                 skip: frozenset[str] = frozenset(), native: Wx | None = None) -> None:
        """Class, style, id, hidden, look attributes, table props, routerLink; reports what is left.

        ``native``: the control inside a wrapper, which receives the row's props and fixed attributes."""
        scope = env.scope
        target = native if native is not None else wx
        skip = skip | row.consumes
        classes = [tag_class(el.tag)]
        dynamic: list[str] = []  # JS parts for h.cls
        styles: list[str] = []
        dyn_styles: list[str] = []
        custom = self.ctx.project.component_by_selector(el.tag.lower()) is not None
        for written, b in attrs.static.items():
            name = camel(written) if "-" in written and not is_look_attribute(written) else written
            if name in skip:  # handled by the element's own builder; its look still shows (labelPlacement)
                if is_look_attribute(name):
                    classes.extend(look_classes(name, b.value))
                continue
            value = b.value
            if name == "class":
                classes.extend(class_name(c) for c in (value or "").split())
            elif name == "style":
                if value:
                    styles.append(value.strip().rstrip(";"))
            elif name == "id":
                if value:
                    wx.attrs["id"] = value
                    classes.append(look_id(value))
            elif name == "hidden":
                wx.attrs["hidden"] = "{{false}}" if value == "false" else "{{true}}"
            elif name in row.props:
                self.static_prop(target, row.props[name], value, scope)
            elif name in ("routerLink", "routerDirection", "routerLinkActive", "routerLinkActiveOptions", "href",
                          *ROUTER_EXTRAS):
                continue  # handled with the tap handler
            elif custom and name not in ("slot", "ngProjectAs") and self.input_name(name, el, b.attr):
                v = value or ""  # an input (WeChat ignores undeclared ones)
                wx.attrs[input_attribute(name)] = v if attr_safe(v) else self.value(scope, js_string(v))
                if is_look_attribute(name):
                    classes.extend(look_classes(name, value))
            elif is_look_attribute(name):
                classes.extend(look_classes(name, value))
            elif name in IGNORED_ATTRIBUTES or written.startswith(("aria-", "data-", "ng-", "xmlns")) or \
                    name in ("slot", "ngProjectAs", "ngSrc"):
                continue
            elif not custom and el.tag.lower().startswith("ion-") and lookup(el.tag) is not None:
                self.note_once("PWX105", f"{el.tag.lower()}:{name}",
                               f"{el.tag.lower()} attribute '{written}' has no mini-program equivalent: ignored",
                               b.attr)
        for name, b in attrs.props.items():
            if name in skip or b.ast is None:
                continue
            self.where_attr = b.attr
            if name in ("class", "className", "ngClass"):
                dynamic.append(self.js(b.ast, scope))
            elif name.startswith("class."):
                dynamic.append(f"({self.js(b.ast, scope)} ? {js_string(name[6:])} : \"\")")
            elif name in ("style", "ngStyle"):
                dyn_styles.append(self.js(b.ast, scope))
            elif name.startswith("style."):
                dyn_styles.append(f"{{{js_string(name[6:])}: {self.js(b.ast, scope)}}}")
            elif name.startswith("attr.") and not name.startswith("attr.aria") and name[5:] not in IGNORED_ATTRIBUTES:
                dynamic.append(f"h.look({js_string(kebab(name[5:]))}, {self.js(b.ast, scope)})")
            elif name == "hidden":
                wx.attrs["hidden"] = self.bound(b, scope, "bool")
            elif name == "id":
                ref = self.bound(b, scope, "str")
                if ref:
                    wx.attrs["id"] = ref
            elif name in row.props:
                prop = row.props[name]
                if prop.attr:
                    ref = self.bound(b, scope, prop.conv)
                    if ref is not None:
                        target.attrs[prop.attr] = ref
            elif custom and self.input_name(name, el, b.attr):
                ref = self.bound(b, scope, "prop")
                if ref is not None:
                    wx.attrs[input_attribute(name)] = ref
                if is_look_attribute(name):
                    dynamic.append(f"h.look({js_string(kebab(name))}, {self.js(b.ast, scope)})")
            elif is_look_attribute(name):
                dynamic.append(f"h.look({js_string(kebab(name))}, {self.js(b.ast, scope)})")
            elif name in HANDLED_ELSEWHERE or name in IGNORED_ATTRIBUTES or name.startswith("attr."):
                continue
            elif lookup(el.tag) is not None:  # (an unknown element is reported once, as a whole)
                self.diag("PWX104", f"binding [{name}] on <{el.tag}> is not converted: it has no effect",
                          b.attr.line, b.attr.col)
        active = self.router_link(el, attrs, env, handler)
        if active:
            dynamic.append(active)
        static_cls = " ".join(dict.fromkeys(c for c in classes if c))
        if not attr_safe(static_cls):
            static_cls = self.value(scope, js_string(static_cls))
        if dynamic:
            static_cls += " " + self.value(scope, f"h.cls([{', '.join(dynamic)}])")
        wx.attrs["class"] = static_cls
        style = "; ".join(styles)
        if style and not attr_safe(style):
            style = self.value(scope, js_string(style))
        if dyn_styles:
            ref = self.value(scope, f"h.style([{', '.join(dyn_styles)}])")
            style = f"{style}; {ref}" if style else ref
        if style:
            wx.attrs["style"] = style
        for name, value in row.statics:
            target.attrs.setdefault(name, value)

    def static_prop(self, wx: Wx, prop, value: str | None, scope: Scope) -> None:
        if not prop.attr:
            return
        if prop.conv == "bool":
            wx.attrs[prop.attr] = "{{false}}" if value == "false" else "{{true}}"
        elif prop.conv == "url":
            wx.attrs[prop.attr] = absolute_url(value or "")
        else:
            v = value or ""
            wx.attrs[prop.attr] = v if attr_safe(v) else self.value(scope, js_string(v))

    def input_name(self, name: str, el: Element, attr) -> bool:
        """Whether ``name`` can be a component input in WXML; a directive's (``fxShow.xs``) is reported."""
        if WX_EVENT_NAME.fullmatch(name.replace("$", "_")):
            return True
        self.diag("PWX104", f"attribute {name} on <{el.tag}> is not converted: not an input a component can have "
                  "(a directive's?)", attr.line, attr.col, hint="move what it does into the component's template")
        return False

    def events(self, el: Element, attrs: Attrs, row: Tag, env: Env, handler: Handler,
               skip: frozenset[str] = frozenset()) -> None:
        """(event) bindings → handler entries on the WeChat events of the row (or touch events)."""
        custom = self.ctx.project.component_by_selector(el.tag.lower()) is not None
        skip = skip | row.consumes
        for b in attrs.events:
            if b.name in skip or b.ast is None:
                continue
            if custom:
                if not WX_EVENT_NAME.fullmatch(b.name):  # (keydown.tab): a key-filtered DOM event of the element
                    self.diag("PWX104", f"event ({b.name}) on <{el.tag}> is not converted: a component's element "
                              "has no DOM keyboard events", b.attr.line, b.attr.col,
                              hint="emit an @Output from the component instead")
                    continue
                handler.custom = True
                handler.add(b.name, b.ast)
                continue
            wx_event = row.events.get(b.name, COMMON_EVENTS.get(b.name))
            if wx_event is None and lookup(el.tag) is None:
                continue  # an unknown element is reported once, as a whole
            if wx_event is None:
                self.diag("PWX104", f"event ({b.name}) on <{el.tag}> is not converted: it never fires",
                          b.attr.line, b.attr.col, hint="mini programs have touch events (tap, longpress, …) "
                          "and the events of their native controls")
                continue
            if wx_event == "":
                continue
            if row.adapter:
                handler.adapters.setdefault(wx_event, (js_string(row.adapter),))
            handler.add(wx_event, b.ast)
            if stops_propagation(b.ast):
                handler.catch.add(wx_event)
        disabled = attrs.props.get("disabled")
        if disabled is not None and disabled.ast is not None:
            handler.guard = disabled.ast
        elif attrs.static.get("disabled") is not None and attrs.static["disabled"].value != "false":
            handler.by_event.pop("tap", None)
        if env.form is not None and attrs.static_value("type") == "submit" and \
                el.tag.lower() in ("ion-button", "button", "input"):
            if env.form.ref:
                handler.add("tap", ("helper", "submit", [env.form.ref.replace("{s}", "s")]))
            for stmt in env.form.submit:
                handler.add("tap", stmt)

    def router_link(self, el: Element, attrs: Attrs, env: Env, handler: Handler) -> str | None:
        """routerLink (static, interpolated, array) → a tap that navigates; returns routerLinkActive's class."""
        scope = env.scope
        link = attrs.props.get("routerLink")
        if link is not None and link.ast is not None:
            target = ("ast", link)
        elif "routerLink" in attrs.static:
            target = ("static", attrs.static_value("routerLink") or "")
        elif "href" in attrs.static and el.tag.lower() in ("a", "ion-button", "ion-item", "ion-card", "ion-fab-button",
                                                          "ion-chip", "ion-tab-button"):
            href = attrs.static_value("href") or ""
            if re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I) or href.startswith("//"):
                self.diag("PWX105", f"external link '{href}': opened like window.open (a configured web-view page "
                          "for https, a phone call for tel:, else the link is copied)", el.line, el.col,
                          hint="a mini program opens web pages only on its business domains")
                handler.add("tap", ("helper", "open", [js_string(href)]))
                return None
            if not href or href.startswith("#"):
                return None
            target = ("static", href)
        else:
            return None
        extras = []
        for name in ROUTER_EXTRAS:
            b = attrs.props.get(name)
            if b is not None and b.ast is not None:
                extras.append((name, b))
            elif name in attrs.static:
                extras.append((name, attrs.static[name].value))
        direction = attrs.static_value("routerDirection")
        handler.add("tap", ("nav", target, tuple(extras), direction))
        active = attrs.static_value("routerLinkActive")
        if active:
            if target[0] == "static":
                url = js_string(target[1])
            else:
                self.where_attr = target[1].attr
                url = self.js(target[1].ast, scope)
            exact = "true" if "exact: true" in (attrs.static_value("routerLinkActiveOptions") or "") else "false"
            return f"(h.active({url}, {exact}) ? {js_string(active)} : \"\")"
        return None

    # ---- handlers -----------------------------------------------------------------------------------

    def attach(self, wx: Wx, handler: Handler, scope: Scope, el: Element | None = None) -> None:
        """Write the handler function and the WXML attributes (bindtap="$on" data-h data-p)."""
        if not handler.by_event:
            return
        hid = self.handler(handler, scope)
        for event in handler.by_event:
            prefix = "bind:" if handler.custom else ("catch" if event in handler.catch else "bind")
            wx.attrs[prefix + event] = "$on"
        wx.attrs["data-h"] = str(hid)
        if scope.path:
            wx.attrs["data-p"] = scope.path

    def handler(self, handler: Handler, scope: Scope) -> int:
        fn = Fn()
        body = Writer(indent=1)
        if handler.guard is not None:
            body.line(f"if ({self.js(handler.guard, scope, fn, handler=True)}) return;")
        single = len(handler.by_event) == 1
        for event, items in handler.by_event.items():
            if not single:
                body.open(f"if ($event.type === {js_string(event)}) {{")
            if handler.custom:
                body.line("$event = $event.detail;")
            elif event in handler.adapters:
                args = [a if isinstance(a, str) else self.js(a, scope, fn, handler=True)
                        for a in handler.adapters[event]]
                body.line(f"$event = h.event($event, {', '.join(args)});")
            statements: list[str] = []
            for item in items:
                statements.extend(self.statements(item, scope, fn))
            for n, stmt in enumerate(statements):
                body.line(("return " if n == len(statements) - 1 else "") + stmt + ";")
            if not single:
                body.close()
        temps = fn.declaration()
        code = "function (c, s, $event, h) {\n" + (f"  {temps}\n" if temps else "") + body.text() + "\n}"
        self.handlers.append(code)
        return len(self.handlers) - 1

    def statements(self, item, scope: Scope, fn: Fn) -> list[str]:
        """JS statements for one handler item: an action AST, ("nav", …), ("helper", name, args) (a call of
        view.js's ``h.<name>``; args are JS text or ASTs) or ("event", ast, js) (an action whose ``$event``
        is ``js``, as ``(ngModelChange)`` sees the new value)."""
        event = "$event"
        if isinstance(item, tuple):
            if item[0] == "helper":
                args = [a if isinstance(a, str) else self.js(a, scope, fn, handler=True) for a in item[2]]
                return [f"h.{item[1]}({', '.join(args)})"]
            if item[0] == "nav":
                return [self.navigation(item, scope, fn)]
            _, item, event = item  # ("event", ast, js)
        exprs = item.expressions if isinstance(item, A.Chain) else [item]
        return [self.js(e, scope, fn, handler=True, event=event) for e in exprs]

    def navigation(self, item, scope: Scope, fn: Fn) -> str:
        _, target, extras, direction = item
        if target[0] == "static":
            commands = js_string(target[1])
        else:
            self.where_attr = target[1].attr
            commands = self.js(target[1].ast, scope, fn, handler=True)
        parts = []
        for name, value in extras:
            if isinstance(value, Binding):
                self.where_attr = value.attr
                parts.append(f"{name}: {self.js(value.ast, scope, fn, handler=True)}")
            else:
                parts.append(f"{name}: {js_string(value or '')}")
        if direction == "root":
            parts.append("root: true")
        elif direction == "back":
            parts.append("back: true")
        return f"h.navigate({commands}, {{{', '.join(parts)}}})"

    def model_assign(self, model: A.AST, read: str) -> A.AST:
        """``target = $event.<read>`` as an action AST (handlers generate it like user statements)."""
        value: A.AST = A.PropertyRead(0, 0, A.ImplicitReceiver(0, 0), "$event")
        for part in read.split("."):
            value = A.PropertyRead(0, 0, value, part)
        return A.Assign(model.start, model.end, model, "=", value)

    # ---- Angular's own elements ------------------------------------------------------------------

    def structural(self, el: Element, attrs: Attrs, env: Env) -> list[Wx | str]:
        b = attrs.structural
        try:
            bindings = parse_template_bindings(b.name, b.value or "")
        except ExpressionError as e:
            self.diag("PWX102", f"{e.message} in [{b.value}]", *self.errors.at(b.attr, e.offset))
            return []
        inputs = {x.key: x.value for x in bindings if isinstance(x, A.ExpressionBinding)}
        lets = {x.name: x.value for x in bindings if isinstance(x, A.VariableBinding)}
        stripped = Element(el.tag, [a for a in el.attrs if a is not b.attr], el.children, el.line, el.col,
                           el.self_closing)
        return self.directive(b.name, inputs, lets, lambda e: self.view([stripped], e), env, b.attr)

    def directive(self, name: str, inputs: dict[str, A.AST | None], lets: dict[str, str], body, env: Env,
                  attr) -> list[Wx | str]:
        """A structural directive on a template: ngIf, ngFor, ngTemplateOutlet; others render eagerly."""
        self.where_attr = attr
        if name == "ngIf":
            cond = inputs.get("ngIf")
            if cond is None:
                return []
            alias = next((k for k, v in lets.items() if v in ("ngIf", "$implicit")), None)
            then = self.template_ref(inputs.get("ngIfThen"), env, attr)
            branches: list[tuple] = [(cond, alias, then or body)]
            other = self.template_ref(inputs.get("ngIfElse"), env, attr)
            if other is not None:
                branches.append((None, None, other))
            return self.conditional(branches, env)
        if name == "ngFor" or name == "ngForOf":
            items = inputs.get("ngForOf")
            if items is None:
                self.diag("PWX101", "*ngFor needs \"let item of items\"", attr.line, attr.col)
                return []
            track_fn = None
            if inputs.get("ngForTrackBy") is not None:
                track_fn = self.js(inputs["ngForTrackBy"], env.scope)
            lets = {k: LOOP_VAR_ALIASES.get(v, v) for k, v in lets.items()}
            return self.loop(self.js(items, env.scope), lets, None, body, env, track_fn=track_fn)
        if name == "virtualItem":
            if env.virtual_items is None:
                self.diag("PWX101", "*virtualItem outside an <ion-virtual-scroll [items]>", attr.line, attr.col)
                return []
            lets = {k: LOOP_VAR_ALIASES.get(v, v) for k, v in lets.items()}
            return self.loop(self.js(env.virtual_items, env.scope), lets, None, body,
                             replace(env, virtual_items=None))
        if name in ("virtualHeader", "virtualFooter"):
            self.note_once("PWX105", name, f"*{name} (ion-virtual-scroll's headerFn/footerFn rows) is not "
                           "rendered", attr)
            return []
        if name == "ngTemplateOutlet":
            return self.outlet(inputs.get("ngTemplateOutlet"), inputs.get("ngTemplateOutletContext"), env, attr)
        if name in ("ngSwitchCase", "ngSwitchDefault"):
            if env.switch is None:
                self.diag("PWX101", f"*{name} outside an [ngSwitch] element", attr.line, attr.col)
                return []
            case = inputs.get("ngSwitchCase")
            if name == "ngSwitchDefault":
                return self.conditional([(env.switch.unmatched, None, body)], env)
            return self.conditional([(f"{env.switch.subject} === {self.js(case, env.scope)}", None, body)], env) \
                if case is not None else []
        self.diag("PWX104", f"structural directive *{name} is not converted: its content is rendered always",
                  attr.line, attr.col, hint="use @if/@for or *ngIf/*ngFor, or compute the condition in the component")
        return body(env)

    def template_ref(self, node: A.AST | None, env: Env, attr):
        """The compile function of an ``<ng-template #t>`` named by ``node`` (None when absent)."""
        if node is None:
            return None
        if isinstance(node, A.PropertyRead) and isinstance(node.receiver, A.ImplicitReceiver):
            sym = env.scope.names.get(node.name)
            if sym is not None and sym.kind == "template":
                tpl = sym.node
                return lambda e: self.view(tpl.children, e)
        self.diag("PWX104", "only a template reference (#name on an <ng-template>) is supported here",
                  attr.line, attr.col)
        return lambda e: []

    def outlet(self, tpl: A.AST | None, context: A.AST | None, env: Env, attr) -> list[Wx | str]:
        if tpl is None:
            return []
        sym = env.scope.names.get(tpl.name) if isinstance(tpl, A.PropertyRead) and \
            isinstance(tpl.receiver, A.ImplicitReceiver) else None
        if sym is None or sym.kind != "template":
            self.diag("PWX104", "ngTemplateOutlet needs a template reference (#name on an <ng-template>)",
                      attr.line, attr.col)
            return []
        if id(sym.node) in self.expanding:
            self.diag("PWX104", "recursive ngTemplateOutlet is not converted", attr.line, attr.col)
            return []
        scope = env.scope.child()
        if sym.lets:
            ctx_key = self.key("$context")
            self.where_attr = attr
            code = self.js(context, env.scope) if context is not None else "{}"
            self.render.line(f"{env.scope.s}.{ctx_key} = {code} || {{}};")
            for local, key in sym.lets.items():
                scope.names[local] = Sym(f"{{s}}.{ctx_key}[{js_string(key)}]")
        self.expanding.add(id(sym.node))
        out = self.view(sym.node.children, replace(env, scope=scope))
        self.expanding.discard(id(sym.node))
        return out

    def ng_template(self, el: Element, attrs: Attrs, env: Env) -> list[Wx | str]:
        directives = [(k, b) for k, b in attrs.props.items() if k in TEMPLATE_DIRECTIVES]
        if directives:
            key = directives[0][0]
            name = TEMPLATE_DIRECTIVES[key]
            inputs = {k: b.ast for k, b in attrs.props.items()}
            if name not in inputs:
                inputs[name] = inputs.get(key)
            lets = {b.name: b.value for b in attrs.lets}
            return self.directive(name, inputs, lets, lambda e: self.view(el.children, e), env, directives[0][1].attr)
        if "ngSwitchDefault" in attrs.static:
            return self.directive("ngSwitchDefault", {}, {}, lambda e: self.view(el.children, e), env,
                                  attrs.static["ngSwitchDefault"].attr)
        if attrs.refs:
            return []  # a named template renders where it is used
        if env.overlay:
            return self.view(el.children, env)
        self.note_once("PWX105", f"ng-template:{el.line}", "<ng-template> without a reference is not rendered "
                       "(as in Angular)", el)
        return []

    def ng_container(self, el: Element, attrs: Attrs, env: Env) -> list[Wx | str]:
        if "ngTemplateOutlet" in attrs.props:
            b = attrs.props["ngTemplateOutlet"]
            ctx = attrs.props.get("ngTemplateOutletContext")
            return self.outlet(b.ast, ctx.ast if ctx else None, env, b.attr)
        if "ngSwitch" in attrs.props:
            return self.ng_switch(el, attrs.props["ngSwitch"], env)
        for name, b in attrs.props.items():
            self.diag("PWX104", f"[{name}] on <ng-container> is not converted: its content is rendered as is",
                      b.attr.line, b.attr.col, hint="use @if/@for/@switch, or the i18nPlural pipe for [ngPlural]")
        return [Wx("block", {}, self.nodes(el.children, env))]

    def ng_switch(self, el: Element, subject: Binding, env: Env) -> list[Wx | str]:
        """The children of an [ngSwitch] element, in place; each *ngSwitchCase below it (at any depth, up to a
        nested [ngSwitch]) shows when it equals the subject, each *ngSwitchDefault when none does."""
        if subject.ast is None:
            return []
        t = self.render_fn.temp()
        self.where_attr = subject.attr
        self.render.line(f"{t} = {self.js(subject.ast, env.scope)};")
        cases = [self.errors.parse(attr, attr.value or "") for attr in switch_cases(el.children)]
        unmatched = " && ".join(f"{t} !== {self.js(value, env.scope)}" for value in cases if value is not None)
        return self.nodes(el.children, replace(env, switch=Switch(t, unmatched or "true")))

    def ng_content(self, el: Element, attrs: Attrs, env: Env) -> list[Wx | str]:
        if self.ctx.role != "component":
            self.note_once("PWX105", "ng-content", "<ng-content> in a page has nothing to project: not rendered", el)
            return []
        select = attrs.static_value("select")
        slot = Wx("slot")
        if select:
            slot.attrs["name"] = slot_name(select)
        return [slot]

    # ---- child components --------------------------------------------------------------------------

    def custom_component(self, el: Element, attrs: Attrs, child, env: Env) -> list[Wx | str]:
        tag = el.tag.lower()
        path = self.ctx.component_path(child)
        self.using[tag] = path
        wx = Wx(tag)
        handler = Handler(custom=True)
        self.decorate(wx, el, attrs, Tag(), env, handler)
        self.events(el, attrs, Tag(), env, handler)
        ref = next((r for r in attrs.refs if not r.value), None)
        if ref is not None:  # `#name` is the child's instance: it tells its owner under this name (runtime)
            wx.attrs["data-ref"] = ref.name
        for name, b in attrs.two_way.items():
            if b.ast is None:
                continue
            if name == "ngModel":
                self.diag("PWX104", f"[(ngModel)] on <{tag}> (a custom form control) is not converted",
                          b.attr.line, b.attr.col, hint="bind an @Input and an @Output instead")
                continue
            ref = self.bound(b, env.scope, "prop")
            if ref is not None:
                wx.attrs[input_attribute(name)] = ref
            handler.add(name + "Change", A.Assign(0, 0, b.ast, "=", A.PropertyRead(0, 0, A.ImplicitReceiver(0, 0),
                                                                                      "$event")))
        self.attach(wx, handler, env.scope, el)
        selects = self.slots_of(child)
        wx.children = self.nodes(el.children, replace(env, slots=tuple((s, slot_name(s)) for s in selects)))
        return [wx]

    def slots_of(self, child) -> list[str]:
        """The ng-content select values of a child component's template (cached)."""
        if child.key not in self.slot_cache:
            selects: list[str] = []
            if child.template is not None:
                nodes, _ = parse_template(child.template.text, child.template.file)
                for el in elements(nodes):
                    if el.tag.lower() == "ng-content":
                        sel = next((a.value for a in el.attrs if a.name == "select" and a.value), None)
                        if sel:
                            selects.append(sel)
            self.slot_cache[child.key] = selects
        return self.slot_cache[child.key]

    def project_slot(self, out: list[Wx | str], el: Element, attrs: Attrs, env: Env) -> list[Wx | str]:
        """Children of a custom component that match an ``<ng-content select>`` get ``slot="name"``."""
        if not env.slots:
            return out
        target = attrs.static_value("ngProjectAs")
        for select, name in env.slots:
            if matches(select, el, attrs, target):
                for node in out:
                    if isinstance(node, Wx):
                        node.attrs["slot"] = name
                break
        return out

    # ---- page facts -------------------------------------------------------------------------------

    def title_element(self, nodes: list[Node]) -> Element | None:
        """The ion-title of a page's top ion-header: the native navigation bar shows its text."""
        if self.ctx.role != "page":
            return None
        header = next((n for n in nodes if isinstance(n, Element) and n.tag == "ion-header"), None)
        return next((e for e in elements(header.children) if e.tag == "ion-title"), None) if header else None

    def native_bar_elements(self, nodes: list[Node]) -> set[int]:
        """What WeChat's native navigation bar already shows: the page title, its toolbar when that holds
        nothing else (a back button is native too), and the header when that toolbar was all it held."""
        title = self.title_element(nodes)
        if title is None:
            return set()
        dropped = {id(title)}
        header = next(n for n in nodes if isinstance(n, Element) and n.tag == "ion-header")
        for toolbar in (e for e in elements(header.children) if e.tag == "ion-toolbar"):
            inner = list(elements(toolbar.children))
            if title in inner and all(e.tag in TITLE_ONLY_TOOLBAR for e in inner) and not any(
                    e.tag == "ion-buttons" and any(c.tag != "ion-back-button" for c in elements(e.children))
                    for e in inner):
                dropped.add(id(toolbar))
                if [e for e in elements(header.children) if e.tag == "ion-toolbar"] == [toolbar]:
                    dropped.add(id(header))
        return dropped

    def page_title(self, nodes: list[Node]) -> str | None:
        """The static title text (for the page's JSON); a title with {{ }} is set at runtime (h.title)."""
        title = self.title_element(nodes)
        if title is None or any("{{" in t.value for t in texts(title.children)):
            return None
        return text_content(title.children) or None

    def runtime_title(self, nodes: list[Node]) -> None:
        """``<ion-title>{{ name }}</ion-title>``: the render function hands the text to wx.setNavigationBarTitle
        (a function, so a title reading a value that is not loaded yet does not stop the render)."""
        title = self.title_element(nodes)
        if title is None or not any("{{" in t.value for t in texts(title.children)):
            return
        fn = Fn()
        body = self.text_js(title.children, Scope(s="s0"), fn)
        self.render.line("h.title(function () { " + " ".join(filter(None, [fn.declaration(), f"return {body};"]))
                         + " });")


# ---- module helpers ---------------------------------------------------------------------------------

WX_EVENT_NAME = re.compile(r"[A-Za-z_][\w-]*")  # what `bind:<name>` and a component's property take
TEMPLATE_DIRECTIVES = {"ngIf": "ngIf", "ngForOf": "ngFor", "ngTemplateOutlet": "ngTemplateOutlet",
                       "ngSwitchCase": "ngSwitchCase"}
# A page toolbar made only of these is what the native navigation bar shows (title, back button).
TITLE_ONLY_TOOLBAR = frozenset({"ion-title", "ion-buttons", "ion-back-button"})
LOOP_VAR_ALIASES = {"$implicit": "$implicit", "ngForOf": "$implicit"}


class _Nothing:
    pass


NOTHING = _Nothing()


def input_attribute(name: str) -> str:
    """The WXML attribute that sets a custom component's input: WeChat maps ``program-label`` onto the property
    ``programLabel``, and takes no ``$`` in either (runtime/index.js names the property the same way)."""
    return kebab(name.replace("$", "_"))


def switch_cases(nodes: list[Node]) -> list[Attribute]:
    """The *ngSwitchCase / [ngSwitchCase] attributes under an [ngSwitch] element, nested switches excluded."""
    def enter(node: Node) -> bool:
        return not (isinstance(node, Element) and node.attr("[ngSwitch]") is not None)

    return [a for el in elements(nodes, enter) for a in el.attrs if a.name in ("*ngSwitchCase", "[ngSwitchCase]")]


def literal(node: A.AST | None):
    """The constant value of a literal expression (``'primary'``, ``true``, ``3``), else NOTHING."""
    if isinstance(node, A.LiteralPrimitive) and node.value is not A.UNDEFINED:
        return node.value
    if isinstance(node, A.Unary) and node.op == "-" and isinstance(node.expression, A.LiteralPrimitive) and \
            isinstance(node.expression.value, (int, float)) and not isinstance(node.expression.value, bool):
        return -node.expression.value
    return NOTHING


def js_value(v) -> str:
    if v is True or v is False:
        return "true" if v else "false"
    return str(v)


def js_display(v) -> str:
    """How Angular interpolation shows a constant (null → '')."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return js_value(v)


def convert(code: str, conv: str) -> str:
    if conv == "bool":
        return f"!!{paren(code)}"
    if conv == "str":
        return f"h.s({code})"
    if conv == "url":
        return f"h.url({code})"
    if conv == "prop":
        return f"h.prop({code})"
    return code


def paren(code: str) -> str:
    return code if re.fullmatch(r"[\w$.]+|\(.*\)", code) and code.count("(") == code.count(")") else f"({code})"


def look_id(value: str) -> str:
    return class_name("id-" + value)


def look_classes(name: str, value: str | None) -> list[str]:
    out = [look_class(name, value)]
    if kebab(name) == "color" and value:
        out += ["ion-color", f"ion-color-{value}"]
    return out


def wrap(content: list[Wx | str], directive: str, test: str | None) -> list[Wx | str]:
    """Put wx:if/wx:elif/wx:else on the single element of ``content``, or on a <block> around it."""
    attrs = {directive: test} if test is not None else {directive: None}
    return wrap_attrs(content, attrs)


def wrap_attrs(content: list[Wx | str], attrs: dict[str, str | None]) -> list[Wx | str]:
    if len(content) == 1 and isinstance(content[0], Wx) and not any(k.startswith("wx:") for k in content[0].attrs) \
            and "slot" not in content[0].attrs:
        node = content[0]
        node.attrs = {**attrs, **node.attrs}
        return [node]
    return [Wx("block", dict(attrs), content)]


def connected_blocks(node: Block, items: list[Node], i: int) -> tuple[list[Block], int]:
    """The @else/@else if (after @if) or @empty (after @for) blocks that follow ``node``."""
    follow = {"if": ("else if", "else"), "for": ("empty",), "defer": ("placeholder", "loading", "error")}.get(node.name)
    connected: list[Block] = []
    if not follow:
        return connected, i
    j = i
    while j < len(items):
        n = items[j]
        if isinstance(n, Text) and is_blank(n.value):
            j += 1
            continue
        if isinstance(n, Block) and n.name in follow:
            connected.append(n)
            j += 1
            i = j
            if n.name == "else":
                break
            continue
        break
    return connected, i


def stops_propagation(node: A.AST) -> bool:
    return any(isinstance(n, A.Call) and isinstance(n.receiver, A.PropertyRead) and
               n.receiver.name == "stopPropagation" and isinstance(n.receiver.receiver, A.PropertyRead) and
               n.receiver.receiver.name == "$event" for n in A.walk(node))


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


def slot_name(select: str) -> str:
    """A WXML slot name for an ``<ng-content select>``: ``[slot=start]`` → ``slot-start``."""
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", select).strip("-")
    return name or "default"


def matches(select: str, el: Element, attrs: Attrs, project_as: str | None) -> bool:
    """Whether ``el`` matches a simple CSS selector list (tag, .class, [attr], [attr=value])."""
    if project_as:
        return any(project_as.strip() == s.strip() for s in select.split(","))
    classes = (attrs.static_value("class") or "").split()
    for sel in select.split(","):
        m = re.fullmatch(r"\s*([A-Za-z][\w-]*)?((?:\.[\w-]+|\[[^\]]+\])*)\s*", sel)
        if m is None:
            continue
        tag, rest = m.group(1), m.group(2)
        if tag and tag.lower() != el.tag.lower():
            continue
        ok = True
        for part in re.findall(r"\.[\w-]+|\[[^\]]+\]", rest):
            if part.startswith("."):
                ok = ok and part[1:] in classes
            else:
                name, _, value = part[1:-1].partition("=")
                value = value.strip("'\"")
                have = attrs.static_value(name.strip())
                ok = ok and have is not None and (not value or have == value)
        if ok and (tag or rest):
            return True
    return False


def compile_view(component, ctx: TemplateContext) -> CompiledView:
    return ViewCompiler(component, ctx).compile()
