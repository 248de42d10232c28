// Authing. api 'v3' (default): the current API, as authing-js-sdk 5.x (packages/miniapp) speaks it: sign-in
// POST /api/v3/signin-by-mobile, refresh and revocation at /oidc/token(/revocation), the profile at
// /api/v3/get-profile and update-profile, avatars to /api/v2/upload. api 'legacy': authing-wxapp-sdk's
// POST /connections/social/wechat-miniprogram/auth with the user pool headers (no refresh, no profile update).
var wire = require('./wire.js');

// v3 answers {statusCode, message, apiCode?, data}: any statusCode but 200 is an error. WeChat refusing
// the code shows as its errcode/errmsg in the message: the one failure a fresh code can fix.
function dataOf(res) {
  var d = res.data || {};
  if (d.statusCode === 200) return d.data;
  var message = 'Authing answered ' + (d.statusCode || res.status) + (d.apiCode ? ' (' + d.apiCode + ')' : '') +
    ': ' + (d.message || 'HTTP ' + res.status);
  var kind = d.statusCode === 401 || res.status === 401 ? 'auth' : /40029|invalid code/i.test(d.message) ? 'code'
    : 'backend';
  throw wire.failure(kind, message);
}

// An OIDC token answer {access_token, refresh_token?, expires_in}, or {error, error_description}
function oidcToken(d) {
  if (!d || !d.access_token) {
    throw wire.failure('backend', 'Authing refused the token request: ' + ((d && (d.error_description || d.error ||
      d.message)) || 'no access_token'));
  }
  return { accessToken: d.access_token, refreshToken: d.refresh_token || '', expiresIn: d.expires_in || 0 };
}

function userOf(u) {
  return { id: u.userId || u.id, name: u.username || u.userId || u.id, displayName: u.nickname || '',
    avatar: u.photo || '', data: u };
}

function v3(cfg, base) {
  var app = { 'x-authing-app-id': cfg.appId };
  if (cfg.userpoolId) app['x-authing-userpool-id'] = cfg.userpoolId;
  return {
    exchange: function (code) {
      return wire.send('POST', base + '/api/v3/signin-by-mobile', { headers: app, json: {
        connection: 'wechat_mini_program_code', extIdpConnidentifier: cfg.connection,
        wechatMiniProgramCodePayload: { code: code },
        options: { scope: 'openid profile offline_access' }   // offline_access: a refresh_token comes too
      } }).then(function (res) {
        return oidcToken(dataOf(res));
      });
    },
    refresh: function (session) {
      return wire.send('POST', base + '/oidc/token', { headers: app, form: { grant_type: 'refresh_token',
        refresh_token: session.refreshToken, client_id: cfg.appId } }).then(function (res) {
        return oidcToken(res.data);
      });
    },
    user: function (session) {
      return wire.send('GET', base + '/api/v3/get-profile', { headers: app, token: session.accessToken })
        .then(dataOf).then(userOf);
    },
    updateProfile: function (session, user, changes) {
      var body = {};
      if (changes.displayName !== undefined) body.nickname = changes.displayName;
      if (changes.avatar !== undefined) body.photo = changes.avatar;
      return wire.send('POST', base + '/api/v3/update-profile', { headers: app, token: session.accessToken,
        json: body }).then(dataOf);
    },
    // → Promise<the image's URL at Authing> (the SDK's updateAvatar: folder=avatar, answer {code, data: {url}})
    uploadAvatar: function (session, user, filePath) {
      return wire.upload(base + '/api/v2/upload?folder=avatar', filePath, {}).then(function (res) {
        var d = res.data || {};
        if (d.code !== 200 || !d.data || !d.data.url) {
          throw wire.failure('backend', 'Authing refused the upload: ' + (d.message || 'HTTP ' + res.status));
        }
        return d.data.url;
      });
    },
    // RFC 7009 revocation: the access token ends at Authing; the refresh token with it
    logout: function (session) {
      var revoke = function (token) {
        return wire.send('POST', base + '/oidc/token/revocation', { form: { client_id: cfg.appId, token: token } })
          .then(function (res) {
            if (res.status !== 200) throw wire.failure('backend', 'Authing refused the revocation (HTTP ' + res.status + ')');
          });
      };
      return Promise.all([session.accessToken, session.refreshToken].filter(Boolean).map(revoke));
    }
  };
}

function legacy(cfg, base) {
  var headers = { 'x-authing-userpool-id': cfg.userpoolId, 'x-authing-app-id': cfg.appId,
    'x-authing-request-from': 'wxapp' };
  return {
    exchange: function (code) {
      var url = base + '/connections/social/wechat-miniprogram/auth';
      return wire.send('POST', url, { json: { code: code }, headers: headers }).then(function (res) {
        var env = res.data || {};
        if (env.code !== 200 || !env.data || !env.data.token) {
          throw wire.failure(/40029|invalid code/i.test(env.message) ? 'code' : 'backend',
            'Authing answered ' + env.code + ': ' + env.message);
        }
        var u = Object.assign({}, env.data);
        var token = u.token;
        var expiresAt = Date.parse(u.tokenExpiredAt);
        delete u.token;
        return { accessToken: token, expiresIn: expiresAt ? Math.max(1, (expiresAt - Date.now()) / 1000) : 0,
          user: userOf(u) };
      });
    }
  };
}

module.exports = function authing(cfg) {
  var base = cfg.endpoint.replace(/\/+$/, '');
  return cfg.api === 'legacy' ? legacy(cfg, base) : v3(cfg, base);
};
