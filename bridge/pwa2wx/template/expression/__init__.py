"""Angular template expressions: lexer, parser (bindings, actions, microsyntax) and JS generation."""

from pwa2wx.template.expression.js import JsGen, js_string
from pwa2wx.template.expression.parser import (
    ExpressionError,
    interpolation_end,
    parse_action,
    parse_binding,
    parse_template_bindings,
    split_interpolation,
)

__all__ = ["ExpressionError", "JsGen", "interpolation_end", "js_string", "parse_action", "parse_binding",
           "parse_template_bindings", "split_interpolation"]
