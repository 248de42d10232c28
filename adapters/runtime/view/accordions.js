'use strict';
// ion-accordion: whether each is open (its group's value names it at first), toggled by a tap on its header; in a
// group without `multiple`, opening one closes the others ("…*" groups allow several). A view helper file (view.js
// createView): the compiled page requires it when its template has accordions.
module.exports = function accordionHelpers() {
  var open = {}, groups = {}; // loop path#site -> open, -> its group
  var h = {
    accordionOpen: function (scope, site, initial, group) {
      var at = scope.$p + '#' + site;
      if (!(at in open)) open[at] = !!initial;
      groups[at] = group;
      return open[at] ? 'accordion-expanded' : '';
    },
    accordionToggle: function (scope, site) {
      var at = scope.$p + '#' + site, group = groups[at];
      if (!open[at] && group.slice(-1) !== '*') {
        Object.keys(groups).forEach(function (k) { if (groups[k] === group) open[k] = false; });
      }
      open[at] = !open[at];
    }
  };
  return { h: h };
};
