"""`pwa2wx check` reads each WXML as a tree (pwa2wx.output.markup): what WeChat's wcc accepts stays accepted,
unless it is plainly broken, which is then a located PWX109 error; every case is run through the real wcc."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pwa2wx.build.convert import convert
from pwa2wx.commands.check import check
from pwa2wx.output import markup, wechat
from tests import needs
from tests.conftest import FIXTURES

# WXML that wcc accepts and XML does not: each one of WXML's own allowances.
ALLOWED = {
    "and in an expression": "<view>{{ a && b }}</view>",
    "less than in an expression": "<view>{{ a < b }}</view>\n<text>{{ n<1 ? 'none' : n }}</text>",
    "a tag in a string in an expression": '<view>{{ "</view>" }}</view>',
    "comparisons in an attribute": '<view hidden="{{ a && b < c }}" class="{{ n > 1 ? \'many\' : \'one\' }}"/>',
    "less than and ampersand in an attribute": '<view title="a < b & c">x</view>',
    "a bare ampersand and entities in text": "<view>Tom & Jerry&nbsp;&copy;&unknown;&#10;&lt;</view>",
    "attributes without a value": '<view hidden>x</view>\n<view wx:if="{{a}}">a</view><view wx:else>b</view>',
    "no space between attributes": '<view a="1"b="2">x</view>',
    "undeclared prefixes": '<view wx:for="{{xs}}" wx:key="*this" bind:tap="t" mark:id="{{item}}" a:b:c="x"/>',
    "several top-level elements and text": '<view>x</view>\ntext at the top\n<import src="/t.wxml"/>',
    "a double hyphen in a comment": "<!-- a -- b -->\n<view>x</view>",
    "spaces in an end tag": "<view>x</  view >",
    "single-quoted values": "<view class='a \"b\"'>x</view>",
    "a greater-than sign in text": "<view>Settings > Privacy, a>b</view>",
    "a wxs body": '<wxs module="m">var ok = 1 < 2 && 3 > 2;\nmodule.exports = { ok: ok };</wxs><view>{{m.ok}}</view>',
    "a repeated attribute with the same value": '<view hidden class="a" class="a" hidden>x</view>',
    "a control character in text": "<view>a\x0bb</view>",
}

# Broken markup wcc lets through: (source, [(line, col, what the message says)]).
BROKEN = {
    "a comment never closed": ("<view>x</view>\n<!-- <view>dropped</view>",
                               [(2, 1, "this comment is never closed")]),
    "an Angular property binding left in text": ('<view>\n  <text>[title]="name"</text></view>',
                                                 [(2, 9, "Angular binding syntax `[title]=`")]),
    "an event binding and a two-way binding left in text": ('<text>(click)= [(ngModel)]="v" *ngIf="c"</text>',
                                                            [(1, 7, "`(click)=`"), (1, 16, "`[(ngModel)]=`"),
                                                             (1, 32, "`*ngIf=`")]),
    "an attribute closing a tag, in text": ('<view>" bindtap="go"></view>',
                                            [(1, 9, 'attribute syntax `bindtap="go">`')]),
    "a stray self-closing tag end": ("<view>x/></view>", [(1, 8, "a stray tag end `/>`")]),
    "one attribute with two values": ('<slider max="5"\n  value="2" value="{{v}}"/>',
                                      [(2, 13, "attribute value is written twice with different values")]),
}

# Broken markup both reject: the tree places it on wcc's line.
REJECTED = {
    "an element closed by another's end tag": "<view>\n  <text>x\n</view>",
    "an end tag with no start": "<view>x</view>\n</view>",
    "an element never closed": "<view>\n<view><text>x</text>",
}


def compiled(tmp_path: Path, source: str) -> wechat.CompileResult:
    (tmp_path / "t.wxml").write_text(source, encoding="utf-8")
    (tmp_path / "t2.wxml").write_text("<view/>", encoding="utf-8")  # <import src="/t.wxml"/> in a case
    return wechat.wcc(tmp_path, ["t.wxml"])


@needs.node
@pytest.mark.parametrize("source", ALLOWED.values(), ids=ALLOWED.keys())
def test_what_wcc_accepts_reads_as_a_tree(tmp_path, source):
    assert compiled(tmp_path, source).ok
    assert markup.read("t.wxml", source) == []


@needs.node
@pytest.mark.parametrize("source,expected", BROKEN.values(), ids=BROKEN.keys())
def test_broken_markup_wcc_lets_through_is_located(tmp_path, source, expected):
    assert compiled(tmp_path, source).ok
    found = markup.read("t.wxml", source)
    assert [(p.line, p.col) for p in found] == [(line, col) for line, col, _ in expected]
    for problem, (_, _, says) in zip(found, expected, strict=True):
        assert says in problem.message


@needs.node
@pytest.mark.parametrize("source", REJECTED.values(), ids=REJECTED.keys())
def test_markup_wcc_rejects_is_found_on_wccs_line(tmp_path, source):
    result = compiled(tmp_path, source)
    found = markup.read("t.wxml", source)
    assert not result.ok and len(found) == 1
    assert found[0].line == result.messages[0].line


def test_tree_errors_say_which_tag():
    assert [(p.line, p.col, p.message) for p in markup.read("t.wxml", "<view>\n  <text>x\n</view>")] == \
        [(3, 1, "</view> does not close <text> (line 2)")]
    assert [(p.line, p.col, p.message) for p in markup.read("t.wxml", "<view>x</view></view>")] == \
        [(1, 15, "</view> closes no open tag")]
    assert [(p.line, p.col, p.message) for p in markup.read("t.wxml", "<a/>\n <view wx:if='{{a}}'>")] == \
        [(2, 2, "<view> is never closed")]


@needs.node
def test_check_reports_broken_markup_located_and_exits_1(tmp_path):
    out = tmp_path / "out"
    convert(FIXTURES / "trailbook", out)
    page = out / "pages/notes/notes.wxml"
    lines = page.read_text(encoding="utf-8").splitlines()
    page.write_text("\n".join([*lines, '<text>[title]="note.title"</text>', "<!-- <view>"]), encoding="utf-8")
    findings = check(out)
    broken = [(d.file, d.line, d.col, d.severity) for d in findings.diagnostics.items if d.code == "PWX109"]
    assert broken == [("pages/notes/notes.wxml", len(lines) + 1, 7, "error"),
                      ("pages/notes/notes.wxml", len(lines) + 2, 1, "error")]
    assert not [d for d in findings.diagnostics.items if d.code == "PWX108"]  # wcc lets both through
    wxml = [p for p in out.rglob("*.wxml") if "miniprogram_npm" not in p.parts]
    assert f"markup: {len(wxml)} WXML files read as trees" in findings.lines
    proc = subprocess.run([sys.executable, "-m", "pwa2wx", "check", str(out)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert f"pages/notes/notes.wxml:{len(lines) + 1}:7: error PWX109: Angular binding syntax" in proc.stdout + \
        proc.stderr
