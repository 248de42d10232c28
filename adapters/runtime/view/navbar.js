'use strict';
// A page's ion-header as its navigation bar (navbar.js): the bar's style, and its back and home buttons. A view
// helper file (view.js createView): the compiled page requires it when its template has such a header.
var navbar = require('../navbar.js');
var routerModule = require('../angular/router.js');

module.exports = function navbarHelpers(view, host) {
  var h = {
    navBar: function () { return navbar.style(); }, // the page's ion-header as its navigation bar
    canGoBack: function (href) { return navbar.canGoBack(href); },
    canGoHome: function () { return navbar.canGoHome(); },
    home: function () { navbar.home(); },
    back: function (href) { // ion-back-button, or the back button standing for WeChat's
      var router = host.navigate ? host : routerModule;   // tests give the host a navigate()
      navbar.back(href, function (url) { router.navigate(url, {}); });
    }
  };
  return { h: h };
};
