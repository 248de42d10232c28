// Your own backend: POST JSON {<code_field>: code, username?, avatar?} to [login] endpoint and read the
// token (and the user, with user_path) at dotted paths of the JSON answer. There is no refresh: an
// expired token makes the facade sign in again.
var wire = require('./wire.js');

function pick(obj, path) {
  return path.split('.').reduce(function (o, key) {
    return o === null || o === undefined ? undefined : o[key];
  }, obj);
}

module.exports = function custom(cfg) {
  return {
    exchange: function (code, profile) {
      var body = { username: profile.username, avatar: profile.avatar };
      body[cfg.codeField] = code;
      return wire.send('POST', cfg.endpoint, { json: body }).then(function (res) {
        var token = res.status < 300 ? pick(res.data, cfg.tokenPath) : undefined;
        if (typeof token !== 'string' || !token) {
          throw wire.failure('backend', 'no token at "' + cfg.tokenPath + '" in the answer of ' + cfg.endpoint +
            ' (HTTP ' + res.status + ')');
        }
        var u = cfg.userPath ? pick(res.data, cfg.userPath) : null;
        return { accessToken: token, user: u ? { id: u.id, name: u.name || u.username || '',
          displayName: u.displayName || u.nickname || u.name || '', avatar: u.avatar || '', data: u } : null };
      });
    }
  };
};
