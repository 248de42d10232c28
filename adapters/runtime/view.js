'use strict';
/**
 * The runtime half of the template compiler: runs a page's compiled render function against the
 * component instance (WXML can only read data, so pipes, method calls and `?.` are evaluated here),
 * diffs view models into path-level setData patches, and dispatches WXML events to the compiled
 * handlers with the loop scope recorded during the last render (so `open(session)` gets the real object).
 *
 *   var view = createView({ render, handlers, hooks, pipes, helpers }, instance, host);
 *   var vm = view.render();            // the view model (plain JSON)
 *   var patch = view.diff(prev, vm);    // { 'l0[2].v3': 'x' } or null
 *   view.dispatch(wxEvent);             // from the `$on` method (data-h, data-p)
 *   view.hook('pullDownRefresh');       // ion-refresher / ion-infinite-scroll handlers
 *
 * `host` (all optional): markForCheck() after async pipe values, injector (the component's: it makes app and
 * library pipes and directives through DI),
 * mode ('ios' | 'md'; default: Ionic's Config), and for tests navigate(url, extras), currentUrl(),
 * stopPullDownRefresh(), menu(action, id), setTitle(text) (default: the runtime's router, wx, menuController).
 *
 * `helpers`: the helper files (runtime/view/*.js) of the features the template uses beyond the core here (pipes,
 * forms, references, menus); the compiled page requires them (bridge/pwa2wx/template/helpers.py FEATURES), so a
 * page whose template uses no pipe ships no pipes.js. Each is a function (view, host, def, instance) → { h: its
 * helpers, rendering(), rendered(), destroy() (each optional) }.
 */

var address = require('./address.js');
var Config = require('./ionic/config.js').Config;

var PROP_MARK = '$pwx:ref:';
var propIds = new WeakMap();
var propLive = {}; // token -> object, for the tokens views currently show
var propUsers = {}; // token -> number of views showing it
var nextPropId = 1;

function toArray(items) {
  if (items == null) return [];
  if (Array.isArray(items)) return items;
  if (typeof items === 'string') return items.split('');
  if (typeof items[Symbol.iterator] === 'function') return Array.from(items);
  return [];
}

function kebab(name) {
  return name.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
}

function classToken(value) {
  return String(value).trim().replace(/[^A-Za-z0-9_-]+/g, '_');
}

// A class as WXML and WXSS can both carry it (Tailwind's md:flex → md_3a_flex): bridge/pwa2wx/template/ionic.py
// class_name, which tests/js/view.test.js holds this to.
function className(c) {
  if (/^-?[A-Za-z_][A-Za-z0-9_-]*$/.test(c)) return c;
  var hex = function (ch) { return '_' + ch.codePointAt(0).toString(16) + '_'; };
  return c.replace(/[^A-Za-z0-9_-]/gu, hex).replace(/^(-?)(\d)/, function (m, dash, d) { return dash + hex(d); });
}

function addClasses(out, value) {
  if (value == null || value === false || value === '') return;
  if (typeof value === 'string') {
    value.split(/\s+/).forEach(function (c) { if (c) out.push(className(c)); });
  } else if (Array.isArray(value)) {
    value.forEach(function (v) { addClasses(out, v); });
  } else if (value instanceof Set) {
    value.forEach(function (v) { addClasses(out, v); });
  } else if (typeof value === 'object') {
    Object.keys(value).forEach(function (k) { if (value[k]) addClasses(out, k); });
  }
}

function addStyles(out, value) {
  if (value == null || value === false || value === '') return;
  if (typeof value === 'string') {
    value.split(';').forEach(function (d) { if (d.trim()) out.push(d.trim()); });
  } else if (Array.isArray(value)) {
    value.forEach(function (v) { addStyles(out, v); });
  } else if (typeof value === 'object') {
    Object.keys(value).forEach(function (k) {
      var v = value[k];
      if (v == null || v === '' || v === false) return;
      var parts = k.split('.');
      var name = parts[0].indexOf('--') === 0 ? parts[0] : kebab(parts[0]);
      out.push(name + ': ' + v + (parts[1] ? parts[1] : ''));
    });
  }
}

