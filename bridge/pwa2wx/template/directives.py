"""Structural directives (``*ngIf``, ``*ngFor``, ``*ngSwitchCase``, ``*ngTemplateOutlet`` …) and Angular's own
elements (``ng-template``, ``ng-container``, ``[ngSwitch]``): each comes down to a branch or a loop of
:mod:`.flow`, or to a named template expanded where an outlet uses it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pwa2wx.template.attrs import Attrs, Binding
from pwa2wx.template.expression import ExpressionError, js_string, parse_template_bindings
from pwa2wx.template.expression import ast as A
from pwa2wx.template.helpers import h
from pwa2wx.template.nodes import Attribute, Element, Node, elements
from pwa2wx.template.scope import Env, Switch, Sym
from pwa2wx.template.wxml import Wx

if TYPE_CHECKING:
    from pwa2wx.template.compiler import ViewCompiler

# Directives that repeat their template per item, with ngFor's context (index, count, first …): Angular CDK's
# *cdkVirtualFor renders only the rows in view, in its cdk-virtual-scroll-viewport; here every row renders and
# the page scrolls natively. Their inputs are the name + "Of" and + "TrackBy".
LOOPS = ("ngFor", "cdkVirtualFor")
LOOP_DIRECTIVES = {**{name: name for name in LOOPS}, **{name + "Of": name for name in LOOPS}}
LOOP_VAR_ALIASES = {"$implicit": "$implicit", **{name + "Of": "$implicit" for name in LOOPS}}
TEMPLATE_DIRECTIVES = {"ngIf": "ngIf", **{name + "Of": name for name in LOOPS},
                       "ngTemplateOutlet": "ngTemplateOutlet", "ngSwitchCase": "ngSwitchCase"}
# Libraries' directives that show their content with the latest value of an observable as a local (NgRx's
# `*ngrxLet="x$ as x"`, RxAngular's `*rxLet`): what `*ngIf="x$ | async as x"` does once the value is truthy.
LET_DIRECTIVES = frozenset({"ngrxLet", "rxLet"})


class Directives:
    """The directive part of a :class:`~pwa2wx.template.compiler.ViewCompiler`."""

    def __init__(self, c: ViewCompiler) -> None:
        self.c = c
        self.expanding: set[int] = set()  # <ng-template>s being expanded (recursion guard)

    def structural(self, el: Element, attrs: Attrs, env: Env) -> list[Wx | str]:
        b = attrs.structural
        assert b is not None  # (called for an element with a *directive)
        try:
            bindings = parse_template_bindings(b.name, b.value or "")
        except ExpressionError as e:
            self.c.diag("PWX102", f"{e.message} in [{b.value}]", *self.c.errors.at(b.attr, e.offset))
            return []
        inputs = {x.key: x.value for x in bindings if isinstance(x, A.ExpressionBinding)}
        lets = {x.name: x.value for x in bindings if isinstance(x, A.VariableBinding)}
        stripped = Element(el.tag, [a for a in el.attrs if a is not b.attr], el.children, el.line, el.col,
                           el.self_closing)
        return self.directive(b.name, inputs, lets, lambda e: self.c.flow.view([stripped], e), env, b.attr)

    def directive(self, name: str, inputs: dict[str, A.AST | None], lets: dict[str, str], body, env: Env,
                  attr) -> list[Wx | str]:
        """A structural directive on a template: ngIf, ngFor, ngTemplateOutlet; others render eagerly."""
        self.c.where_attr = attr
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
            return self.c.flow.conditional(branches, env)
        if name in LET_DIRECTIVES:
            value = inputs.get(name)
            if value is None:
                return []
            alias = next((k for k, v in lets.items() if v in (name, "$implicit")), None)
            self.c.note_once("PWX105", name, f"*{name} shows its content once the value is truthy, as *ngIf with "
                             "the async pipe does", attr)
            return self.c.flow.conditional([(A.Pipe(value.start, value.end, value, "async"), alias, body)], env)
        if name in LOOP_DIRECTIVES:
            name = LOOP_DIRECTIVES[name]
            items = inputs.get(name + "Of")
            if items is None:
                self.c.diag("PWX101", f"*{name} needs \"let item of items\"", attr.line, attr.col)
                return []
            if name == "cdkVirtualFor":
                self.c.note_once("PWX105", name, "*cdkVirtualFor renders every item, not only those in view: the "
                                 "page scrolls natively", attr)
            track_fn = None
            track_by = inputs.get(name + "TrackBy")
            if track_by is not None:
                track_fn = self.c.exprs.js(track_by, env.scope)
            lets = {k: LOOP_VAR_ALIASES.get(v, v) for k, v in lets.items()}
            return self.c.flow.loop(self.c.exprs.js(items, env.scope), lets, None, body, env, track_fn=track_fn)
        if name == "virtualItem":
            if env.virtual_items is None:
                self.c.diag("PWX101", "*virtualItem outside an <ion-virtual-scroll [items]>", attr.line, attr.col)
                return []
            lets = {k: LOOP_VAR_ALIASES.get(v, v) for k, v in lets.items()}
            return self.c.flow.loop(self.c.exprs.js(env.virtual_items, env.scope), lets, None, body,
                                    replace(env, virtual_items=None))
        if name in ("virtualHeader", "virtualFooter"):
            self.c.note_once("PWX105", name, f"*{name} (ion-virtual-scroll's headerFn/footerFn rows) is not "
                             "rendered", attr)
            return []
        if name == "ngTemplateOutlet":
            return self.outlet(inputs.get("ngTemplateOutlet"), inputs.get("ngTemplateOutletContext"), env, attr)
        if name in ("ngSwitchCase", "ngSwitchDefault"):
            if env.switch is None:
                self.c.diag("PWX101", f"*{name} outside an [ngSwitch] element", attr.line, attr.col)
                return []
            case = inputs.get("ngSwitchCase")
            if name == "ngSwitchDefault":
                return self.c.flow.conditional([(env.switch.unmatched, None, body)], env)
            if case is None:
                return []
            test = f"{env.switch.subject} === {self.c.exprs.js(case, env.scope)}"
            return self.c.flow.conditional([(test, None, body)], env)
        made = self.made(name, inputs, lets, body, env)
        if made is not None:
            return made
        if lets:
            self.c.diag("PWX104", f"structural directive *{name} is not converted: its content is not rendered, as "
                        f"its variables ({', '.join(lets)}) have no values here", attr.line, attr.col,
                        hint="use @if/@for or *ngIf/*ngFor, or compute the values in the component")
            return []
        self.c.diag("PWX104", f"structural directive *{name} is not converted: its content is rendered always",
                    attr.line, attr.col, hint="use @if/@for or *ngIf/*ngFor, or compute the condition in the component")
        return body(env)

    def made(self, name: str, inputs: dict[str, A.AST | None], lets: dict[str, str], body,
             env: Env) -> list[Wx | str] | None:
        """``*name`` of the app's own structural directive, or of a library's (Transloco's ``*transloco="let t"``):
        made at run time with its template and a ViewContainerRef (view/directives.js), its content rendered once for
        each view it makes of it, its ``let`` variables read from that view's context. None when no directive of the
        app's or of its libraries names it."""
        project = self.c.ctx.project
        names = {name, *inputs}
        own = project.attribute_directives("ng-template", names)
        if not own and not names & project.directive_attributes.keys():
            return None
        site = self.c.count("directive")
        props = ", ".join(f"{js_string(key)}: {self.c.exprs.js(value, env.scope)}" for key, value in inputs.items()
                          if value is not None)
        spec = (f'{{tag: "ng-template", name: {js_string(name)}, '
                f'own: [{", ".join(str(self.c.directive_index(o)) for o in own)}], attrs: {{}}, props: {{{props}}}}}')
        return self.c.flow.loop(h("structural", env.scope.s, str(site), spec), lets, None, body, env, contexts=True)

    def template_ref(self, node: A.AST | None, env: Env, attr):
        """The compile function of an ``<ng-template #t>`` named by ``node`` (None when absent)."""
        if node is None:
            return None
        if isinstance(node, A.PropertyRead) and isinstance(node.receiver, A.ImplicitReceiver):
            sym = env.scope.names.get(node.name)
            if sym is not None and sym.kind == "template":
                tpl = sym.node
                assert tpl is not None  # (a template symbol has its <ng-template>)
                return lambda e: self.c.flow.view(tpl.children, e)
        self.c.diag("PWX104", "only a template reference (#name on an <ng-template>) is supported here",
                    attr.line, attr.col)
        return lambda e: []

    def outlet(self, tpl: A.AST | None, context: A.AST | None, env: Env, attr) -> list[Wx | str]:
        if tpl is None:
            return []
        sym = env.scope.names.get(tpl.name) if isinstance(tpl, A.PropertyRead) and \
            isinstance(tpl.receiver, A.ImplicitReceiver) else None
        if sym is None or sym.kind != "template":
            self.c.diag("PWX104", "ngTemplateOutlet needs a template reference (#name on an <ng-template>)",
                        attr.line, attr.col)
            return []
        if id(sym.node) in self.expanding:
            self.c.diag("PWX104", "recursive ngTemplateOutlet is not converted", attr.line, attr.col)
            return []
        scope = env.scope.child()
        if sym.lets:
            ctx_key = self.c.key("$context")
            self.c.where_attr = attr
            code = self.c.exprs.js(context, env.scope) if context is not None else "{}"
            self.c.render.line(f"{env.scope.s}.{ctx_key} = {code} || {{}};")
            for local, key in sym.lets.items():
                scope.names[local] = Sym(f"{{s}}.{ctx_key}[{js_string(key)}]")
        assert sym.node is not None  # (a template symbol has its <ng-template>)
        self.expanding.add(id(sym.node))
        out = self.c.flow.view(sym.node.children, replace(env, scope=scope))
        self.expanding.discard(id(sym.node))
        return out

    def ng_template(self, el: Element, attrs: Attrs, env: Env) -> list[Wx | str]:
        directives = [(k, b) for k, b in attrs.props.items() if k in TEMPLATE_DIRECTIVES or k in LET_DIRECTIVES]
        if directives:
            key = directives[0][0]
            name = TEMPLATE_DIRECTIVES.get(key, key)
            inputs = {k: b.ast for k, b in attrs.props.items()}
            if name not in inputs:
                inputs[name] = inputs.get(key)
            lets = {b.name: b.value or "$implicit" for b in attrs.lets}  # (read_attrs gives each a value)
            return self.directive(name, inputs, lets, lambda e: self.c.flow.view(el.children, e), env,
                                  directives[0][1].attr)
        if "ngSwitchDefault" in attrs.static:
            return self.directive("ngSwitchDefault", {}, {}, lambda e: self.c.flow.view(el.children, e), env,
                                  attrs.static["ngSwitchDefault"].attr)
        if "swiperSlide" in attrs.static:  # a slide of swiper/angular's <swiper>: its content, as Swiper renders it
            scope = env.scope.child()
            for b in attrs.lets:  # (let-data: the slide's state, which WeChat's swiper does not give)
                scope.names[b.name] = Sym("{}")
            return [Wx("swiper-item", {}, self.c.flow.view(el.children, replace(env, scope=scope)))]
        if attrs.refs:
            return []  # a named template renders where it is used
        if env.overlay:
            return self.c.flow.view(el.children, env)
        self.c.note_once("PWX105", f"ng-template:{el.line}", "<ng-template> without a reference is not rendered "
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
            self.c.diag("PWX104", f"[{name}] on <ng-container> is not converted: its content is rendered as is",
                        b.attr.line, b.attr.col, hint="use @if/@for/@switch, or the i18nPlural pipe for [ngPlural]")
        return [Wx("block", {}, self.c.flow.nodes(el.children, env))]

    def ng_switch(self, el: Element, subject: Binding, env: Env) -> list[Wx | str]:
        """The children of an [ngSwitch] element, in place; each *ngSwitchCase below it (at any depth, up to a
        nested [ngSwitch]) shows when it equals the subject, each *ngSwitchDefault when none does."""
        if subject.ast is None:
            return []
        t = self.c.render_fn.temp()
        self.c.where_attr = subject.attr
        self.c.render.line(f"{t} = {self.c.exprs.js(subject.ast, env.scope)};")
        cases = [self.c.errors.parse(attr, attr.value or "") for attr in switch_cases(el.children)]
        unmatched = " && ".join(f"{t} !== {self.c.exprs.js(value, env.scope)}" for value in cases if value is not None)
        return self.c.flow.nodes(el.children, replace(env, switch=Switch(t, unmatched or "true")))


def switch_cases(nodes: list[Node]) -> list[Attribute]:
    """The *ngSwitchCase / [ngSwitchCase] attributes under an [ngSwitch] element, nested switches excluded."""
    def enter(node: Node) -> bool:
        return not (isinstance(node, Element) and node.attr("[ngSwitch]") is not None)

    return [a for el in elements(nodes, enter) for a in el.attrs if a.name in ("*ngSwitchCase", "[ngSwitchCase]")]
