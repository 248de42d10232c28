'use strict';
// Custom components (an Angular component used as an element in a template) on WeChat's Component(): inputs are
// its properties, and a child takes its injector from the component whose WXML holds it. The compiled component
// file calls component(def); pages are index.js's.
var core = require('./angular/core/base.js');
var view = require('./view.js');
var hosts = require('./host.js');

var Host = hosts.Host, guarded = hosts.guarded, onEvent = hosts.onEvent;

// The WeChat property of an input: WXML attributes take no `$`, and name no property with a capital first letter
// (`-challenge` is no attribute), so `Challenge` is `challenge` (the compiler's input_attribute writes the same)
function propertyName(input) {
  return input.replace(/\$/g, '_').replace(/^[A-Z]/, function (c) { return c.toLowerCase(); });
}

function component(def) {
  var C;
  try {
    C = def.component();
  } catch (e) {
    // its module threw while loading: reported, and the element shows its template's static part only, so
    // the page holding it still opens
    core.ɵreportError(e);
    Component({ options: { multipleSlots: true }, data: {}, methods: { $on: onEvent } });
    return;
  }
  var meta = core.ɵmeta(C);
  var inputs = meta.inputs || {};
  var properties = {};
  Object.keys(inputs).forEach(function (f) {
    properties[propertyName(inputs[f].alias || f)] = {
      type: null,
      value: null,
      observer: function (v) {
        var host = this.__ng;
        if (!host) return;   // before attached: the initial values are read there
        var batch = host.pending;
        if (!batch) {
          batch = host.pending = {};
          // WeChat calls one observer per property: gather them into one ngOnChanges
          Promise.resolve().then(function () {
            host.pending = null;
            if (host.destroyed) return;
            host.inputs(batch);
            host.detect();
          });
        }
        batch[f] = view.resolveProp(v);
      }
    };
  });
  Component({
    options: { multipleSlots: true },
    properties: properties,
    data: {},
    lifetimes: {
      attached: function () {
        var self = this;
        core.ɵwhenReady(function () { startComponent(self, def, inputs); });
      },
      detached: function () {
        var host = this.__ng;
        if (!host) return;
        var owned = host.owner ? host.owner.owned : [], at = owned.indexOf(host.instance);
        if (at >= 0) owned.splice(at, 1);
        host.destroy();
      }
    },
    pageLifetimes: {
      show: function () {
        if (!this.__ng) return;
        this.__ng.hidden = false;
        this.__ng.detect();
      },
      hide: function () {
        if (this.__ng) this.__ng.hidden = true;
      }
    },
    methods: { $on: onEvent }
  });
}

// Children get their injector from the component whose WXML holds them (selectOwnerComponent),
// waiting for it when that one is not created yet.
function startComponent(wxThis, def, inputs) {
  var owner = wxThis.selectOwnerComponent ? wxThis.selectOwnerComponent() : null;
  if (owner && !(owner.__ng && owner.__ng.started)) {
    (owner.__waiting = owner.__waiting || []).push(function () { startComponent(wxThis, def, inputs); });
    return;
  }
  guarded(function () {
    var host = new Host(wxThis, def, owner ? owner.__ng.injector : core.ɵroot, []);
    var initial = {};
    Object.keys(inputs).forEach(function (f) {
      var v = view.resolveProp(wxThis.data[propertyName(inputs[f].alias || f)]);
      if (v !== null && v !== undefined) initial[f] = v;
    });
    host.outputs();
    host.inputs(initial);
    // a later value is no first change (Angular's first pass counts inputs bound to undefined)
    Object.keys(inputs).forEach(function (f) { host.seen[f] = true; });
    host.start();
    var ref = wxThis.dataset && wxThis.dataset.ref;
    if (owner) {
      var ownerView = owner.__ng.view;
      ownerView.owned.push(host.instance);   // for the owner's @ViewChild(ChildComponent)
      host.owner = ownerView;
      if (ref) ownerView.children[ref] = host.instance;
      if (ref || owner.__ng.queriesByClass) core.ɵtick();   // the owner's template or queries may read it
    }
  });
}

module.exports = { component: component };
