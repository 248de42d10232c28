// The login facade: one signed-in session, sign-in and refresh single-flight, and the runtime request
// core's auth hook (a Bearer token on requests to [login] attach_token_to origins). The host calls
// start(config.login) when the app starts; the app reaches the rest through AuthService or this module.
var core = require('../runtime/angular/core/base.js');
var http = require('../runtime/http.js');
var address = require('../runtime/address.js');
var wxp = require('../runtime/wxp.js');
var store = require('./store.js');
var wire = require('./wire.js');

// Only the configured backend's file ships (bridge/pwa2wx/build/convert.py), so each is required on demand.
var BACKENDS = {
  casdoor: function () { return require('./casdoor.js'); },
  authing: function () { return require('./authing.js'); },
  custom: function () { return require('./custom.js'); }
};

var cfg = null;
var backend = null;
var session = null;   // { accessToken, refreshToken, expiresAt (ms, 0 = unknown) }, as stored
var profile = null;   // the signed-in user once known (memory only)
var flight = null;    // the sign-in or refresh under way: every caller waits for this same one
var epoch = 0;        // bumped by logout, so a flight landing afterwards is dropped
var lastExchange = 0; // when the last wx.login code went to the backend (ms), for the re-sign-in backoff
var listeners = [];

// Keys of a user object that hold credentials (Casdoor's get-account carries accessToken): never app-visible
var SECRET_KEY = /token|secret|password|session_?key/i;

function warn(e) {
  console.warn(e && e.message);
}

// loginConfig: app.config.js `login` ({ backend, endpoint, clientId, trigger, attachTokenTo, reloginInterval, … })
function start(loginConfig) {
  cfg = loginConfig;
  backend = BACKENDS[cfg.backend]()(cfg);
  session = store.load();
  profile = null;
  flight = null;
  lastExchange = 0;
  http.setAuth({ headersFor: headersFor, authFailed: authFailed, onAuthFailure: onAuthFailure });
  if (cfg.trigger === 'launch' && !session) login().catch(warn);
}

function changed() {
  var state = { signedIn: !!session, user: profile };
  listeners.slice().forEach(function (fn) {
    try {
      fn(state);
    } catch (e) {
      core.ɵreportError(e);
    }
  });
  core.ɵtick();   // views showing the auth state re-render
}

// op() → Promise<backend token { accessToken, refreshToken?, expiresIn? (s), user? }>, run one at a time
function fly(op) {
  if (flight) return flight;
  var mine = epoch;
  var p = flight = op().then(function (token) {
    if (flight === p) flight = null;
    if (mine !== epoch) return null;
    session = { accessToken: token.accessToken, refreshToken: token.refreshToken || '',
      expiresAt: token.expiresIn ? Date.now() + token.expiresIn * 1000 : 0 };
    store.save(session);
    profile = token.user ? visible(token.user) : null;
    changed();
    return session.accessToken;
  }, function (e) {
    if (flight === p) flight = null;
    throw e;
  });
  return p;
}

// A copy of a user whose data holds no credential at any depth
function visible(user) {
  function scrub(value) {
    if (Array.isArray(value)) return value.map(scrub);
    if (!value || typeof value !== 'object') return value;
    var out = {};
    Object.keys(value).forEach(function (k) {
      if (!SECRET_KEY.test(k)) out[k] = scrub(value[k]);
    });
    return out;
  }
  return Object.assign({}, user, { data: scrub(user.data) });
}

// wx.login, then the exchange. Codes are single use: one WeChat rejected is replaced once by a fresh one.
function exchange(options, retried) {
  lastExchange = Date.now();
  return wxp('login', {}).then(function (res) {
    return backend.exchange(res.code, options);
  }).catch(function (e) {
    if (e.kind === 'code' && !retried) return exchange(options, true);
    throw e;
  });
}

// A sign-in succeeds only with a token the backend accepts: where the backend has an account endpoint,
// the user is read with it first (Casdoor issues tokens to forbidden users that every call refuses).
// automatic: a re-sign-in after a refusal, held back to one code exchange per [login] relogin_interval.
function signIn(options, automatic) {
  var wait = lastExchange + cfg.reloginInterval * 1000 - Date.now();
  if (automatic && lastExchange && wait > 0) {
    return Promise.reject(wire.failure('backend', 'signed in ' + Math.round((Date.now() - lastExchange) / 1000) +
      ' s ago; the next sign-in may start in ' + Math.ceil(wait / 1000) + ' s (relogin_interval)', 'backoff'));
  }
  return exchange(options, false).then(function (token) {
    if (token.user || !backend.user) return token;
    return backend.user({ accessToken: token.accessToken }).then(function (u) {
      return Object.assign({}, token, { user: u });
    }, function (e) {
      throw e.kind === 'auth' ? wire.failure('backend', 'the new token is refused: ' +
        e.message.replace('[pwa2wx login] ', ''), e.code) : e;
    });
  });
}

// options: { username, avatar } for a backend that creates the user on first sign-in → Promise<token>
function login(options) {
  return fly(function () {
    return signIn(options || {}, false);
  });
}

