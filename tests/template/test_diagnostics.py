"""Bad or unsupported template input → a located diagnostic with a stable code (and what the output does
instead), never a traceback."""

from __future__ import annotations

import random

import pytest
from harness import Project, compile_html, component
from test_constructs import CASES

# (Angular input, code, line, col, severity, message fragment); the template starts at line 1, column 1
DIAGNOSTICS = [
    ('<p (click)="open(">x</p>', "PWX102", 1, 18, "error", "Unexpected end of expression"),
    ("<p>\n  {{ a + }}</p>", "PWX102", 2, 10, "error", "Unexpected end of expression"),
    ("<ion-header><ion-toolbar><ion-title>\n  {{ a + }}</ion-title></ion-toolbar></ion-header>", "PWX102", 2, 10,
     "error", "Unexpected end of expression"),  # a page title (chrome.py), at the expression too
    ('<p [hidden]="a = 1">x</p>', "PWX102", 1, 16, "error", "Bindings cannot contain assignments"),
    ('<ion-input [(ngModel)]="a + b"></ion-input>', "PWX102", 1, 25, "error", "two-way binding"),
    ("@for (x in xs) { y }", "PWX101", 1, 1, "error", '"let x of items" form'),
    ("@for (x of xs) { y }", "PWX101", 1, 1, "error", '"track" expression'),
    ("@if (a) {", "PWX101", 1, 1, "error", 'Unclosed block "if"'),
    ("<div><span></div>", "PWX101", 1, 12, "error", "Unexpected closing tag"),
    ("@case (1) { x }", "PWX101", 1, 1, "error", "@case block without"),
    ('<p *ngSwitchCase="1">x</p>', "PWX101", 1, 4, "error", "outside an [ngSwitch]"),
    ("<p>{{ v | nope }}</p>", "PWX104", 1, 11, "warning", "pipe 'nope' is neither the app's nor Angular's"),
    ('<div (dragstart)="x()"></div>', "PWX104", 1, 6, "warning", "event (dragstart) on <div> is not converted"),
    ('<button (chooseavatar)="x()"></button>', "PWX104", 1, 9, "warning",
     "event (chooseavatar) on <button> is not converted"),  # only a button with open-type fires it
    ('<img [bogus]="1">', "PWX104", 1, 6, "warning", "binding [bogus] on <img> is not converted"),
    ('<p *appRole="admin">x</p>', "PWX104", 1, 4, "warning", "structural directive *appRole"),
    ('<a href="https://example.com">x</a>', "PWX105", 1, 1, "info", "external link"),
    ("<iframe src='x'></iframe>", "PWX104", 1, 1, "warning", "<iframe> has no mini-program equivalent"),
    ("<x-chart></x-chart>", "PWX103", 1, 1, "warning", "unknown element <x-chart>"),
    ("<mat-card></mat-card>", "PWX103", 1, 1, "warning", "<mat-card>: Angular Material's, which draws in the DOM"),
    ('<div [innerHTML]="html"></div>', "PWX106", 1, 6, "warning", "rich-text"),
    ("<ion-icon name='missing-star'></ion-icon>", "PWX107", 1, 1, "warning", "'missing-star'"),
    ("@defer { <p>x</p> }", "PWX105", 1, 1, "info", "rendered at once"),
    ("<ion-back-button></ion-back-button>", "PWX105", 1, 1, "info", "native navigation bar"),
    ("<ion-item-sliding></ion-item-sliding>", "PWX105", 1, 1, "info", "a swipe opens or closes its options"),
    ("<ion-datetime></ion-datetime>", "PWX105", 1, 1, "info", "picked as a date only"),
    ('<ion-select multiple="true"></ion-select>', "PWX105", 1, 1, "info", "selects one value"),
    ('<div [@fade]="s">x</div>', "PWX105", 1, 1, "info", "animations"),
    ("<p>{n, plural, =0 {<b>none</b>} other {many}}</p>", "PWX104", 1, 4, "warning", "ICU message"),
    ('<ng-container [ngPlural]="n"></ng-container>', "PWX104", 1, 15, "warning", "[ngPlural] on <ng-container>"),
]


@pytest.mark.parametrize("html,code,line,col,severity,fragment", DIAGNOSTICS, ids=[d[0][:40] for d in DIAGNOSTICS])
def test_diagnostic(html, code, line, col, severity, fragment):
    _, diags = compile_html(html)
    found = [d for d in diags.items if d.code == code]
    assert found, [f"{d.code} {d.message}" for d in diags.items]
    d = found[0]
    assert (d.file, d.line, d.col, d.severity) == ("src/app/test.html", line, col, severity)
    assert fragment in d.message


def test_positions_of_inline_templates_are_in_the_ts_file():
    comp = component("<div>\n  <p (click)=\"go(\">x</p></div>", file="src/app/a.component.ts", line=12, col=16,
                     inline=True)
    _, diags = compile_html("", comp=comp)
    d = diags.items[0]
    assert (d.file, d.line, d.col, d.code) == ("src/app/a.component.ts", 13, 18, "PWX102")


def test_an_unknown_element_is_reported_once_per_template():
    """prawin3337/society-web's templates gave PWX103 for each of their 21 <mat-label>s: it is said once a tag."""
    _, diags = compile_html("<mat-form-field><mat-label>a</mat-label></mat-form-field>"
                            "<mat-form-field><mat-label>b</mat-label></mat-form-field><x-y></x-y><x-y></x-y>")
    assert [(d.code, d.message.split(":")[0]) for d in diags.items if d.code == "PWX103"] == [
        ("PWX103", "unknown element <mat-form-field>"), ("PWX103", "unknown element <mat-label>"),
        ("PWX103", "unknown element <x-y>")]


def test_refresher_in_a_component_is_reported():
    _, diags = compile_html("<ion-refresher (ionRefresh)='r()'></ion-refresher>", role="component")
    assert [d.code for d in diags.items] == ["PWX104"]


def test_ng_model_on_a_custom_control_is_reported():
    child = component("<p>x</p>", name="Rating", selector="app-rating", file="src/app/rating.html")
    _, diags = compile_html("", project=Project(components={"r": child}),
                            comp=component('<app-rating [(ngModel)]="stars"></app-rating>'))
    assert [(d.code, d.col) for d in diags.items] == [("PWX104", 13)]


def test_mangled_templates_never_raise():
    """Random cuts, duplications and stray Angular syntax in the table's inputs: diagnostics, no exception."""
    rng = random.Random(20240601)
    sources = [c.sections["angular"] for c in CASES]
    tokens = ["<", ">", "/", "{{", "}}", "@if (", "@for (", "} ", "@else ", '*ngIf="', '[(ngModel)]="', '(click)="',
              "<ng-template #t>", "<ng-container *ngTemplateOutlet=\"t\">", "&#", "?.", "??", "| async", "@let x = ",
              "<ion-select>", "<form #f=\"ngForm\">", '"', "'", ";", ")", "("]
    for _ in range(400):
        text = list(rng.choice(sources))
        for _ in range(rng.randint(1, 6)):
            pos = rng.randrange(len(text) + 1)
            roll = rng.random()
            if roll < 0.5:
                text[pos:pos] = list(rng.choice(tokens))
            elif roll < 0.8:
                del text[pos:pos + rng.randint(1, 15)]
            else:
                start = rng.randrange(len(text) + 1)
                text[pos:pos] = text[start:start + rng.randint(1, 30)]
        compile_html("".join(text))
