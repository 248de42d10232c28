'use strict';
// A page that shows the deployed PWA in a <web-view> ([webview] in pwa2wx.toml): the PWA URL of the route the
// page was opened for — by the router (a converted page's navigation, with its params), by the tab bar, or by
// WeChat itself (launch, share: the route rebuilt from the page's query). Messages the PWA posts
// (wx.miniProgram.postMessage) reach the app as `webviewMessage` events on the runtime's window.
var router = require('./angular/router.js');
var address = require('./address.js');
var dom = require('./dom.js');

// '/app/tabs/map?x=1' -> 'https://app.example.com/app/tabs/map?x=1' (a base ending in '#' or '/#' serves a PWA
// on hash routing)
function pwaUrl(routeUrl) {
  var base = String(address.config().pwa || '');
  return /#$/.test(base) ? base + routeUrl : base.replace(/\/$/, '') + routeUrl;
}

// A shared page's `webViewUrl` query: the route URL the PWA showed (a path of the PWA's own, never another site)
function sharedUrl(value) {
  if (!value) return null;
  var url;
  try {
    url = decodeURIComponent(value);
  } catch (e) {
    return null;
  }
  return /^\/(?!\/)/.test(url) ? url : null;
}

function page(def) {
  Page({
    data: { url: '' },
    onLoad: function (query) {
      query = Object.assign({}, query);
      var shared = sharedUrl(query.webViewUrl);
      delete query.webViewUrl;
      this.__state = router.ɵstateFor(def.route, shared ? {} : query);
      this.setData({ url: pwaUrl(shared || this.__state.url) });
    },
    onShow: function () {
      var tab = router.ɵtabState(def.route);   // a tab opened again by the router: its new URL
      if (tab) {
        this.__state = tab;
        this.setData({ url: pwaUrl(tab.url) });
      }
      router.ɵenter(this.__state);
    },
    onMessage: function (e) {
      dom.window.dispatchEvent({ type: 'webviewMessage', data: e.detail && e.detail.data, route: def.route });
    },
    // sharing the page shares the PWA URL it shows (WeChat passes it as webViewUrl)
    onShareAppMessage: function (o) {
      var shown = (o && o.webViewUrl) || this.data.url;
      var base = pwaUrl('');
      var routeUrl = shown.indexOf(base) === 0 ? shown.slice(base.length) || '/' : this.__state.url;
      return { path: '/' + def.route + '?webViewUrl=' + encodeURIComponent(routeUrl) };
    }
  });
}

module.exports = { page: page, pwaUrl: pwaUrl };
