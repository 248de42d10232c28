'use strict';
// A real HTTP server on 127.0.0.1 for runtime tests: `route(req, body, res, bytes) → { status, headers, body } |
// undefined`
// (undefined: the test answers on `res` itself); every request is recorded in `requests`.
const http = require('http');

function serve(route) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const bytes = Buffer.concat(chunks), body = bytes.toString('utf8');
      requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      const out = route(req, body, res, bytes);
      if (!out) return;
      res.writeHead(out.status || 200, out.headers || {});
      res.end(out.body === undefined ? '' : out.body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: 'http://127.0.0.1:' + server.address().port,
        requests,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); })
      });
    });
  });
}

module.exports = { serve };
