"""The headless preview (pwa2wx.preview) on small mini programs written in the test, laid out as
docs/internals.md describes: WeChat semantics of the framework double, real HTTP, rendering by wcc."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pwa2wx import preview

ROOT = Path(__file__).resolve().parent.parent


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def api():
    """A loopback HTTP server: GET /speakers answers JSON, every request is recorded."""
    seen: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            seen.append({"method": "GET", "path": self.path})
            body = json.dumps([{"name": "Burt Bear"}, {"name": "Charlie Cheetah"}]).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


PLAIN_APP = {
    "app.json": json.dumps({"pages": ["pages/list/list", "pages/detail/detail", "pages/tab2/tab2"],
                            "tabBar": {"list": [{"pagePath": "pages/list/list", "text": "List"},
                                                {"pagePath": "pages/tab2/tab2", "text": "Two"}]}}),
    "app.js": "App({ onLaunch: function () { getApp().launched = true; } });",
    # a page on Component(), as the runtime's host builds them
    "pages/list/list.js": """
Component({
  data: { names: [], q: '', log: [] },
  methods: {
    onLoad: function (query) {
      var self = this;
      this.setData({ from: query.from || '' });
      wx.request({ url: 'https://api.example.com/speakers', success: function (res) {
        self.setData({ names: res.data.map(function (s) { return s.name; }) });
      } });
    },
    open: function (e) {
      wx.navigateTo({ url: '/pages/detail/detail?name=' + encodeURIComponent(e.currentTarget.dataset.name) });
    },
    search: function (e) { this.setData({ q: e.detail.value }); },
    picked: function (e) { this.setData({ 'log[0]': 'picked ' + e.detail }); }
  }
});""",
    "pages/list/list.json": json.dumps({"usingComponents": {"name-badge": "/components/badge/badge"}}),
    "pages/list/list.wxml": """
<view class="title">Speakers {{from}}</view>
<view wx:for="{{names}}" wx:key="*this" class="item" bindtap="open" data-name="{{item}}" hidden="{{q && q !== item}}">
  <text>{{item}}</text>
</view>
<input class="search" value="{{q}}" bindinput="search"/>
<name-badge label="{{names.length}} people" bind:picked="picked"><text>slotted</text></name-badge>
<view>{{log[0]}}</view>""",
    "components/badge/badge.js": """
Component({
  properties: { label: { type: String, value: '' } },
  lifetimes: { attached: function () { this.setData({ owner: this.selectOwnerComponent().route }); } },
  methods: { tap: function () { this.triggerEvent('picked', this.data.label); } }
});""",
    "components/badge/badge.json": json.dumps({"component": True}),
    "components/badge/badge.wxml": '<view class="badge" bindtap="tap">{{label}} in {{owner}}<slot></slot></view>',
    "pages/detail/detail.js": """
