"""The Ionic/HTML → WeChat mapping, as a table: each tag (every ion-* tag the conference app and the
starters use, the form controls, plain HTML) → the WXML it becomes, compiled with wcc. Look attributes
become the classes the style compiler targets."""

from __future__ import annotations

import re

import pytest
from harness import compile_html, non_plain, wcc_compile

from pwa2wx.template.ionic import HTML, IONIC, LOOK_ATTRIBUTES, class_name, look_class, lookup, tag_class
from pwa2wx.template.names import kebab
from pwa2wx.template.shapes import drop

# Angular input → the WXML elements it becomes (tag.class of each element, outermost first; "-" = nothing)
TAGS = [
    ("<ion-app></ion-app>", "view.ion-app"),
    ("<ion-content></ion-content>", "view.ion-content"),
    ("<ion-header></ion-header>", "view.ion-header"),
    ("<ion-footer></ion-footer>", "view.ion-footer"),
    ("<ion-toolbar></ion-toolbar>", "view.ion-toolbar"),
    ("<ion-title>T</ion-title>", "view.ion-title"),
    ("<ion-buttons></ion-buttons>", "view.ion-buttons"),
    ("<ion-button>B</ion-button>", "view.ion-button"),
    ("<ion-list></ion-list>", "view.ion-list"),
    ("<ion-list-header></ion-list-header>", "view.ion-list-header"),
    ("<ion-item></ion-item>", "view.ion-item"),
    ("<ion-label></ion-label>", "view.ion-label"),
    ("<ion-note></ion-note>", "view.ion-note"),
    ("<ion-text></ion-text>", "view.ion-text"),
    ("<ion-chip></ion-chip>", "view.ion-chip"),
    ("<ion-avatar></ion-avatar>", "view.ion-avatar"),
    ("<ion-card><ion-card-header></ion-card-header><ion-card-content></ion-card-content></ion-card>",
     "view.ion-card view.ion-card-header view.ion-card-content"),
    ("<ion-grid><ion-row><ion-col></ion-col></ion-row></ion-grid>", "view.ion-grid view.ion-row view.ion-col"),
    ("<ion-item-group><ion-item-divider></ion-item-divider></ion-item-group>",
     "view.ion-item-group view.ion-item-divider"),
    ('<ion-virtual-scroll [items]="xs"><ion-item *virtualItem="let x">{{ x }}</ion-item></ion-virtual-scroll>',
     "view.ion-virtual-scroll view.ion-item"),
    ("<ion-item-sliding><ion-item-options><ion-item-option>O</ion-item-option></ion-item-options></ion-item-sliding>",
     "view.ion-item-sliding view.ion-item-options view.ion-item-option"),
    ("<ion-fab><ion-fab-button></ion-fab-button><ion-fab-list></ion-fab-list></ion-fab>",
     "view.ion-fab view.ion-fab-button view.ion-fab-list"),
    ("<ion-split-pane><ion-menu></ion-menu></ion-split-pane>",
     "view.ion-split-pane view.ion-menu-backdrop view.ion-menu"),
    ("<ion-menu-toggle></ion-menu-toggle>", "view.ion-menu-toggle"),
    ("<ion-menu-button></ion-menu-button>", "view.ion-menu-button view.ion-icon"),
    # a page's own bar of links (a tabs shell, whose buttons name tabs, is no page: the app's tab bar draws its bar)
    ("<ion-tabs><ion-tab-bar><ion-tab-button routerLink='/a'></ion-tab-button></ion-tab-bar></ion-tabs>",
     "block view.ion-tab-bar view.ion-tab-button"),
    ("<ion-router-outlet></ion-router-outlet>", "-"),
    ("<ion-nav [root]='page'></ion-nav>", "-"),
    ("<ion-accordion-group><ion-accordion><ion-item slot='header'></ion-item></ion-accordion></ion-accordion-group>",
     "view.ion-accordion-group view.ion-accordion view.ion-item"),
    ("<mat-dialog-content><button mat-dialog-close>x</button></mat-dialog-content>",
     "view.mat-dialog-content view.h5-button"),
    ("<ion-back-button></ion-back-button>", "-"),
    ("<ion-refresher><ion-refresher-content></ion-refresher-content></ion-refresher>", "-"),
    ("<ion-icon name='star'></ion-icon>", "view.ion-icon"),
    ("<ion-icon src='assets/star.svg'></ion-icon>", "image.ion-icon"),
    ("<ion-img src='a.png'></ion-img>", "image.ion-img"),
    ("<ion-input></ion-input>", "view.ion-input input.native-input"),
    ("<ion-textarea></ion-textarea>", "view.ion-textarea textarea.native-textarea"),
    ("<ion-searchbar></ion-searchbar>", "view.ion-searchbar input.native-input"),
    ("<ion-toggle></ion-toggle>", "label.ion-toggle switch.native-switch"),
    ("<ion-checkbox></ion-checkbox>", "checkbox-group.ion-checkbox label.checkbox-wrapper checkbox.native-checkbox"),
    ("<ion-radio-group><ion-radio value='a'></ion-radio></ion-radio-group>",
     "radio-group.ion-radio-group label.ion-radio radio"),
    ("<ion-select><ion-select-option value='a'>A</ion-select-option></ion-select>",
     "picker.ion-select view.select-text"),
    ("<ion-range></ion-range>", "slider.ion-range"),
    ("<ion-segment><ion-segment-button value='a'>A</ion-segment-button></ion-segment>",
     "view.ion-segment view.ion-segment-button"),
    ("<ion-datetime></ion-datetime>", "picker.ion-datetime view.datetime-text"),
    ("<ion-popover><ng-template><p>in</p></ng-template></ion-popover>", "view.ion-popover view.h5-p"),
    ("<ion-progress-bar value='0.5'></ion-progress-bar>", "progress.ion-progress-bar"),
    ("<ion-slides><ion-slide>1</ion-slide></ion-slides>", "swiper.ion-slides swiper-item.ion-slide"),
    ("<div><section><p>x</p></section></div>", "view.h5-div view.h5-section view.h5-p"),
    ("<h1>x</h1><h6>y</h6>", "view.h5-h1 view.h5-h6"),
    ("<span>t</span><b>t</b><a>t</a>", "text.h5-span text.h5-b text.h5-a"),
    ("<span><div>block inside</div></span>", "view.h5-span view.h5-div"),
    ("<ul><li>1</li></ul><ol><li>2</li></ol>", "view.h5-ul view.h5-li view.h5-ol view.h5-li"),
    ("<img src='a.png'>", "image.h5-img"),
    ("<button>b</button>", "view.h5-button"),
    ("<input><textarea></textarea>", "input.h5-input textarea.h5-textarea"),
    ("<select><option>a</option></select>", "picker.h5-select view.select-text"),
    ("<form><label>l</label></form>", "view.h5-form text.h5-label"),
    ("<table><tr><td>c</td></tr></table>", "view.h5-table view.h5-tr view.h5-td"),
    ("<br><hr>", "view.h5-br view.h5-hr"),
    ("<video src='v.mp4'></video>", "video.h5-video"),
    ("<ng-container><p>x</p></ng-container>", "block view.h5-p"),
]