// Refresh tokens rotate (the old pair dies), hence single-flight; a failed refresh signs in again.
function refresh() {
  return fly(function () {
    var renew = session && session.refreshToken && backend.refresh ? backend.refresh(session) : Promise.reject();
    return renew.catch(function () {
      return signIn({}, true);
    });
  });
}

function current() {
  return session ? session.accessToken : null;
}

// The access token to send now (null when signed out): waits for a flight, renews an expired one.
function token() {
  if (flight) return flight.then(current, current);
  if (session && session.expiresAt && session.expiresAt <= Date.now()) return refresh().then(current, current);
  return Promise.resolve(current());
}

// call(session) → Promise, renewed once when the backend says the token is bad or expired
function authed(call) {
  return token().then(function (t) {
    if (!t) throw wire.failure('auth', 'not signed in', 'not_signed_in');
    return call(session).catch(function (e) {
      if (e.kind !== 'auth') throw e;
      return refresh().then(function () {
        return call(session);
      });
    });
  });
}

// → Promise<{ id, name, displayName, avatar, data: the backend's user object } | null>
function user() {
  return token().then(function (t) {
    if (!t || profile || !backend.user) return t ? profile : null;
    var mine = epoch;
    return authed(backend.user).then(function (u) {
      if (mine !== epoch) return null;
      profile = visible(u);
      changed();
      return profile;
    });
  });
}

// A local file path (chooseAvatar's temporary file), not an image URL the backend can store as is
function isLocalFile(avatar) {
  return typeof avatar === 'string' && !!avatar && !/^https:\/\//.test(avatar);
}

// changes: { displayName, avatar (an https URL, or chooseAvatar's local file: uploaded first) }
// → Promise<the updated user>
function updateProfile(changes) {
  if (!backend.updateProfile) {
    return Promise.reject(wire.failure('backend', cfg.backend + ' has no profile update', 'unsupported'));
  }
  return user().then(function (u) {
    if (!u) throw wire.failure('auth', 'not signed in', 'not_signed_in');
    var upload = isLocalFile(changes.avatar) ? authed(function (s) {
      return backend.uploadAvatar(s, u, changes.avatar);
    }) : Promise.resolve(changes.avatar);
    return upload.then(function (avatar) {
      var update = Object.assign({}, changes, avatar === undefined ? {} : { avatar: avatar });
      return authed(function (s) {
        return backend.updateProfile(s, u, update);
      });
    });
  }).then(function () {
    profile = null;
    return user();
  });
}

// Ends the session at the backend (where it can), then here. Resolves once both are done; a backend that
// cannot be reached does not keep the device signed in (its refusal is logged).
function logout() {
  var ending = session;
  epoch++;
  flight = null;
  var remote = ending && backend && backend.logout ? backend.logout(ending).catch(warn) : Promise.resolve();
  return remote.then(function () {
    if (session !== ending && session) return;   // signed in again meanwhile: that session stays
    session = null;
    profile = null;
    store.clear();
    changed();
  });
}

function isSignedIn() {
  return !!session;
}

// fn({ signedIn, user }) on every sign-in, sign-out and user change → a function that unsubscribes
function onChange(fn) {
  listeners.push(fn);
  return function () {
    var i = listeners.indexOf(fn);
    if (i >= 0) listeners.splice(i, 1);
  };
}

// ---- the request core's auth hook (runtime/http.js setAuth)
function originOf(url) {
  return address.origin(url).replace(/^(https:\/\/.*):443$|^(http:\/\/.*):80$/, '$1$2');
}

function attached(url) {
  var origin = originOf(url);
  return cfg.attachTokenTo.some(function (o) {
    return originOf(o) === origin;
  });
}

function headersFor(url) {
  if (!attached(url)) return {};
  return token().then(function (t) {
    return t ? { Authorization: 'Bearer ' + t } : {};
  });
}

// Whether an answer refuses the token: HTTP 401, or the backend's own way (Casdoor's API: HTTP 200
// {status: 'error'}) for requests to the backend itself.
function authFailed(url, response) {
  return response.status === 401 || (!!backend.authFailed && originOf(url) === originOf(cfg.endpoint) &&
    backend.authFailed(response));
}

// A refused token from an attached origin: renew (refresh, else sign in again) and let the request retry once.
// sent: the headers headersFor gave that request; another request may have renewed the token already.
function onAuthFailure(url, response, sent) {
  if (!attached(url) || (!session && cfg.trigger !== 'launch')) return Promise.resolve(false);
  if (session && sent && sent.Authorization && sent.Authorization !== 'Bearer ' + session.accessToken) {
    return Promise.resolve(true);
  }
  var renew = session ? refresh() : fly(function () {
    return signIn({}, true);
  });
  return renew.then(function (t) {
    return !!t;
  }, function (e) {
    warn(e);
    return false;
  });
}

var api = { login: login, logout: logout, token: token, refresh: refresh, user: user, updateProfile: updateProfile,
  isSignedIn: isSignedIn, onChange: onChange };

// The app's handle on the session, injectable like any Angular service (providedIn root).
function AuthService() {}
Object.keys(api).forEach(function (name) {
  AuthService.prototype[name] = api[name];
});
AuthService.__ng__ = { kind: 'injectable', providedIn: 'root' };

module.exports = Object.assign({ start: start, AuthService: AuthService }, api);