function normalize(e) {
  e = e || {};
  if (!e.detail) e.detail = {};
  if (!e.target) e.target = {};
  if (typeof e.stopPropagation !== 'function') e.stopPropagation = function () {};
  if (typeof e.preventDefault !== 'function') e.preventDefault = function () {};
  return e;
}

/** Values setData can carry: undefined becomes null (WeChat warns on undefined). */
function clean(v) {
  if (v === undefined) return null;
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === 'object') {
    var out = {};
    Object.keys(v).forEach(function (k) { out[k] = clean(v[k]); });
    return out;
  }
  return v;
}

function isObject(v) {
  return v !== null && typeof v === 'object';
}

function diffInto(a, b, path, patch) {
  if (a === b || (a !== a && b !== b)) return 0;
  if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b)) {
    var count = 0;
    if (Array.isArray(b)) {
      if (b.length < a.length) {
        patch[path] = clean(b);
        return 1;
      }
      var sub = {};
      for (var i = 0; i < b.length; i++) {
        var p = path + '[' + i + ']';
        if (i >= a.length) {
          sub[p] = clean(b[i]);
          count++;
        } else {
          count += diffInto(a[i], b[i], p, sub);
        }
      }
      if (count > 1 && JSON.stringify(sub).length > JSON.stringify(b).length) {
        patch[path] = clean(b); // the whole list is smaller than its changed paths
        return 1;
      }
      Object.keys(sub).forEach(function (k) { patch[k] = sub[k]; });
      return count;
    }
    Object.keys(b).forEach(function (k) {
      count += diffInto(a[k], b[k], path ? path + '.' + k : k, patch);
    });
    Object.keys(a).forEach(function (k) {
      if (!(k in b) && a[k] !== null && a[k] !== undefined) {
        patch[path ? path + '.' + k : k] = null;
        count++;
      }
    });
    return count;
  }
  if (b === undefined && a === null) return 0;
  patch[path] = clean(b);
  return 1;
}

/**
 * An input's text is already on screen: record it in the last view model, so the next update does not
 * send the same text back (setData on a focused input moves its cursor to the end).
 */
function keepTyped(vm, path, key, value) {
  var node = vm;
  var parts = path ? String(path).split('.') : [];
  for (var i = 0; i + 1 < parts.length; i += 2) {
    node = node && node[parts[i]] && node[parts[i]][Number(parts[i + 1])];
  }
  if (node && typeof node === 'object' && value !== undefined) node[key] = value;
}

/** The setData object turning view model `prev` into `next` (changed paths only), or null. */
function diff(prev, next) {
  var patch = {};
  var n = diffInto(prev || {}, next || {}, '', patch);
  return n ? patch : null;
}

/** The object a property token stands for (custom-component inputs keep object identity). */
function resolveProp(value) {
  if (typeof value === 'string' && value.indexOf(PROP_MARK) === 0) {
    return Object.prototype.hasOwnProperty.call(propLive, value) ? propLive[value] : undefined;
  }
  return value;
}

/** Keep the objects behind a view's current property tokens alive, release the ones it stopped showing. */
function retain(current, previous) {
  Object.keys(current).forEach(function (t) {
    if (!(t in previous)) propUsers[t] = (propUsers[t] || 0) + 1;
    propLive[t] = current[t];
  });
  Object.keys(previous).forEach(function (t) {
    if (!(t in current) && --propUsers[t] <= 0) {
      delete propUsers[t];
      delete propLive[t];
    }
  });
}

// WeChat's template engine stops a page's render at 16,000 elements ("Dom limit exceeded"): list items may take
// this many, the rest is kept for the page's other elements
var LIST_ELEMENTS = 15000;

