'use strict';
// A page that shows the deployed PWA in a <web-view> ([webview] in pwa2wx.toml): the PWA URL of the route the
// page was opened for — by the router (a converted page's navigation, with its params), by the tab bar, or by
// WeChat itself (launch, share: the route rebuilt from the page's query). Messages the PWA posts
// (wx.miniProgram.postMessage) reach the app as `webviewMessage` events on the runtime's window. With
// [webview] handoff, the URL carries the signed-in user's access token in its fragment (never a query: a fragment
// is not sent to any server), which the PWA-side script takes out of the address and the history at once; the
// refresh token stays in the mini program.
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

var HANDOFF = 'pwa2wx_token';   // the fragment parameter (pwa/pwa2wx-miniprogram.js reads the same name)

// The URL to show: with [webview] handoff, once the sign-in under way has landed, with the access token in the
// fragment (after the route's own fragment, or the route itself on hash routing)
function show(wxThis, url) {
  var cfg = address.config();
  if (!cfg.pwaHandoff) {
    wxThis.setData({ url: url });
    return;
  }
  require('../login/index.js').token().then(function (token) {
    wxThis.setData({ url: token ? url + (url.indexOf('#') < 0 ? '#' : '&') + HANDOFF + '=' +
      encodeURIComponent(token) : url });
  }, function () {
    wxThis.setData({ url: url });   // not signed in: the PWA signs in its own way
  });
}

function page(def) {
  Page({
    data: { url: '' },
    onLoad: function (query) {
      query = Object.assign({}, query);
      var shared = sharedUrl(query.webViewUrl);
      delete query.webViewUrl;
      this.__state = router.ɵstateFor(def.route, shared ? {} : query);
      show(this, pwaUrl(shared || this.__state.url));
    },
    onShow: function () {
      var tab = router.ɵtabState(def.route);   // a tab opened again by the router: its new URL
      if (tab) {
        this.__state = tab;
        show(this, pwaUrl(tab.url));
      }
      router.ɵenter(this.__state);
    },
    onMessage: function (e) {
      dom.window.dispatchEvent({ type: 'webviewMessage', data: e.detail && e.detail.data, route: def.route });
    },
    // sharing the page shares the PWA URL it shows (WeChat passes it as webViewUrl)
    onShareAppMessage: function (o) {
      var shown = ((o && o.webViewUrl) || this.data.url).split('#' + HANDOFF + '=')[0].split('&' + HANDOFF + '=')[0];
      var base = pwaUrl('');
      var routeUrl = shown.indexOf(base) === 0 ? shown.slice(base.length) || '/' : this.__state.url;
      return { path: '/' + def.route + '?webViewUrl=' + encodeURIComponent(routeUrl) };
    }
  });
}

module.exports = { page: page, pwaUrl: pwaUrl };