Component({
  methods: {
    onLoad: function (q) {
      this.setData({ name: decodeURIComponent(q.name) });
      wx.setStorageSync('last', q.name);
      wx.showToast({ title: 'opened' });
    }
  }
});""",
    "pages/detail/detail.wxml": "<view>Detail of {{name}}</view>",
    "pages/tab2/tab2.js": "Page({ data: { n: 0 }, onShow: function () { this.setData({ n: this.data.n + 1 }); } });",
    "pages/tab2/tab2.wxml": "<view>Tab two shown {{n}}</view>",
}


def test_renders_page_with_real_http_components_and_slots(tmp_path, api):
    url, seen = api
    out = write(tmp_path, PLAIN_APP)
    result = preview.run(out, "pages/list/list", {"from": "home"}, hosts={"https://api.example.com": url})
    assert result.errors == []
    assert seen == [{"method": "GET", "path": "/speakers"}]
    assert result.text.splitlines() == ["Speakers home", "Burt Bear", "Charlie Cheetah",
                                        "2 people in pages/list/list", "slotted"]
    assert result.data["names"] == ["Burt Bear", "Charlie Cheetah"]
    badge = [n for n in result.tree if isinstance(n, dict) and n["tag"] == "name-badge"][0]
    assert badge["is"] == "components/badge/badge"
    assert result.calls("request")[0]["url"] == "https://api.example.com/speakers"


def test_taps_inputs_component_events_and_navigation(tmp_path, api):
    url, _ = api
    out = write(tmp_path, PLAIN_APP)
    result = preview.run(out, "pages/list/list", actions=[
        {"input": {"selector": "input.search"}, "value": "Burt Bear"},
        {"tap": {"selector": ".badge"}},
        {"tap": "Burt Bear"},
    ], hosts={"https://api.example.com": url})
    assert result.errors == []
    assert "Charlie Cheetah" not in result.steps[0]["text"]   # hidden by the filter
    assert "picked 2 people" in result.steps[1]["text"]       # triggerEvent reached the page's handler
    assert result.route == "pages/detail/detail"
    assert result.stack == ["pages/list/list", "pages/detail/detail"]
    assert result.text == "Detail of Burt Bear"
    assert result.calls("showToast") == [{"title": "opened"}]


def test_stack_limit_tabs_back_and_errors(tmp_path):
    out = write(tmp_path, dict(PLAIN_APP, **{
        "pages/detail/detail.js": """
Component({ methods: {
  onLoad: function (q) { this.setData({ name: q.name }); },
  again: function () {
    var self = this;
    wx.navigateTo({ url: '/pages/detail/detail?name=' + (Number(this.data.name) + 1),
      fail: function (e) { self.setData({ name: e.errMsg }); } });
  },
  boom: function () { throw new Error('kaput'); } } });""",
        "pages/detail/detail.wxml": '<view bindtap="again">{{name}}</view><view bindtap="boom">boom</view>',
    }))
    actions = [{"tap": {"selector": "view", "index": 0}} for _ in range(10)]
    result = preview.run(out, "pages/detail/detail", {"name": "1"}, actions)
    assert len(result.stack) == 10
    assert result.text.splitlines()[0] == "navigateTo:fail webview count limit exceed"
    result = preview.run(out, "pages/detail/detail", {"name": "1"}, [
        {"tap": "boom"}, {"switchTab": "pages/tab2/tab2"}, {"switchTab": "pages/list/list"},
        {"switchTab": "pages/tab2/tab2"}, {"back": 1}])
    assert result.errors[0]["message"].endswith("kaput")
    assert result.steps[3]["text"] == "Tab two shown 2"   # the tab page stayed alive
    assert result.stack == ["pages/tab2/tab2"]   # back on the first page does nothing


def test_storage_seed_and_missing_element(tmp_path):
    out = write(tmp_path, dict(PLAIN_APP, **{
        "pages/tab2/tab2.js": "Page({ onLoad: function () { this.setData({ n: wx.getStorageSync('n') }); } });"}))
    result = preview.run(out, "pages/tab2/tab2", storage={"n": 41}, actions=[{"tap": "nothing here"}])
    assert result.text == "Tab two shown 41"
    assert result.errors[0]["source"] == "action"
    assert "no element matches" in result.errors[0]["message"]


def test_the_navigation_bar_title_is_the_pages_own(tmp_path):
    """What the bar above the page shows, when the page sets it (its json or wx.setNavigationBarTitle)."""
    out = write(tmp_path, dict(PLAIN_APP, **{
        "pages/tab2/tab2.json": json.dumps({"navigationBarTitleText": "Second tab"}),
        "pages/detail/detail.js": "Page({ onLoad: function (q) { wx.setNavigationBarTitle({ title: q.name }); } });",
    }))
    assert preview.run(out, "pages/tab2/tab2").title == "Second tab"
    assert preview.run(out, "pages/detail/detail", {"name": "Burt"}).title == "Burt"
    opened = preview.run(out, "pages/detail/detail", {"name": "Burt"}, [{"back": 1}, {"switchTab": "pages/list/list"}])
    assert opened.title == ""  # app.json's: the page set none
