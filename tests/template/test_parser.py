"""Lexer + parser, as tables: Angular template text → node tree, and bad input → located errors."""

from __future__ import annotations

import pytest
from harness import compile_html

from pwa2wx.template import Block, Comment, Element, LetDeclaration, Text, parse_template, text_content
from pwa2wx.template.nodes import NodeVisitor, elements, walk
from pwa2wx.template.parser import MAX_DEPTH


def shape(nodes):
    """A compact, comparable form of a node list."""
    out = []
    for n in nodes:
        if isinstance(n, Element):
            out.append((n.tag, {a.name: a.value for a in n.attrs}, shape(n.children)))
        elif isinstance(n, Text):
            out.append(n.value)
        elif isinstance(n, Block):
            out.append(("@" + n.name, n.params, shape(n.children)))
        elif isinstance(n, LetDeclaration):
            out.append(("@let", n.name, n.value))
        elif isinstance(n, Comment):
            out.append(("!--", n.value))
    return out


TREES = [
    # case-sensitive Angular attribute syntax, kept as written
    ('<ion-input [(ngModel)]="x" (ionChange)="f($event)" #ref="ngModel" *ngIf="a; else b" [attr.aria-label]="l" '
     'bind-title="t" required/>',
     [("ion-input", {"[(ngModel)]": "x", "(ionChange)": "f($event)", "#ref": "ngModel", "*ngIf": "a; else b",
                     "[attr.aria-label]": "l", "bind-title": "t", "required": None}, [])]),
    # interpolation may hold < and > (ended early only by something that looks like a tag)
    ("<p>{{ a > b ? '<' : c }} and {{ x < y }}</p>", [("p", {}, ["{{ a > b ? '<' : c }} and {{ x < y }}"])]),
    # entities decoded in text and attribute values; &ngsp; kept as Angular's marker
    ('<p title="a &amp; b">&lt;x&gt; &mdash; &#64;&#x41;</p>', [("p", {"title": "a & b"}, ["<x> — @A"])]),
    # void and self-closing custom elements have no children
    ("<img src=x><br/><app-foo/><ion-icon name='a'></ion-icon>",
     [("img", {"src": "x"}, []), ("br", {}, []), ("app-foo", {}, []), ("ion-icon", {"name": "a"}, [])]),
    # implicit end tags: <p> by a block element, <li> by the next <li>
    ("<p>one<div>two</div><ul><li>a<li>b</ul>",
     [("p", {}, ["one"]), ("div", {}, ["two"]), ("ul", {}, [("li", {}, ["a"]), ("li", {}, ["b"])])]),
    # control flow blocks: connected blocks are siblings, @case is a child of @switch
    ("@if (a) {x} @else if (b) {y} @else {z}",
     [("@if", "a", ["x"]), " ", ("@else if", "b", ["y"]), " ", ("@else", "", ["z"])]),
    ("@for (s of list; track s.id; let i = $index) {<b>{{s}}</b>} @empty {none}",
     [("@for", "s of list; track s.id; let i = $index", [("b", {}, ["{{s}}"])]), " ", ("@empty", "", ["none"])]),
    ("@switch (k) { @case ('a') {A} @default {D} }",
     [("@switch", "k", [" ", ("@case", "'a'", ["A"]), " ", ("@default", "", ["D"]), " "])]),
    ("@defer (on viewport) {<p>x</p>} @placeholder {...}",
     [("@defer", "on viewport", [("p", {}, ["x"])]), " ", ("@placeholder", "", ["..."])]),
    ("@let total = a + b; <p>{{total}}</p>", [("@let", "total", "a + b"), " ", ("p", {}, ["{{total}}"])]),
    # parameters may hold parentheses and quoted semicolons
    ("@if (f(a, 'x;y'); as v) {ok}", [("@if", "f(a, 'x;y'); as v", ["ok"])]),
    # comments, raw text elements
    ("<!-- note --><textarea>a <b> &lt;</textarea>", [("!--", "note"), ("textarea", {}, ["a <b> <"])]),
    # templates written before Angular 17: @ in text and a stray } stay text
    ("mail me@example.com }", ["mail me@example.com }"]),
    # unquoted attribute values; attribute values with interpolation
    ("<a href='/x/{{id}}' class=c>l</a>", [("a", {"href": "/x/{{id}}", "class": "c"}, ["l"])]),
]


