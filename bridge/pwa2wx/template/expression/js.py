"""Angular expression AST → ES2017 JavaScript, for the render function and the handler table.

WeChat's older clients (and the project's esprima 4.0.1 gate) know no ``?.`` or ``??``, so both are
lowered with temporaries: ``a?.b.c`` → ``(($t0 = a) == null ? null : $t0.b.c)`` (Angular short-circuits
the whole chain and yields null). Names are resolved by the caller: a template variable reads its scope,
anything else the component.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import cast

from pwa2wx.template.expression import ast as A


def js_string(value: str) -> str:
    """A double-quoted JS string literal (also safe for U+2028/2029, which ES2017 strings reject)."""
    return json.dumps(value, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


class JsGen:
    """Generates one expression at a time; temporaries come from ``temp`` (declared by the caller)."""

    def __init__(self, name: Callable[[str, A.AST, bool], str], pipe: Callable[[A.Pipe, str, list[str]], str],
                 temp: Callable[[], str]):
        self.name = name  # (identifier, node, is_write) -> JS for reading/writing a bare name
        self.pipe = pipe
        self.temp = temp

    def __call__(self, node: A.AST) -> str:
        return self.expr(node)

    def expr(self, node: A.AST) -> str:
        method = getattr(self, "gen_" + type(node).__name__)
        return method(node)

    # ---- leaves ---------------------------------------------------------------------------------

    def gen_EmptyExpr(self, node: A.EmptyExpr) -> str:
        return "undefined"

    def gen_ThisReceiver(self, node: A.ThisReceiver) -> str:
        return "c"

    def gen_ImplicitReceiver(self, node: A.ImplicitReceiver) -> str:
        return "c"

    def gen_LiteralPrimitive(self, node: A.LiteralPrimitive) -> str:
        v = node.value
        if v is A.UNDEFINED:
            return "undefined"
        if v is None:
            return "null"
        if v is True or v is False:
            return "true" if v else "false"
        if isinstance(v, str):
            return js_string(v)
        return repr(v)

    def gen_LiteralArray(self, node: A.LiteralArray) -> str:
        return "[" + ", ".join(self.expr(i) for i in node.items) + "]"

    def gen_LiteralMap(self, node: A.LiteralMap) -> str:
        return "{" + ", ".join(f"{js_string(k)}: {self.expr(v)}" for k, v in zip(node.keys, node.values,
                                                                                   strict=True)) + "}"

    def gen_TemplateLiteral(self, node: A.TemplateLiteral) -> str:
        out = [js_string(node.strings[0])]
        for e, s in zip(node.expressions, node.strings[1:], strict=True):
            out.append(f"String({self.expr(e)})")
            if s:
                out.append(js_string(s))
        return "(" + " + ".join(out) + ")"

    def gen_Interpolation(self, node: A.Interpolation) -> str:
        out = [js_string(node.strings[0])] if node.strings[0] else []
        for e, s in zip(node.expressions, node.strings[1:], strict=True):
            out.append(f"h.s({self.expr(e)})")
            if s:
                out.append(js_string(s))
        return "(" + " + ".join(out) + ")" if len(out) > 1 else out[0]

    # ---- operators --------------------------------------------------------------------------------

    def gen_Binary(self, node: A.Binary) -> str:
        left, right = self.expr(node.left), self.expr(node.right)
        if node.op == "??":
            t = self.temp()
            return f"(({t} = {left}) != null ? {t} : {right})"
        return f"({left} {node.op} {right})"

    def gen_Unary(self, node: A.Unary) -> str:
        sep = " " if node.op in ("typeof", "void") else ""
        return f"({node.op}{sep}{self.expr(node.expression)})"

    def gen_Conditional(self, node: A.Conditional) -> str:
        return f"({self.expr(node.condition)} ? {self.expr(node.true_exp)} : {self.expr(node.false_exp)})"

    def gen_NonNullAssert(self, node: A.NonNullAssert) -> str:
        return self.expr(node.expression)

    def gen_Pipe(self, node: A.Pipe) -> str:
        return self.pipe(node, self.expr(node.expression), [self.expr(a) for a in node.args])

    def gen_Chain(self, node: A.Chain) -> str:
        return "(" + ", ".join(self.expr(e) for e in node.expressions) + ")"

    def gen_Assign(self, node: A.Assign) -> str:
        target = node.target
        if isinstance(target, A.PropertyRead) and isinstance(target.receiver, A.ImplicitReceiver):
            lhs = self.name(target.name, target, True)
        elif isinstance(target, A.PropertyRead):
            lhs = f"{self.expr(target.receiver)}.{target.name}"
        else:
            keyed = cast(A.KeyedRead, target)  # (assignable: a property or keyed read)
            lhs = f"{self.expr(keyed.receiver)}[{self.expr(keyed.key)}]"
        value = self.expr(node.value)
        if node.op in ("&&=", "||=", "??="):  # ES2021: lower to a conditional assignment
            read = self.expr(target)
            test = {"&&=": read, "||=": f"!{read}", "??=": f"{read} == null"}[node.op]
            return f"({test} ? ({lhs} = {value}) : {read})"
        return f"({lhs} {node.op} {value})"

    # ---- member chains (with ?. lowering) ---------------------------------------------------------

    def gen_PropertyRead(self, node: A.PropertyRead) -> str:
        return self.chain(node)

    def gen_KeyedRead(self, node: A.KeyedRead) -> str:
        return self.chain(node)

    def gen_Call(self, node: A.Call) -> str:
        return self.chain(node)

    def chain(self, node: A.AST) -> str:
        links: list[A.AST] = []
        base = node
        while isinstance(base, (A.PropertyRead, A.KeyedRead, A.Call, A.NonNullAssert)):
            if isinstance(base, A.PropertyRead) and isinstance(base.receiver, A.ImplicitReceiver):
                break
            links.append(base)
            base = base.expression if isinstance(base, A.NonNullAssert) else base.receiver
        links.reverse()
        if isinstance(base, A.PropertyRead) and base.name == "$any" and links and isinstance(links[0], A.Call):
            code = self.expr(links[0].args[0]) if links[0].args else "undefined"  # $any(x) is x
            links = links[1:]
        elif isinstance(base, A.PropertyRead):
            code = self.name(base.name, base, False)
        else:
            code = self.expr(base)
        guards: list[str] = []
        this_of: str | None = None  # the receiver of the last member access (for f?.() keeping `this`)
        for link in links:
            if isinstance(link, A.NonNullAssert):
                continue
            if getattr(link, "safe", False):
                t = self.temp()
                if isinstance(link, A.Call) and this_of is not None:
                    # recv.f?.(): test the function, call it with the receiver as `this`
                    recv = self.temp()
                    member = code[len(this_of):]
                    guards.append(f"({recv} = {this_of}, {t} = {recv}{member}) == null ? null : ")
                    code = f"{t}.call({', '.join([recv, *(self.expr(a) for a in link.args)])})"
                    this_of = None
                    continue
                guards.append(f"({t} = {code}) == null ? null : ")
                code = t
            if isinstance(link, A.PropertyRead):
                this_of = code
                code = f"{code}.{link.name}"
            elif isinstance(link, A.KeyedRead):
                this_of = code
                code = f"{code}[{self.expr(link.key)}]"
            else:
                code = f"{code}({', '.join(self.expr(a) for a in cast(A.Call, link).args)})"
                this_of = None
        if guards:
            return "(" + "".join(guards) + code + ")"
        return code
