'use strict';
// Angular HttpClient (runtime/angular/http.js) against a real loopback server, with real rxjs.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');
const { serve } = require('./helpers/server.js');

const rt = layout({ api: { base: '' } });
const core = rt.require('angular/core.js');
const ng = rt.require('angular/http.js');
const rx = rt.rxjs();
let server;

function client(providers) {
  return core.Injector.create({ providers: providers || [ng.provideHttpClient()] }).get(ng.HttpClient);
}

test.before(async () => {
  server = await serve((req, body, res) => {
    const echo = () => ({ headers: { 'Content-Type': 'application/json', 'X-Id': '7' },
      body: JSON.stringify({ method: req.method, url: req.url, body, headers: req.headers }) });
    switch (req.url.split('?')[0]) {
      case '/missing': return { status: 404, headers: { 'Content-Type': 'application/json' }, body: '{"reason":"gone"}' };
      case '/broken': return { body: '{not json' };
      case '/xssi': return { body: ")]}',\n{\"ok\":true}" };
      case '/empty': return { status: 204 };
      case '/bytes': return { body: Buffer.from([0, 1, 2, 255]) };
      case '/slow': setTimeout(() => res.destroyed || res.end('late'), 300); return undefined;
      default: return echo();
    }
  });
  rt.config.api.base = server.url + '/api';
});
test.after(() => server.close());

test('get resolves relative URLs, encodes params, sends Accept, returns an rxjs Observable', async () => {
  const http = client();
  const obs = http.get('items', { params: { q: 'a b', tags: ['x', 'y'], at: 'a@b/c' }, headers: { 'X-Key': 'k' } });
  assert.ok(obs instanceof rx.Observable);
  const echo = await rx.firstValueFrom(obs.pipe(rx.map((b) => b)));
  assert.strictEqual(echo.url, '/api/items?q=a%20b&tags=x&tags=y&at=a@b/c');
  assert.strictEqual(echo.headers.accept, 'application/json, text/plain, */*');
  assert.strictEqual(echo.headers['x-key'], 'k');
});

test('assets/data/data.json comes from the package (the conference app pattern)', async () => {
  rt.file('assets/data/data.json', JSON.stringify({ speakers: [{ name: 'Burt Bear' }] }));
  const names = await rx.firstValueFrom(client().get('assets/data/data.json')
    .pipe(rx.map((d) => d.speakers.map((s) => s.name))));
  assert.deepStrictEqual(names, ['Burt Bear']);
});

test('post/put/patch/delete/head send the right method, body and content type', async () => {
  const http = client();
  let e = await rx.firstValueFrom(http.post('items', { a: 1 }));
  assert.deepStrictEqual([e.method, e.body, e.headers['content-type']], ['POST', '{"a":1}', 'application/json']);
  e = await rx.firstValueFrom(http.put('items/1', 'plain'));
  assert.deepStrictEqual([e.method, e.body, e.headers['content-type']], ['PUT', 'plain', 'text/plain']);
  e = await rx.firstValueFrom(http.patch('items/1', new ng.HttpParams().set('n', 'v w')));
  assert.deepStrictEqual([e.method, e.headers['x-http-method-override'], e.body], ['POST', 'PATCH', 'n=v%20w']);
  assert.strictEqual(e.headers['content-type'], 'application/x-www-form-urlencoded;charset=UTF-8');
  e = await rx.firstValueFrom(http.delete('items/1'));
  assert.strictEqual(e.method, 'DELETE');
  const head = await rx.firstValueFrom(http.head('items', { observe: 'response', responseType: 'text' }));
  assert.strictEqual(head.status, 200);
});

test('observe response and events; responseType text and arraybuffer/blob', async () => {
  const http = client();
  const res = await rx.firstValueFrom(http.get('x', { observe: 'response' }));
  assert.ok(res instanceof ng.HttpResponse);
  assert.strictEqual(res.headers.get('x-id'), '7');
  assert.strictEqual(res.statusText, 'OK');
  const events = await rx.lastValueFrom(http.get('x', { observe: 'events' }).pipe(rx.toArray()));
  assert.deepStrictEqual(events.map((ev) => ev.type), [ng.HttpEventType.Sent, ng.HttpEventType.Response]);
  const byRequest = await rx.lastValueFrom(http.request(new ng.HttpRequest('GET', 'x')).pipe(rx.toArray()));
  assert.ok(byRequest[1] instanceof ng.HttpResponse);
  assert.strictEqual(typeof await rx.firstValueFrom(http.get('x', { responseType: 'text' })), 'string');
  const buf = await rx.firstValueFrom(http.get(server.url + '/bytes', { responseType: 'arraybuffer' }));
  assert.deepStrictEqual(Array.from(new Uint8Array(buf)), [0, 1, 2, 255]);
  const blob = await rx.firstValueFrom(http.get(server.url + '/bytes', { responseType: 'blob' }));
  assert.deepStrictEqual(Array.from(new Uint8Array(await blob.arrayBuffer())), [0, 1, 2, 255]);
  assert.strictEqual(await rx.firstValueFrom(http.get(server.url + '/empty')), null);
  assert.deepStrictEqual(await rx.firstValueFrom(http.get(server.url + '/xssi')), { ok: true });
});

