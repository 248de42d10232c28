"""An app ships the runtime files its code reaches, and no others (bench/runtime_size.py measures the bytes).

The blank starter's code reads no browser global but the timers rxjs uses, so web.js and what only web.js needs
(the URL classes, the request core, Web Storage) stay out. The conference app reads `window` (its events, `open`),
`document`, `CustomEvent` and `location`, which runtime/globals.js serves, so it ships no web.js either, nor the URL
classes; HttpClient brings the request core. The blank starter's template uses no pipe, form, reference or menu, and
its modules import IonicModule, CommonModule and FormsModule by name, so neither the pipes, the form model, the overlay
controllers nor the signals ship."""

from __future__ import annotations

from pathlib import Path

import pytest

from pwa2wx.build.convert import convert
from tests import corpus

WEB_ONLY = ("web.js", "url.js", "http.js", "storage.js")
UNUSED_BY_THE_BLANK_STARTER = ("pipes.js", "angular/forms.js", "angular/common.js", "ionic/angular.js",
                               "ionic/overlays.js", "angular/core.js", "angular/core/signals.js", "view/pipes.js",
                               "view/forms.js", "view/refs.js", "view/menus.js", "view/controls.js", "view/links.js",
                               "component.js")
# The blank starter's runtime as measured (109,286 bytes when it was cut by feature, its navigation bar included;
# 113,278 once every page knew lazy modules' injectors, hostDirectives and the custom tab bar), with room for small
# changes: a rise past it means some file started requiring more than it needs (README "Speed and size").
# 118,0xx once ActivatedRoute had its tree (route.parent, 1 KB); 119,958 once a class without a constructor
# injected its parent's deps, ParamMap was Angular's shape and Router had routeReuseStrategy (1.9 KB); 121,204 once
# a render that throws kept the values set before it and lists spent WeChat's element limit (view.js); 121,700 once
# a view query of IonContent or IonInfiniteScroll got the page's (host.js, view.js); 122,189 with IonModal's;
# 123,090 once a view query of a child component's class was answered (host.js, component.js); 123,545 with
# wxp.settledCall and the page scroll hook's factory; 124,5xx once the window found what code put on globalThis;
# 123,611 once the inline overlays' helpers moved to view/overlays.js; 124,667 once a page WeChat opened was built
# during a navigation (router.js), and stub elements had a shadowRoot and a video's methods (dom.js); 125,192 once
# document.getElementById found the ids templates give elements; 125,486 with { static: true } reference queries;
# 126,292 with @ViewChildren's `changes` (host.js); 126,507 with document.baseURI and TextDecoder's latin1;
# 127,517 with the root component's providers (base.js, index.js) and layouts (host.js); 125,682 once Renderer2 and
# RendererFactory2 were a part of @angular/core of their own (core/renderer.js); 126,709 once an injected ElementRef
# was an inert element (host.js, dom.js hostElement) and a <style> element had a sheet (dom.js); 126,536 once that
# sheet, a <canvas>'s 2d context and document.createEvent went to globals.js, which code reading the document requires;
# 127,295 with a fallback for a token nobody provides and a tick asked for during a tick as one more pass (base.js);
# 127,529 with events that stop bubbling and a target's listeners run on their own, for IndexedDB's (dom.js);
# 127,634 with @angular/core's ɵglobal (base.js); 127,706 once a guard's own navigation superseded a page WeChat
# opened (router.js); 127,933 once a class had its parents' inputs, outputs, queries and host bindings (base.js)
BLANK_STARTER_BUDGET = 127_950
# 213,125 bytes when its window reads moved to globals.js; 217,227 with the above; 222,141 once HttpClient answered
# responseType 'blob' with a Blob (blob.js, 2.3 KB) and IonNav went on the page stack; 228,161 once the document
# stub kept the nodes appended to it and was a document (nodeType 9) that jQuery loads on (dom.js, 2.4 KB) and a
# child component started on its owner's setData callback; 229,849 once ActivatedRoute had its tree (route.parent)
# and globals.js the observers (its map page's MutationObserver constructs); 230,017 once a child's input bound to
# undefined at first took a later value as no first change; 234,398 with the above and an IonContent that code
# injects, with its scroll events (ionic/content.js, 2.7 KB: the app imports @ionic/angular); 235,644 with view.js's
# partial renders and element limit; 236,630 with the view queries of IonContent and IonInfiniteScroll, 237,356
# with IonModal's, 238,598 with the view queries of child components' classes, 239,117 with wxp.settledCall;
# 237,996 once the scroll events' timing moved to ionic/page-scroll.js, which only pages with scroll events require;
# 238,5xx once the window found what code put on globalThis (dom.js); 240,365 with inline overlays' present and
# dismiss events and [isOpen]'s backdrop (view/overlays.js, which its about page's popover requires); 241,818 with
# the blank starter's changes above and HttpXhrBackend a class of its own; 243,120 with @ViewChild(IonModal)'s
# element, a form control's list of validators and getElementById; 243,625 with { static: true } reference queries;
# 244,159 once a reference query found every element of that name (view/refs.js); 244,869 with @ViewChildren's
# `changes`; 245,084 with the blank starter's above; 237,172 once the number, async and translate pipes were parts of
# their own (pipes/*.js, angular/common/number-pipes.js and async-pipe.js) that its templates and imports do not use;
# 237,672 with a file input's change event (view.js) and #ref.click() (view/refs.js); 238,476 with the blank
# starter's ElementRef and <style> sheet; 239,778 with a <canvas>'s context and document.createEvent (globals.js);
# 240,637 with the tag of an element getElementById finds (dom.js) and a canvas reference's size (view/refs.js): the
# drawing on a page's canvas is view/canvas.js's, which only pages with a canvas require; 240,845 with a fallback
# for a token nobody provides (base.js) and interceptors deduplicated (http.js); 241,210 with the tick above;
# 241,275 once IonContent's scroll element was an element (ionic/content.js); 241,382 once a slides #ref took its
# slider from view/slides.js (view/refs.js); 241,493 with the blank starter's bubbling events (dom.js), 241,598 with
# ɵglobal (base.js); 241,876 once a select nothing binds kept the option picked (view/controls.js); 241,924 with the
# blank starter's guard above; 242,387 once the document made inert SVG elements and had the elements of Ionic and
# custom tags by tag name (globals.js); 242,417 once pipes.js gave @angular/common's locale data its names; 242,695
# once an input's #ref had its value (view/refs.js); 242,970 with document.execCommand and elements' setAttributeNS
# (globals.js); 243,075 with elements' getElementsByTagName (globals.js); 243,098 once the locale data took en-US's
# date formats from pipes.js; 243,322 with the blank starter's inheritance above; 243,411 once a child's member
# read before the child started was one the async pipe takes for null (view/refs.js)
CONFERENCE_BUDGET = 243_450