@pytest.mark.parametrize("html,expected", TREES, ids=[t[0][:40] for t in TREES])
def test_tree(html, expected):
    nodes, diags = parse_template(html, "t.html")
    assert diags == []
    assert shape(nodes) == expected


def test_positions_are_absolute_for_inline_templates():
    # an inline template starting at line 10, column 15 of the .ts file
    nodes, _ = parse_template("<div>\n  <span [x]=\"y\">t</span></div>", "a.ts", 10, 15)
    div = nodes[0]
    span = div.children[1]
    assert (div.line, div.col) == (10, 15)
    assert (span.line, span.col) == (11, 3)
    assert (span.attrs[0].line, span.attrs[0].col, span.attrs[0].value_line, span.attrs[0].value_col) == \
        (11, 9, 11, 14)


ERRORS = [
    ("<div><span></div>", 1, 12, "Unexpected closing tag \"div\""),
    ("@if (a) { <p>x", 1, 1, 'Unclosed block "if"'),
    ("<div/>", 1, 1, "Only void, custom and foreign elements can be self closed"),
    ("a\n &bogus; b", 2, 2, 'Unknown entity "bogus"'),
    ("<p>\n @if (x {", 2, 2, 'Incomplete block "if"'),
    ("</x>", 1, 1, 'Unexpected closing tag "x"'),
    ("<br></br>", 1, 5, "Void elements do not have end tags"),
    ("@let x = 1", 1, 1, "Incomplete @let declaration"),
    ("<p>{{ a }}</p>\n<!-- open", 2, 10, 'Unexpected character "EOF"'),
]


@pytest.mark.parametrize("html,line,col,message", ERRORS, ids=[e[0][:30] for e in ERRORS])
def test_errors_are_located(html, line, col, message):
    _, diags = parse_template(html, "t.html")
    assert diags, "expected a diagnostic"
    d = diags[0]
    assert (d.file, d.line, d.col, d.code, d.severity) == ("t.html", line, col, "PWX101", "error")
    assert message in d.message


def test_text_content_collapses_whitespace():
    nodes, _ = parse_template("<ion-title>\n  Speakers <b>now</b>\n</ion-title>", "t.html")
    assert text_content(nodes[0].children) == "Speakers now"


def test_nesting_past_the_limit_is_reported_once_and_left_out():
    nodes, diags = parse_template("<div>" * 3000 + "deep" + "</div>" * 3000, "t.html")
    assert [d.code for d in diags] == ["PWX101"] and f"deeper than {MAX_DEPTH}" in diags[0].message
    depth, node = 0, nodes[0]
    while node.children:
        depth, node = depth + 1, node.children[0]
    assert depth == MAX_DEPTH - 1
    view, _ = compile_html("<div>" * 3000 + "deep" + "</div>" * 3000)  # and later stages cope
    assert view.wxml.count("<view") == MAX_DEPTH


def test_every_node_lists_its_children_and_walk_goes_in_document_order():
    nodes, _ = parse_template("<a>x<b/></a>@if (c) {<i></i>}<!-- n -->@let v = 1;", "t.html")
    assert [type(n).__name__ + ":" + getattr(n, "tag", getattr(n, "name", "")) for n in walk(nodes)] == [
        "Element:a", "Text:", "Element:b", "Block:if", "Element:i", "Comment:", "LetDeclaration:v"]
    assert [e.tag for e in elements(nodes, enter=lambda n: not isinstance(n, Block))] == ["a", "b"]


def test_a_node_visitor_calls_the_method_named_after_the_node_class_or_visits_the_children():
    class Tags(NodeVisitor):
        def __init__(self):
            self.seen = []

        def visit_Element(self, node, depth):
            self.seen.append((node.tag, depth))
            for child in node.children:
                self.visit(child, depth + 1)

    nodes, _ = parse_template("@if (c) {<a><b/></a>}<c/>", "t.html")
    tags = Tags()
    for node in nodes:
        tags.visit(node, 0)
    assert tags.seen == [("a", 0), ("b", 1), ("c", 0)]
