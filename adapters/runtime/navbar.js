/**
 * The page's own navigation bar ([style] navigation = "custom": page JSON "navigationStyle": "custom"). WeChat
 * then draws only the status bar and its capsule (the ··· and close buttons) over the page, so the page's
 * ion-header is inset below the status bar and its first toolbar ends clear of the capsule; both come from the
 * device at run time (wx.getWindowInfo, wx.getMenuButtonBoundingClientRect), as CSS variables the theme reads
 * (components.wxss: .pwx-navbar, .pwx-status-bar). The back button stands where WeChat's native bar would show
 * one: when the page stack has a page under this one (or, for ion-back-button, a defaultHref to go to).
 */
var insets = null;

// "--pwx-status-bar:20px;--pwx-capsule:94px": the status bar's height, and the room the capsule takes at the
// right edge (its width and its margin from the edge, the same margin kept on its left)
function style() {
  if (insets === null) {
    var info = typeof wx.getWindowInfo === 'function' ? wx.getWindowInfo() : wx.getSystemInfoSync();
    var capsule = typeof wx.getMenuButtonBoundingClientRect === 'function' ? wx.getMenuButtonBoundingClientRect()
      : null;
    var width = info.windowWidth || 0;
    var end = capsule && capsule.width ? Math.max(0, width - capsule.left + (width - capsule.right)) : 0;
    insets = '--pwx-status-bar:' + (info.statusBarHeight || 0) + 'px;--pwx-capsule:' + end + 'px';
  }
  return insets;
}

function depth() {
  return typeof getCurrentPages === 'function' ? getCurrentPages().length : 1;
}

function canGoBack(href) {
  return depth() > 1 || !!href;
}

// back through WeChat's page stack; a page opened directly goes to its defaultHref (navigate(url))
function back(href, navigate) {
  if (depth() > 1) wx.navigateBack({ delta: 1 });
  else if (href) navigate(href);
}

module.exports = { style: style, canGoBack: canGoBack, back: back };
