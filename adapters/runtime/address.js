'use strict';
// Where an address the app writes leads: the app's config (pwa2wx/app.config.js), relative URLs against [api]
// base or the bundled assets, and the browser's location, history and window.open on the router. The view
// (an <a href>, an <img src>), HttpClient, fetch and web.js all come here, so none of them needs the others.
var wxp = require('./wxp.js');
var dom = require('./dom.js');
var ticks = require('./ticks.js');

var ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;
var URL_PARTS = /^([a-z][a-z0-9+.-]*:)\/\/([^\/?#]*)([^?#]*)/i;

// read at each use: app.config.js requires the app's modules, which require the runtime
function config() {
  return require('../app.config.js');
}

// 'https://a.b:8080/x/y?q' -> { protocol: 'https:', host: 'a.b:8080', hostname: 'a.b', path: '/x/y' }
function parse(url) {
  var m = URL_PARTS.exec(url) || [];
  var host = (m[2] || '').toLowerCase();
  return { protocol: (m[1] || '').toLowerCase(), host: host, hostname: host.replace(/:\d+$/, ''),
    path: m[3] || '/' };
}

function origin(url) {
  var u = parse(url);
  return u.protocol + '//' + u.host;
}

// Where a URL the app wrote goes: { file: '/assets/…' } (read from the package) or { url: absolute }.
function resolve(url) {
  url = String(url);
  if (ABSOLUTE.test(url)) return { url: url };
  if (url.indexOf('//') === 0) return { url: 'https:' + url };
  var cfg = config();
  var path = url.replace(/^(\.\.?\/)*\/?/, ''); // from the page's root, as a browser resolves it ('../../assets/x')
  var roots = cfg.assets || ['assets'];
  for (var i = 0; i < roots.length; i++) {
    if (path === roots[i] || path.indexOf(roots[i] + '/') === 0) {
      var file = decodeURI(path.split(/[?#]/)[0]);   // the file name, not its URL spelling
      var remote = (cfg.remoteAssets || {})[file];   // served from [assets] base_url, not the package
      return remote ? { url: remote } : { file: '/' + file };
    }
  }
  var base = cfg.api && cfg.api.base;
  if (!base) throw new TypeError('relative URL "' + url + '" needs [api] base in pwa2wx.toml');
  if (url.charAt(0) === '/') return { url: origin(base) + url };
  return { url: base.replace(/\/?$/, '/') + path };
}

// A picture's URL as the app wrote it (an <img src>, an Image's src), as <image> and wx.getImageInfo take it: a
// package path from the root, or where [assets] base_url serves it.
function assetUrl(url) {
  if (!url) return '';
  url = String(url);
  if (/^([a-z][a-z0-9+.-]*:)/i.test(url)) return url;
  var path = url.charAt(0) === '/' ? url : '/' + url.replace(/^(\.\/)+/, '');
  return (config().remoteAssets || {})[path.slice(1)] || path;
}

// ---- location: the current page's Angular URL; navigation goes through the router, which hands itself over when
// it loads (it requires this file for the app's config; the host loads it before any of the app's code runs)
var router = null;

function navigate(url, extras) {
  router.navigate(url, extras).catch(ticks.reportError);
}

// The [api] base's origin: what `location.origin + '/api/…'` in app code should reach.
function appOrigin() {
  var api = config().api;
  return api && api.base ? origin(api.base) : 'https://servicewechat.com';
}

function appPath(url) {
  url = String(url);
  return url.indexOf(appOrigin()) === 0 ? url.slice(appOrigin().length) || '/' : url;
}

var location = {
  get href() { return appOrigin() + router.currentUrl(); },
  set href(url) { this.assign(url); },
  get origin() { return appOrigin(); },
  get protocol() { return appOrigin().split('//')[0]; },
  get host() { return appOrigin().split('//')[1]; },
  get hostname() { return this.host.replace(/:\d+$/, ''); },
  get port() { var m = /:(\d+)$/.exec(this.host); return m ? m[1] : ''; },
  get pathname() { return router.currentUrl().split(/[?#]/)[0]; },
  get search() { var m = /\?[^#]*/.exec(router.currentUrl()); return m ? m[0] : ''; },
  get hash() { var m = /#.*/.exec(router.currentUrl()); return m ? m[0] : ''; },
  assign: function (url) { open(url); },
  replace: function (url) { navigate(appPath(url), { replaceUrl: true }); },
  reload: function () { navigate(router.currentUrl(), { replaceUrl: true }); },
  toString: function () { return this.href; }
};

// history: the page stack is WeChat's, so it moves back through it; `state` is what the navigation to the page on
// top carried (router.navigate(…, { state })), as Angular puts it there; a page's address cannot change in place
var history = {
  get state() { return router.ɵhistoryState(); },
  get length() { return getCurrentPages().length; },
  scrollRestoration: 'auto',
  back: function () { router.back(); },
  go: function (n) { if (n < 0 && getCurrentPages().length > 1) wx.navigateBack({ delta: -n }); },
  forward: function () {},
  pushState: function () {},
  replaceState: function () {}
};

// ---- window.open: app URLs navigate; other pages cannot open inside a mini program (except in a
// configured web-view page, whose domain must be a business domain of the app), so the link is copied.
function open(url) {
  url = appPath(url || '');
  if (!ABSOLUTE.test(url)) {
    navigate(url, {});
  } else if (/^tel:/i.test(url)) {
    wx.makePhoneCall({ phoneNumber: url.slice(4) });
  } else if (config().webview && /^https:/i.test(url)) {
    wx.navigateTo({ url: '/' + config().webview + '?url=' + encodeURIComponent(url) });
  } else {
    copyWithToast(url.replace(/^mailto:/i, ''), 'Link copied: paste it in a browser')
      .catch(ticks.reportError);
  }
  return null;
}

function copyWithToast(text, title) {
  return wxp('setClipboardData', { data: text }).then(function () {
    wx.showToast({ title: title, icon: 'none', duration: 2500 });
  });
}

// the document stub's location (dom.js requires nothing: angular/core.js requires it for DOCUMENT)
dom.document.location = location;

module.exports = { ABSOLUTE: ABSOLUTE, config: config, parse: parse, origin: origin, resolve: resolve,
  assetUrl: assetUrl, location: location, history: history, open: open, copyWithToast: copyWithToast,
  ɵuseRouter: function (r) { router = r; } };
