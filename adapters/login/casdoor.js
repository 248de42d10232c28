// Casdoor: WeChat mini program sign-in (tag=wechat_miniprogram on the token endpoint), refresh with
// rotation, the account (get-account), profile updates (update-user), avatar upload (upload-resource)
// and logout at the server (/api/logout).
var wire = require('./wire.js');

// Casdoor's refusals the app can act on → their code (README "Sign-in errors"); matched on the text
// Casdoor v3.158.0 answers (object/token_oauth.go, object/user.go AddUser, routers/auto_signin_filter.go).
var REFUSALS = [
  [/Duplicate entry|UNIQUE constraint failed|duplicate key value/i, 'username_taken'],
  [/'built-in' organization/, 'built_in_organization'],
  [/does not allow to sign up/, 'signup_disabled'],
  [/^invalid_client/, 'invalid_client'],
  [/forbidden to sign in/i, 'user_forbidden']
];

function refusal(kind, message) {
  var found = REFUSALS.filter(function (r) {
    return r[0].test(message);
  })[0];
  return wire.failure(kind, message, found && found[1]);
}

// Token endpoint answers: {error, error_description} (HTTP 401 invalid_client, else 400), an internal
// error as HTTP 200 {status: 'error', msg}, or a token in one of two shapes (see tokenOf).
function tokenOf(res) {
  var d = res.data || {};
  if (d.error) {
    var desc = d.error_description || '';
    // WeChat refused the code (40029 …): the one failure a fresh code can fix
    throw refusal(/wechat mini program session error/.test(desc) ? 'code' : 'backend', d.error + ': ' + desc);
  }
  // snake_case up to Casdoor v3.35.0; from v3.35.1 the raw token object in camelCase
  var access = d.access_token || d.accessToken;
  if (d.status === 'error' || !access) {
    throw refusal('backend', d.msg || 'no access token in the answer (HTTP ' + res.status + ')');
  }
  // picked field by field: the camelCase object's `code` is WeChat's session_key and goes nowhere
  return { accessToken: access, refreshToken: d.refresh_token || d.refreshToken || '',
    expiresIn: d.expires_in || d.expiresIn || 0 };
}

// Resource endpoints report a bad or expired token (or a forbidden user) as HTTP 200 {status: 'error', msg}.
var TOKEN_REFUSED = /access token|login first|forbidden to sign in/i;

function okOf(res) {
  var d = res.data || {};
  if (d.status === 'ok') return d;
  var msg = d.msg || 'HTTP ' + res.status;
  throw refusal(TOKEN_REFUSED.test(msg) ? 'auth' : 'backend', msg);
}

module.exports = function casdoor(cfg) {
  var base = cfg.endpoint.replace(/\/+$/, '');
  var tokenUrl = base + '/api/login/oauth/access_token';
  return {
    // profile: { username, avatar }: Casdoor uses them only when it creates the user
    exchange: function (code, profile) {
      return wire.send('POST', tokenUrl, { form: { tag: 'wechat_miniprogram', client_id: cfg.clientId, code: code,
        username: profile.username, avatar: profile.avatar } }).then(tokenOf);
    },
    refresh: function (session) {
      return wire.send('POST', tokenUrl, { form: { grant_type: 'refresh_token', refresh_token: session.refreshToken,
        client_id: cfg.clientId } }).then(tokenOf);
    },
    user: function (session) {
      return wire.send('GET', base + '/api/get-account', { token: session.accessToken }).then(okOf).then(function (d) {
        var u = d.data || {};
        return { id: d.sub, name: d.name, displayName: u.displayName || d.name, avatar: u.avatar || '', data: u };
      });
    },
    // an existing user keeps name and avatar at sign-in; update-user is how changes reach Casdoor
    updateProfile: function (session, user, changes) {
      var body = { owner: user.data.owner, name: user.name };
      var columns = [];
      if (changes.displayName !== undefined) {
        columns.push('display_name');
        body.displayName = changes.displayName;
      }
      if (changes.avatar !== undefined) {
        columns.push('avatar');
        body.avatar = changes.avatar;
      }
      var url = base + '/api/update-user?id=' + encodeURIComponent(body.owner + '/' + body.name) +
        '&columns=' + columns.join(',');
      return wire.send('POST', url, { token: session.accessToken, json: body }).then(okOf);
    },
    // a local image (chooseAvatar's temporary file) → Promise<its URL at Casdoor's storage provider>, stored
    // where Casdoor's own avatar upload puts it (web/src/common/modal/CropperDivModal.js)
    uploadAvatar: function (session, user, filePath) {
      var ext = (/\.(\w+)$/.exec(filePath) || [0, 'png'])[1];
      var query = { owner: user.data.owner, user: user.name, application: user.data.signupApplication || '',
        tag: 'avatar', parent: 'pwa2wx', fullFilePath: 'avatar/' + user.data.owner + '/' + user.name + '.' + ext };
      var url = base + '/api/upload-resource?' + Object.keys(query).map(function (k) {
        return k + '=' + encodeURIComponent(query[k]);
      }).join('&');
      return wire.upload(url, filePath, { token: session.accessToken }).then(okOf).then(function (d) {
        return d.data;
      });
    },
    // ends the token at the server (controllers/account.go Logout); the hint goes in the body, not the URL
    logout: function (session) {
      return wire.send('POST', base + '/api/logout', { form: { id_token_hint: session.accessToken } }).then(okOf);
    },
    // an app request to Casdoor's API (request core response, body as text) refused for its token
    authFailed: function (res) {
      if (res.status !== 200 || typeof res.body !== 'string' || res.body.indexOf('"error"') < 0) return false;
      try {
        var d = JSON.parse(res.body);
        return d.status === 'error' && TOKEN_REFUSED.test(d.msg);
      } catch (e) {
        return false;
      }
    }
  };
};
