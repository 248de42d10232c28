'use strict';
// Test driver: reads jobs (JSON on stdin), renders each compiled view with adapters/runtime/view.js
// against a component state, optionally dispatches events, and renders the WXML with wcc's output.
// job: { def: "<JS object expression>", state: "<JS expression>", page: "pages/x/x.wxml" | null,
//        events: [{ h, p, type, detail }] }; stdin also carries "wcc": wcc's generated JS (or null).
// The runtime is laid out as in a converted app (tests/js/helpers), so the view helper files find forms.js, the
// router …
var layout = require('../js/helpers/runtime.js').layout;
var runtime = layout({ routes: [], tabs: [] });
var view = runtime.require('view.js');

function text(node) {
  if (typeof node === 'string') return node;
  if (!node || (node.attr && node.attr.hidden === true)) return '';
  return (node.children || []).map(text).join(' ');
}

var input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
var gwx = null;
if (input.wcc) {
  global.window = global;
  global.__wxAppCode__ = {};
  gwx = new Function('global', input.wcc + ';return $gwx')({});
}
var results = input.jobs.map(function (job) {
  try {
    var def = new Function('return (' + job.def + ');')();
    def.helpers = def.helpers.map(runtime.require);   // as the page file requires them
    var instance = new Function('return (' + job.state + ');')();
    var v = view.createView(def, instance, job.host ? new Function('return (' + job.host + ');')() : {});
    var vm = v.render();
    var out = { vm: JSON.parse(JSON.stringify(vm)), after: [], patches: [], results: [] };
    (job.events || []).forEach(function (e) {
      var dataset = { h: String(e.h) };
      if (e.p) dataset.p = e.p;
      var r = e.hook ? v.hook(e.hook) : v.dispatch({ type: e.type || 'tap', detail: e.detail || {},
        currentTarget: { dataset: dataset }, target: { dataset: dataset } });
      out.results.push(r === undefined ? null : r);
      var next = v.render();
      out.patches.push(v.diff(vm, next));
      vm = next;
      out.after.push(JSON.parse(JSON.stringify(next)));
    });
    if (gwx && job.page) out.text = text(gwx(job.page)(vm, {}, {})).replace(/\s+/g, ' ').trim();
    out.state = JSON.parse(JSON.stringify(instance, function (k, val) {
      return typeof val === 'function' ? undefined : val;
    }));
    return out;
  } catch (e) {
    return { error: String(e && e.stack || e) };
  }
});
process.stdout.write(JSON.stringify(results));