def shipped(app: str, tmp_path: Path) -> dict[str, int]:
    result = convert(corpus.app(app), tmp_path / "out", project_name=corpus.project(app), write=False)
    return {p.removeprefix("pwa2wx/runtime/"): len(b) for p, b in result.files.items()
            if p.startswith("pwa2wx/runtime/") and p.endswith(".js")}


def test_the_blank_starter_ships_no_browser_globals_and_stays_in_its_budget(tmp_path: Path):
    files = shipped("starter-angular-blank", tmp_path)
    assert {"index.js", "view.js", "timers.js", "dom.js"} <= files.keys()
    assert [f for f in WEB_ONLY + UNUSED_BY_THE_BLANK_STARTER if f in files] == []
    assert sum(files.values()) <= BLANK_STARTER_BUDGET


@pytest.mark.parametrize("app", ["conf-443e4b91"])
def test_an_app_reading_window_events_ships_the_light_globals_and_one_using_pipes_forms_and_menus_their_files(
        app: str, tmp_path: Path):
    files = shipped(app, tmp_path)
    assert {"globals.js", "http.js", "storage.js", "pipes.js", "angular/forms.js", "view/pipes.js", "view/forms.js",
            "view/menus.js"} <= files.keys()
    assert "web.js" not in files and "url.js" not in files
    assert sum(files.values()) <= CONFERENCE_BUDGET
