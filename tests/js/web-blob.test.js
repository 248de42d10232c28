'use strict';
// Blob, File, FormData and FileReader (runtime/blob.js), sent by fetch, XMLHttpRequest and HttpClient to a real
// loopback server, which parses a multipart body with Node's own (undici's) Request.formData(); object URLs as
// files in the wx double's user data folder.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');
const { serve } = require('./helpers/server.js');

const rt = layout({ api: { base: '' } });
const web = rt.require('web.js');
const core = rt.require('angular/core.js');
const ng = rt.require('angular/http.js');
const rx = rt.rxjs();
const PNG = [0x89, 0x50, 0x4e, 0x47, 0, 1, 255];
let server;

// what the server received, as a browser's server-side parser reads it
async function parsed(req, bytes) {
  const type = req.headers['content-type'] || '';
  if (!type.startsWith('multipart/form-data')) return { type, bytes: [...bytes] };
  const form = await new Request('http://x/', { method: 'POST', body: bytes, headers: { 'content-type': type } })
    .formData();
  const fields = [];
  for (const [name, value] of form) {
    fields.push(typeof value === 'string' ? [name, value]
      : [name, value.name, value.type, [...new Uint8Array(await value.arrayBuffer())]]);
  }
  return { fields };
}

test.before(async () => {
  server = await serve((req, body, res, bytes) => {
    if (req.url === '/photo') return { headers: { 'Content-Type': 'image/png' }, body: Buffer.from(PNG) };
    parsed(req, bytes).then((echo) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(echo));
    });
    return undefined;
  });
  rt.config.api.base = server.url;
});
test.after(() => server.close());

function form() {
  const f = new web.FormData();
  f.append('title', 'Ski trip "2026"');
  f.append('photo', new web.Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'day 1.png');
  f.append('note', new web.Blob(['héllo']));
  f.append('tag', 'a');
  f.append('tag', 'b');
  return f;
}
const SENT = [['title', 'Ski trip "2026"'], ['photo', 'day 1.png', 'image/png', PNG],
  ['note', 'blob', 'application/octet-stream', [...Buffer.from('héllo')]], ['tag', 'a'], ['tag', 'b']];

test('Blob and File: parts joined as bytes, size, type, slice, text, arrayBuffer', async () => {
  const b = new web.Blob(['héllo ', new Uint8Array([33]), new web.Blob(['!'])], { type: 'Text/Plain' });
  assert.deepStrictEqual([b.size, b.type], [Buffer.byteLength('héllo !!'), 'text/plain']);
  assert.strictEqual(await b.text(), 'héllo !!');
  assert.strictEqual(await b.slice(-2).text(), '!!');
  assert.deepStrictEqual([...new Uint8Array(await b.slice(0, 1, 'x/y').arrayBuffer())], [104]);
  const f = new web.File(['x'], 'a.txt', { type: 'text/plain', lastModified: 5 });
  assert.ok(f instanceof web.Blob);
  assert.deepStrictEqual([f.name, f.lastModified, f.size], ['a.txt', 5, 1]);
});

test('FormData keeps entries in order; set replaces in place; a Blob value becomes a File', () => {
  const f = form();
  assert.deepStrictEqual(f.getAll('tag'), ['a', 'b']);
  f.set('tag', 'c');
  assert.deepStrictEqual([...f.keys()], ['title', 'photo', 'note', 'tag']);
  assert.strictEqual(f.get('note').name, 'blob');
  assert.ok(f.get('photo') instanceof web.File);
  f.delete('title');
  assert.deepStrictEqual([f.has('title'), f.get('title')], [false, null]);
});

test('fetch sends a FormData as multipart/form-data and a Blob with its type; Response.blob()', async () => {
  assert.deepStrictEqual(await (await web.fetch('/upload', { method: 'POST', body: form() })).json(), { fields: SENT });
  const echo = await (await web.fetch('/raw', { method: 'POST', body: new web.Blob([new Uint8Array(PNG)],
    { type: 'image/png' }) })).json();
  assert.deepStrictEqual(echo, { type: 'image/png', bytes: PNG });
  const photo = await (await web.fetch('/photo')).blob();
  assert.deepStrictEqual([photo.type, photo.size], ['image/png', PNG.length]);
});

test('XMLHttpRequest sends a FormData; responseType blob gives a Blob', async () => {
  const sent = await new Promise((resolve) => {
    const xhr = new web.XMLHttpRequest();
    xhr.open('POST', '/upload');
    xhr.responseType = 'json';
    xhr.onload = () => resolve(xhr.response);
    xhr.send(form());
  });
  assert.deepStrictEqual(sent, { fields: SENT });
  const got = await new Promise((resolve) => {
    const xhr = new web.XMLHttpRequest();
    xhr.open('GET', '/photo');
    xhr.responseType = 'blob';
    xhr.onload = () => resolve(xhr.response);
    xhr.send();
  });
  assert.ok(got instanceof web.Blob);
  assert.deepStrictEqual([got.type, [...new Uint8Array(await got.arrayBuffer())]], ['image/png', PNG]);
});

test('HttpClient posts a FormData as multipart (its own boundary) and reads responseType blob as a Blob', async () => {
  const http = core.Injector.create({ providers: [ng.provideHttpClient()] }).get(ng.HttpClient);
  assert.deepStrictEqual(await rx.firstValueFrom(http.post('/upload', form())), { fields: SENT });
  const photo = await rx.firstValueFrom(http.get('/photo', { responseType: 'blob' }));
  assert.ok(photo instanceof web.Blob);
  assert.strictEqual(photo.type, 'image/png');
});

test('FileReader: data URL, text and bytes, with onload and listeners; loadend after load', async () => {
  const reader = new web.FileReader();
  const events = [];
  reader.addEventListener('loadend', () => events.push('loadend'));
  const url = await new Promise((resolve) => {
    reader.onload = () => { events.push('load'); resolve(reader.result); };
    reader.readAsDataURL(new web.Blob([new Uint8Array(PNG)], { type: 'image/png' }));
    assert.strictEqual(reader.readyState, web.FileReader.LOADING);
  });
  assert.strictEqual(url, 'data:image/png;base64,' + Buffer.from(PNG).toString('base64'));
  assert.deepStrictEqual(events, ['load', 'loadend']);
  const text = new web.FileReader();
  await new Promise((resolve) => { text.onloadend = resolve; text.readAsText(new web.Blob(['héllo'])); });
  assert.strictEqual(text.result, 'héllo');
  assert.throws(() => text.readAsText('not a blob'), TypeError);
  const latin1 = 'héllo'.normalize('NFD').replace(/[^\x00-\xff]/g, '');   // btoa on blob.js's base64
  assert.strictEqual(web.btoa(latin1), Buffer.from('hello', 'latin1').toString('base64'));
});

test('URL.createObjectURL writes the Blob to a file an <image> can show; revokeObjectURL removes it', () => {
  const path = web.URL.createObjectURL(new web.Blob([new Uint8Array(PNG)], { type: 'image/png' }));
  assert.match(path, /^wxfile:\/\/usr\/pwa2wx-blob-\d+-\d+\.png$/);
  const fs = rt.wx.getFileSystemManager();
  assert.deepStrictEqual([...new Uint8Array(fs.readFileSync(path))], PNG);
  web.URL.revokeObjectURL(path);
  assert.throws(() => fs.readFileSync(path), /no such file/);
  web.URL.revokeObjectURL(path);   // twice is allowed
  assert.throws(() => web.URL.createObjectURL('x'), TypeError);
});