def elements(wxml: str) -> str:
    out = []
    for tag, attrs in re.findall(r"<([a-z-]+)((?:\s[^>]*?)?)/?>", wxml):
        cls = re.search(r'class="([^"]*)"', attrs)
        first = cls.group(1).split()[0] if cls and cls.group(1) and "{{" not in cls.group(1).split()[0] else ""
        out.append(f"{tag}.{first}" if first else tag)
    return " ".join(out) or "-"


@pytest.fixture(scope="module")
def compiled():
    views = {html: compile_html(html)[0] for html, _ in TAGS}
    result = wcc_compile({f"pages/t{i}/t{i}.wxml": v for i, v in enumerate(views.values())})
    assert result.ok and not result.messages, result.messages
    return views


@pytest.mark.parametrize("html,expected", TAGS, ids=[t[0][:40] for t in TAGS])
def test_tag(html, expected, compiled):
    view = compiled[html]
    assert elements(view.wxml) == expected
    assert non_plain(view.wxml) == []


def test_every_table_row_is_exercised():
    used = {lookup(t).kind or t for html, _ in TAGS for t in re.findall(r"<([a-z][\w-]*)", html) if lookup(t)}
    rows = {t for t in [*IONIC, *HTML] if IONIC.get(t, HTML.get(t)).kind is not drop}
    missing = {t for t in rows if t not in used and (lookup(t).kind or t) not in used}
    # plain views share one row shape; list the ones not written above so additions stay deliberate
    assert missing <= {t for t in rows if lookup(t).wx == "view" and not lookup(t).kind} | \
        {"ion-infinite-scroll", "ion-modal", "swiper-container", "swiper-slide", "canvas", "ion-select-option",
         "ion-infinite-scroll-content", "ion-radio", "option"}


LOOKS = [
    ("slot", "start", "a-slot-start"),
    ("color", "primary", "a-color-primary"),
    ("fill", "clear", "a-fill-clear"),
    ("button", None, "a-button"),
    ("button", "true", "a-button"),
    ("detail", "false", "a-detail-false"),
    ("labelPlacement", "stacked", "a-label-placement-stacked"),
    ("size-md", "6", "a-size-md-6"),
    ("track", "Ionic Dev", "a-track-Ionic_Dev"),
]


@pytest.mark.parametrize("name,value,cls", LOOKS)
def test_look_class(name, value, cls):
    assert look_class(name, value) == cls


