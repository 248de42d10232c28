'use strict';
// WebSocket (runtime/web.js) on wx.connectSocket, against a real WebSocket server on 127.0.0.1 (npm ws, the
// server most Node backends run) through the preview's wx double, which connects with Node's own client.
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { layout } = require('./helpers/runtime.js');

const TOOLS = process.env.PWA2WX_TOOLS || path.resolve(__dirname, '..', '..', '.tools');
const { WebSocketServer } = require(path.join(TOOLS, 'node_modules', 'ws'));

const web = layout({}).require('web.js');

function next(socket, type) {
  return new Promise((resolve) => socket.addEventListener(type, function once(e) {
    socket.removeEventListener(type, once);
    resolve(e);
  }));
}

test('a socket opens, sends text and bytes, receives both, and closes cleanly', async () => {
  assert.strictEqual(typeof WebSocket, 'function', 'the double connects with Node\'s client: Node 22, or 20 with ' +
    '--experimental-websocket');
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0,
    handleProtocols: (asked) => asked.values().next().value });
  server.on('connection', (conn) => conn.on('message', (data, binary) => {
    conn.send(binary ? Buffer.concat([Buffer.from([9]), data]) : 'echo:' + data);
  }));
  await new Promise((resolve) => server.on('listening', resolve));
  const socket = new web.WebSocket('ws://127.0.0.1:' + server.address().port + '/feed', ['v2.feed']);
  assert.strictEqual(socket.readyState, web.WebSocket.CONNECTING);
  assert.throws(() => socket.send('too early'), /CONNECTING/);
  const opened = [];
  socket.onopen = () => opened.push('onopen');
  await next(socket, 'open');
  assert.deepStrictEqual([opened, socket.readyState, socket.protocol], [['onopen'], web.WebSocket.OPEN, 'v2.feed']);

  socket.send('hi');
  assert.strictEqual((await next(socket, 'message')).data, 'echo:hi');
  socket.send(new Uint8Array([1, 2, 3]).subarray(1));
  const bytes = (await next(socket, 'message')).data;
  assert.ok(bytes instanceof ArrayBuffer);
  assert.deepStrictEqual(Array.from(new Uint8Array(bytes)), [9, 2, 3]);

  socket.close(1000, 'done');
  assert.strictEqual(socket.readyState, web.WebSocket.CLOSING);
  const closed = await next(socket, 'close');
  assert.deepStrictEqual([closed.code, closed.reason, closed.wasClean, socket.readyState], [1000, 'done', true, 3]);
  await new Promise((resolve) => server.close(resolve));
});

test('a server that does not answer: error, then close 1006, not clean', async () => {
  const socket = new web.WebSocket('ws://127.0.0.1:9/nothing-listens-here');
  const events = [];
  socket.onerror = (e) => events.push(e.type);
  const closed = await next(socket, 'close');
  assert.deepStrictEqual([events, closed.code, closed.wasClean, socket.readyState], [['error'], 1006, false, 3]);
});
