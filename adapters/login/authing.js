// Authing: POST {endpoint}/connections/social/wechat-miniprogram/auth with the user pool headers; the
// answer is an envelope {code: 200, message, data: {…user…, token}}, any other code an error. There is
// no refresh: an expired token makes the facade sign in again.
var wire = require('./wire.js');

module.exports = function authing(cfg) {
  var url = cfg.endpoint.replace(/\/+$/, '') + '/connections/social/wechat-miniprogram/auth';
  var headers = { 'x-authing-userpool-id': cfg.userpoolId, 'x-authing-app-id': cfg.appId,
    'x-authing-request-from': 'wxapp' };
  return {
    exchange: function (code) {
      return wire.send('POST', url, { json: { code: code }, headers: headers }).then(function (res) {
        var env = res.data || {};
        if (env.code !== 200 || !env.data || !env.data.token) {
          throw wire.failure('backend', 'Authing answered ' + env.code + ': ' + env.message);
        }
        var u = Object.assign({}, env.data);
        var token = u.token;
        delete u.token;
        return { accessToken: token, user: { id: u.id, name: u.username || u.id, displayName: u.nickname || '',
          avatar: u.photo || '', data: u } };
      });
    }
  };
};