@pytest.mark.parametrize("written,emitted", [
    ("card", "card"), ("-webkit-x", "-webkit-x"), ("_private", "_private"),  # wcsc takes them as they are
    ("md:flex", "md_3a_flex"), ("w-1/2", "w-1_2f_2"), ("p-0.5", "p-0_2e_5"),  # Tailwind's utilities
    ("2xl:p-4", "_32_xl_3a_p-4"), ("-2", "-_32_"), ("w-[10px]", "w-_5b_10px_5d_"), ("标题", "_6807__9898_"),
])
def test_class_names_that_need_escaping_are_renamed(written, emitted):
    """The same rename in the runtime (view.js className): the tailwind-classes construct renders it."""
    assert class_name(written) == emitted


def test_look_attributes_are_kebab_case_and_sorted():
    assert list(LOOK_ATTRIBUTES) == sorted(LOOK_ATTRIBUTES)
    assert all(kebab(a) == a for a in LOOK_ATTRIBUTES)
    assert {"color", "fill", "expand", "size", "slot", "lines", "button", "detail"} <= set(LOOK_ATTRIBUTES)


def test_class_name_contract():
    assert tag_class("ion-item") == "ion-item"
    assert tag_class("app-foo") == "app-foo"
    assert tag_class("P") == "h5-p"
    view, _ = compile_html('<p id="intro" slot="end" color="danger" class="x">t</p>')
    assert 'id="intro"' in view.wxml
    classes = re.search(r'class="([^"]*)"', view.wxml).group(1).split()
    assert classes[0] == "h5-p"
    assert set(classes) == {"h5-p", "x", "id-intro", "a-slot-end", "a-color-danger", "ion-color", "ion-color-danger"}


def test_look_attributes_a_control_consumes_still_become_classes():
    view, _ = compile_html('<ion-input label="Name" labelPlacement="stacked" fill="solid"></ion-input>')
    assert '<view class="ion-input a-label-placement-stacked a-fill-solid">' in view.wxml


def test_open_type_button_and_nickname_input_are_wechats_own():
    """A sign-in profile form (README "Profile and avatar"): chooseAvatar needs WeChat's <button>, the nickname
    keyboard an input of type nickname."""
    view, _ = compile_html('<button open-type="chooseAvatar" (chooseavatar)="pick($event)">A</button>'
                           '<input type="nickname" [(ngModel)]="name"><button (click)="save()">Save</button>')
    native = r'<button class="h5-button"[^>]* bindchooseavatar="\$on"[^>]* open-type="chooseAvatar">'
    assert re.search(native, view.wxml)
    assert re.search(r'<input [^>]*type="nickname"', view.wxml)
    assert re.search(r'<view class="h5-button"[^>]* bindtap="\$on"', view.wxml)  # no open-type: a view, as before
    assert wcc_compile({"pages/p/p.wxml": view}).ok


@pytest.mark.parametrize("src,mode", [("a.png", "aspectFill"), ("assets/img/appicon.svg", "aspectFit")])
def test_img_width_and_height_size_the_image(src, mode):
    # a browser stretches nothing here: a photo fills the box, an SVG keeps its shape inside it (its
    # preserveAspectRatio), as the support page's logo does when CSS narrows its 200×200 box
    view, _ = compile_html(f"<img src='{src}' width='200' height='200'>")
    assert f'mode="{mode}" style="width: 200px; height: 200px"' in view.wxml


def test_a_bound_progress_value_is_the_percent_and_no_warning():
    # ivanblueberry/ionic-components-app: [value] was converted and also reported as "has no effect"
    view, diags = compile_html("<ion-progress-bar type='determinate' [value]='percent'></ion-progress-bar>")
    assert 'percent="{{' in view.wxml
    assert [d.message for d in diags.items] == []


def test_textarea_rows_make_it_that_many_lines_tall():
    view, _ = compile_html("<ion-textarea rows='6' label='Message'></ion-textarea>")
    assert ('<textarea class="native-textarea" style="min-height: calc(6 * 1.2em + var(--padding-top, 10px) + '
            'var(--padding-bottom, 10px))"/>') in view.wxml


def test_an_input_with_error_text_keeps_ionics_room_below_it():
    # Ionic draws a bottom area (5 px, empty while valid) under an input with errorText: the login form's
    # fields are 15 px apart with the app's 10 px margin, not 10
    view, _ = compile_html('<ion-input label="Username" errorText="Required"></ion-input>')
    assert re.sub(r">\s+<", "><", view.wxml).strip().endswith('</view><view class="input-bottom"/>')
    helped, _ = compile_html('<ion-input label="Username" helperText="Your name" errorText="Required"></ion-input>')
    assert "input-bottom" not in helped.wxml and '<view class="helper-text">Your name</view>' in helped.wxml


def test_angular_material_dialog_parts_as_attributes_are_classes_the_theme_draws():
    view, diags = compile_html("<h2 mat-dialog-title>T</h2><div mat-dialog-actions>a</div>")
    assert 'class="h5-h2 mat-dialog-title"' in view.wxml and 'class="h5-div mat-dialog-actions"' in view.wxml
    assert diags.items == []
