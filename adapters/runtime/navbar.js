/**
 * The page's own navigation bar ([style] navigation = "custom": page JSON "navigationStyle": "custom"). WeChat
 * then draws only the status bar and its capsule (the ··· and close buttons) over the page, so the page's
 * ion-header is inset below the status bar and its first toolbar ends clear of the capsule; both come from the
 * device at run time (wx.getWindowInfo, wx.getMenuButtonBoundingClientRect), as CSS variables the theme reads
 * (components.wxss: .pwx-navbar, .pwx-status-bar). The back button stands where WeChat's native bar would show
 * one: when the page stack has a page under this one (or, for ion-back-button, a defaultHref to go to); and
 * its home button where WeChat's would show one: on a page opened directly that is neither the start page
 * nor a tab.
 */
var address = require('./address.js');

var insets = null;

// "--pwx-status-bar:20px;--pwx-capsule:94px": the status bar's height, and the room the capsule takes at the
// right edge (its width and its margin from the edge). No margin is added on its left: the toolbar's end buttons
// keep their own (md 4 px, and an icon button's padding), and 7 px more cut a title that fits in the PWA
// ("Sched…" for "Schedule" beside two end buttons on a 375 px phone).
function style() {
  if (insets === null) {
    var info = typeof wx.getWindowInfo === 'function' ? wx.getWindowInfo() : wx.getSystemInfoSync();
    var capsule = typeof wx.getMenuButtonBoundingClientRect === 'function' ? wx.getMenuButtonBoundingClientRect()
      : null;
    var width = info.windowWidth || 0;
    var end = capsule && capsule.width ? Math.max(0, width - capsule.left) : 0;
    insets = '--pwx-status-bar:' + (info.statusBarHeight || 0) + 'px;--pwx-capsule:' + end + 'px';
  }
  return insets;
}

function depth() {
  return typeof getCurrentPages === 'function' ? getCurrentPages().length : 1;
}

function route() {
  var pages = typeof getCurrentPages === 'function' ? getCurrentPages() : [];
  return pages.length ? pages[pages.length - 1].route : '';
}

function canGoHome() {
  var config = address.config();
  var here = route();
  return depth() === 1 && !!config.start && here !== config.start && (config.tabs || []).indexOf(here) < 0;
}

// to the start page: switchTab when it is a tab (reLaunch cannot open one with its bar), else reLaunch
function home() {
  var config = address.config();
  var url = '/' + config.start;
  if ((config.tabs || []).indexOf(config.start) >= 0) wx.switchTab({ url: url });
  else wx.reLaunch({ url: url });
}

function canGoBack(href) {
  return depth() > 1 || !!href;
}

// back through WeChat's page stack; a page opened directly goes to its defaultHref (navigate(url))
function back(href, navigate) {
  if (depth() > 1) wx.navigateBack({ delta: 1 });
  else if (href) navigate(href);
}

module.exports = { style: style, canGoBack: canGoBack, back: back, canGoHome: canGoHome, home: home };
