"""Child components become WeChat custom components: inputs → kebab-case properties (objects as identity
tokens), outputs and [(x)] → bind:name events, <ng-content select> → named slots the parent fills."""

from __future__ import annotations

import pytest
from harness import Project, compile_html, component, non_plain, run, wcc_compile

from tests import needs

CARD = component('<div class="card"><ng-content select="[slot=title]"></ng-content><ng-content select="ion-note">'
                 "</ng-content><ng-content></ng-content></div>"
                 '<ion-button (click)="picked.emit(item)">Pick</ion-button>',
                 name="CardComponent", selector="app-card", file="src/app/card/card.component.html")
PAGE = component('<app-card *ngFor="let it of items" [item]="it" title="T" [(value)]="val" (picked)="chosen = $event"'
                 ' color="primary"><h2 slot="title">{{ it.name }}</h2><ion-note>n</ion-note><p>body</p></app-card>')
PROJECT = Project(components={"card": CARD})


@pytest.fixture(scope="module")
def compiled():
    page, page_diags = compile_html("", project=PROJECT, comp=PAGE)
    card, card_diags = compile_html("", role="component", project=PROJECT, comp=CARD)
    result = wcc_compile({"pages/p/p.wxml": page, "components/cardcomponent/cardcomponent.wxml": card})
    assert result.ok and not result.messages, result.messages
    assert page_diags.items == [] and card_diags.items == []
    return page, card, result.output


def test_parent_wxml(compiled):
    page, _, _ = compiled
    assert page.using_components == {"app-card": "/components/cardcomponent/cardcomponent"}
    assert page.wxml == (
        '<app-card wx:for="{{l0}}" wx:for-item="x1" wx:for-index="i1" title="T" color="primary" item="{{x1.v0}}" '
        'class="app-card a-color-primary ion-color ion-color-primary" value="{{x1.v1}}" '
        'bind:picked="$on" bind:valueChange="$on" data-h="0" data-p="l0.{{i1}}">\n'
        '  <view class="h5-h2 a-slot-title" slot="slot-title">{{x1.v2}}</view>\n'
        '  <view class="ion-note" slot="ion-note">n</view>\n'
        '  <view class="h5-p">body</view>\n'
        "</app-card>\n")
    assert non_plain(page.wxml) == []


def test_child_slots(compiled):
    _, card, _ = compiled
    assert card.wxml.startswith('<view class="h5-div card">\n  <slot name="slot-title"/>\n  <slot name="ion-note"/>\n'
                                "  <slot/>\n</view>")


@needs.node
def test_inputs_keep_identity_and_outputs_run_handlers(compiled):
    page, _, wcc_js = compiled
    state = "{items: [{name: 'A'}, {name: 'B'}], val: 1, chosen: null}"
    events = [{"h": 0, "p": "l0.1", "type": "picked", "detail": {"name": "B"}},
              {"h": 0, "p": "l0.0", "type": "valueChange", "detail": 7}]
    out = run([{"view": page, "state": state, "events": events, "page": "pages/p/p.wxml"}], wcc_js)[0]
    first, second = out["vm"]["l0"]
    assert first["v0"].startswith("$pwx:ref:") and first["v0"] != second["v0"]
    assert first["v1"] == 1 and first["v2"] == "A"
    assert out["state"]["chosen"] == {"name": "B"} and out["state"]["val"] == 7


@pytest.mark.parametrize("binding, attribute", [
    ('[open]="false"', 'open="{{false}}"'),  # not "false", a string the child would take as true
    ('[count]="3"', 'count="{{3}}"'),
    ("[label]=\"'Hi'\"", 'label="Hi"'),
    ('label="Hi"', 'label="Hi"'),
])
def test_a_literal_bound_to_an_input_keeps_its_type(binding, attribute):
    page = component(f"<app-card {binding}></app-card>")
    wxml = compile_html("", project=PROJECT, comp=page)[0].wxml
    assert attribute in wxml, wxml