test('failures are HttpErrorResponse: HTTP status, parse failure, network failure', async () => {
  const http = client();
  let err = await rx.firstValueFrom(http.get(server.url + '/missing')).catch((e) => e);
  assert.ok(err instanceof ng.HttpErrorResponse);
  assert.deepStrictEqual([err.status, err.ok, err.error], [404, false, { reason: 'gone' }]);
  assert.strictEqual(err.message, `Http failure response for ${server.url}/missing: 404 Not Found`);
  err = await rx.firstValueFrom(http.get(server.url + '/broken')).catch((e) => e);
  assert.strictEqual(err.status, 200);
  assert.strictEqual(err.error.text, '{not json');
  assert.match(err.message, /Http failure during parsing/);
  err = await rx.firstValueFrom(http.get('http://127.0.0.1:1/x')).catch((e) => e);
  assert.deepStrictEqual([err.status, err.statusText], [0, 'Unknown Error']);
  // rxjs error handling composes
  const fallback = await rx.firstValueFrom(http.get(server.url + '/missing').pipe(rx.catchError(() => rx.of('fallback'))));
  assert.strictEqual(fallback, 'fallback');
});

test('observables are cold and unsubscribing aborts the request', async () => {
  const http = client();
  const before = rt.wx.callsOf('request').length;
  const obs = http.get('cold');
  assert.strictEqual(rt.wx.callsOf('request').length, before);   // nothing sent until subscribed
  let got = null;
  const sub = http.get(server.url + '/slow', { responseType: 'text' }).subscribe((v) => { got = v; });
  await new Promise((r) => setTimeout(r, 50));
  sub.unsubscribe();
  await new Promise((r) => setTimeout(r, 400));
  assert.strictEqual(got, null);
  await rx.firstValueFrom(obs);
  await rx.firstValueFrom(obs);
  assert.strictEqual(rt.wx.callsOf('request').length, before + 3);
});

test('class interceptors (withInterceptorsFromDi) and functional interceptors run in order, with inject()', async () => {
  const TOKEN = new core.InjectionToken('TOKEN');
  const order = [];
  class AuthInterceptor {
    constructor() { this.token = core.inject(TOKEN); }
    intercept(req, next) {
      order.push('class');
      return next.handle(req.clone({ setHeaders: { Authorization: 'Bearer ' + this.token } }));
    }
  }
  const stamp = (req, next) => {
    order.push('fn');
    return next(req.clone({ headers: req.headers.set('X-Stamp', core.inject(TOKEN)) })).pipe(
      rx.map((ev) => (ev instanceof ng.HttpResponse ? ev.clone({ body: Object.assign({ seen: true }, ev.body) }) : ev)));
  };
  const http = client([
    { provide: TOKEN, useValue: 'secret' },
    ng.provideHttpClient(ng.withInterceptors([stamp]), ng.withInterceptorsFromDi()),
    { provide: ng.HTTP_INTERCEPTORS, useClass: AuthInterceptor, multi: true }
  ]);
  const echo = await rx.firstValueFrom(http.get('guarded'));
  assert.deepStrictEqual(order, ['fn', 'class']);
  assert.strictEqual(echo.headers.authorization, 'Bearer secret');
  assert.strictEqual(echo.headers['x-stamp'], 'secret');
  assert.strictEqual(echo.seen, true);
  // HttpClientModule brings the class interceptors too; provideHttpClient() alone does not (as in Angular)
  order.length = 0;
  await rx.firstValueFrom(client([ng.HttpClientModule, { provide: TOKEN, useValue: 't' },
    { provide: ng.HTTP_INTERCEPTORS, useClass: AuthInterceptor, multi: true }]).get('m'));
  await rx.firstValueFrom(client([ng.provideHttpClient(), { provide: TOKEN, useValue: 't' },
    { provide: ng.HTTP_INTERCEPTORS, useClass: AuthInterceptor, multi: true }]).get('m'));
  assert.deepStrictEqual(order, ['class']);
  // withInterceptorsFromDi() in two places (main.ts and an NgModule: sergiubalauca/task-logger-app) runs them once
  order.length = 0;
  await rx.firstValueFrom(client([ng.provideHttpClient(ng.withInterceptorsFromDi()), ng.HttpClientModule,
    { provide: TOKEN, useValue: 't' }, { provide: ng.HTTP_INTERCEPTORS, useClass: AuthInterceptor, multi: true }]).get('m'));
  assert.deepStrictEqual(order, ['class']);
});

test('HttpHeaders and HttpParams are immutable and Angular-compatible', () => {
  const h = new ng.HttpHeaders({ 'Content-Type': 'a' });
  const h2 = h.set('X', '1').append('x', '2');
  assert.strictEqual(h.has('x'), false);
  assert.deepStrictEqual(h2.getAll('X'), ['1', '2']);
  assert.deepStrictEqual(h2.keys(), ['Content-Type', 'X']);
  assert.strictEqual(h2.delete('x').has('X'), false);
  const p = new ng.HttpParams({ fromString: 'a=1&b=x%20y&a=2' });
  assert.deepStrictEqual(p.getAll('a'), ['1', '2']);
  assert.strictEqual(p.get('b'), 'x y');
  assert.strictEqual(p.set('a', 3).toString(), 'b=x%20y&a=3');
  assert.strictEqual(p.delete('a', '1').toString(), 'b=x%20y&a=2');
  assert.strictEqual(new ng.HttpRequest('GET', '/x?y=1', { params: p }).urlWithParams, '/x?y=1&a=1&b=x%20y&a=2');
  const ctx = new ng.HttpContextToken(() => false);
  assert.strictEqual(new ng.HttpContext().get(ctx), false);
});

test('HttpClient carries DI metadata for the host', () => {
  assert.strictEqual(ng.HttpClient.__ng__.providedIn, 'root');
  assert.strictEqual(core.ɵroot.get(ng.HttpClient), core.ɵroot.get(ng.HttpClient));
});
