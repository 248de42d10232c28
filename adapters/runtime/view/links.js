'use strict';
// routerLink and routerLinkActive in the template: a link's URL resolved against the current page's, navigated to
// through the router, and whether it is the current one. A view helper file (view.js createView): the compiled page
// requires it when its template has router links.
var routerModule = require('../angular/router.js');
var toArray = require('../view.js').toArray;

function joinUrl(base, commands) {
  var list = typeof commands === 'string' ? [commands] : toArray(commands);
  var parts = list.filter(function (c) { return c !== null && typeof c !== 'object'; });
  var path = parts.map(String).join('/').replace(/\/+/g, '/');
  if (path.charAt(0) === '/') return path;
  var segments = String(base || '/').split('?')[0].split('#')[0].split('/').filter(Boolean);
  path.split('/').forEach(function (seg) {
    if (seg === '..') segments.pop();
    else if (seg && seg !== '.') segments.push(seg);
  });
  return '/' + segments.join('/');
}

module.exports = function linkHelpers(view, host) {
  function router() { // tests give the host a navigate()
    return host.navigate ? host : routerModule;
  }

  var h = {
    active: function (url, exact) {
      var r = router();
      var current = r && r.currentUrl ? String(r.currentUrl() || '') : '';
      var target = joinUrl(current, url);
      current = current.split('?')[0].split('#')[0];
      return exact ? current === target : current === target || current.indexOf(target + '/') === 0;
    },
    navigate: function (commands, extras) {
      var r = router();
      var current = r.currentUrl ? r.currentUrl() : '/';
      return r.navigate(joinUrl(current, commands), extras || {});
    }
  };
  return { h: h };
};