function createView(def, instance, host) {
  host = host || {};
  var view = {
    scopes: { '': { $p: '' } },
    refs: {},
    children: {},   // `#name` on a custom component -> its instance, as the child registers it
    owned: [],      // the instances of the custom components in its template, as they start (component.js)
    last: null
  };
  var building = null; // scopes recorded by the render in progress
  var elementsLeft = LIST_ELEMENTS, cutLists = {}; // of the render in progress; lists shown in part (warned once)
  var propTokens = {};
  var hookTargets = {};
  var mode = null;
  var title = null, shownTitle = null;

  view.markForCheck = function () {
    if (typeof host.markForCheck === 'function') host.markForCheck();
  };

  var h = {
    root: function () {
      var s = { $p: '' };
      building = { '': s };
      elementsLeft = LIST_ELEMENTS;
      return s;
    },
    // `weight` is the WXML elements one item creates (template/flow.py); items past what WeChat can draw are
    // left out with a warning rather than the page failing to render
    each: function (items, parent, key, names, fn, weight) {
      var list = toArray(items), n = list.length, out = [];
      var prefix = (parent.$p ? parent.$p + '.' : '') + key + '.';
      for (var i = 0; i < n; i++) {
        elementsLeft -= weight || 1;
        if (elementsLeft < 0) {
          if (!cutLists[key]) console.warn('pwa2wx: ' + i + ' of the ' + n + ' items of list ' + key + ' shown: ' +
            'WeChat draws at most 16,000 elements on a page');
          cutLists[key] = true;
          break;
        }
        var s = Object.create(parent);
        s.$p = prefix + i;
        s[names[0]] = list[i];
        s[names[1]] = i;
        s[names[2]] = n;
        if (building) building[s.$p] = s;
        var vm = {};
        fn(s, vm);
        out[i] = vm;
      }
      return out;
    },
    list: toArray,
    s: function (v) { return v == null ? '' : String(v); },
    num: function (v) { return Number(v) || 0; },
    trim: function (v) { return String(v).trim(); },
    key: function (v, index) { return typeof v === 'string' || typeof v === 'number' ? v : index; },
    cls: function (parts) {
      var out = [];
      addClasses(out, parts);
      return out.filter(function (c, i) { return out.indexOf(c) === i; }).join(' ');
    },
    look: function (name, value) {
      if (value == null || value === false) return '';
      if (value === true || value === '' || value === 'true') return 'a-' + name;
      var token = classToken(value);
      return 'a-' + name + '-' + token + (name === 'color' ? ' ion-color ion-color-' + token : '');
    },
    style: function (parts) {
      var out = [];
      addStyles(out, parts);
      return out.join('; ');
    },
    url: function (url) { return address.assetUrl(url); },
    prop: function (value) {
      if (!isObject(value) && typeof value !== 'function') return value === undefined ? null : value;
      var id = propIds.get(value);
      if (!id) {
        id = nextPropId++;
        propIds.set(value, id);
      }
      var token = PROP_MARK + id;
      propTokens[token] = value;
      return token;
    },
    icon: function (name, table) { return (name && table[name]) || ''; },
    eq: function (a, b) { return a === b; },
    // ---- used by handlers ----
    event: function (e, kind, extra) {
      e = normalize(e);
      var d = e.detail;
      if (kind === 'input') {
        e.target.value = d.value;
        e.keyCode = e.which = d.keyCode;   // (keyup)/(keydown) on a text input
      } else if (kind === 'toggle') {
        d.checked = !!d.value;
        e.target.checked = d.checked;
      } else if (kind === 'checkbox') {
        d.checked = toArray(d.value).length > 0;
        d.value = 'on';
        e.target.checked = d.checked;
      } else if (kind === 'radio' || kind === 'select') {
        d.value = toArray(extra)[Number(d.value)];
        e.target.value = d.value;
      } else if (kind === 'segment') {
        d.value = extra;
        e.target.value = extra;
      } else if (kind === 'datetime') {
        e.target.value = d.value;
      } else if (kind === 'file') {   // <input type="file">'s change (view/files.js)
        e.target.files = d.files || [];
        e.target.value = e.target.files.length ? 'C:\\fakepath\\' + e.target.files[0].name : '';
      }
      return e;
    },
    open: function (url) { // <a href="https://…">: as window.open does in the mini program
      return address.open(url);
    },
    title: function (read) { // a page's <ion-title>{{ … }}</ion-title>: the native navigation bar's title
      try {
        title = read();
      } catch (e) {
        title = null; // a value it reads is not there yet
      }
    },
  };
  Object.defineProperty(h, 'mode', {
    get: function () {
      if (mode === null) {
        mode = host.mode || new Config().get('mode') || 'md';
      }
      return mode;
    }
  });

  var features = (def.helpers || []).map(function (feature) { return feature(view, host, def, instance); });
  features.forEach(function (f) { Object.assign(h, f.h); });
  function stage(name) {
    features.forEach(function (f) { if (f[name]) f[name](); });
  }

  view.render = function () {
    stage('rendering');
    propTokens = {};
    var previousTokens = view.tokens || {};
    // As Angular's view, which keeps what its bindings set before one threw: the values rendered before the
    // error, the last render's for the rest; host.js reports the error once they are shown
    var vm = {};
    view.error = null;
    try {
      vm = def.render(instance, h, vm) || vm;
    } catch (e) {
      view.error = e;
      vm = Object.assign({}, view.last, vm);
    }
    view.scopes = building || { '': { $p: '' } };
    building = null;
    stage('rendered');
    retain(propTokens, previousTokens);
    view.tokens = propTokens;
    return vm;
  };

  view.diff = diff;

  /** Render and diff against the last render: the setData patch (or null when nothing changed). */
  view.update = function () {
    var vm = view.render();
    var patch = diff(view.last, vm);
    view.last = vm;
    if (title !== null && title !== shownTitle) {
      shownTitle = title;
      if (typeof host.setTitle === 'function') host.setTitle(title);
      else if (typeof wx !== 'undefined' && wx.setNavigationBarTitle) wx.setNavigationBarTitle({ title: title });
    }
    return patch;
  };

  view.dispatch = function (e) {
    var target = (e && (e.currentTarget || e.target)) || {};
    var data = target.dataset || {};
    if (data.h === undefined) return undefined;
    var fn = def.handlers[Number(data.h)];
    if (!fn) return undefined;
    var scope = view.scopes[data.p || ''] || view.scopes[''];
    if (data.m && e.type === 'input' && view.last) keepTyped(view.last, data.p, data.m, (e.detail || {}).value);
    return fn(instance, scope, normalize(e), h);
  };

  // ion-refresher's and ion-infinite-scroll's element: $event.target of their handlers, and what
  // @ViewChild(IonInfiniteScroll) gets (ionic/components.js)
  view.hookTarget = function (name) {
    var target = hookTargets[name];
    if (!target) {
      target = hookTargets[name] = {
        disabled: false,
        complete: function () {
          if (name === 'pullDownRefresh') {
            if (typeof host.stopPullDownRefresh === 'function') host.stopPullDownRefresh();
            else if (typeof wx !== 'undefined' && wx.stopPullDownRefresh) wx.stopPullDownRefresh();
          }
          return Promise.resolve();
        },
        cancel: function () { return target.complete(); }
      };
    }
    return target;
  };

  view.hook = function (name, extra) {
    var id = def.hooks && def.hooks[name];
    if (id === undefined) return undefined;
    var target = view.hookTarget(name);
    if (target.disabled) return undefined;
    var e = { type: name === 'pullDownRefresh' ? 'ionRefresh' : 'ionInfinite', target: target, detail: target };
    if (extra) Object.keys(extra).forEach(function (k) { e[k] = extra[k]; });
    return def.handlers[id](instance, view.scopes[''], normalize(e), h);
  };

  view.destroy = function () {
    stage('destroy');
    retain({}, view.tokens || {});
    view.tokens = {};
  };

  view.h = h;
  return view;
}

module.exports = { createView: createView, diff: diff, resolveProp: resolveProp, toArray: toArray };
