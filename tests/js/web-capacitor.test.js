'use strict';
// Capacitor plugins (runtime/capacitor/*.js) on the wx double.
const test = require('node:test');
const assert = require('node:assert');
const { layout } = require('./helpers/runtime.js');

const rt = layout({ routes: [], tabs: [] });
const cap = (name) => rt.require('capacitor/' + name + '.js');
const wx = rt.wx;

test('@capacitor/core: not native; registerPlugin uses the web implementation or rejects', async () => {
  const { Capacitor, registerPlugin, WebPlugin } = cap('core');
  assert.strictEqual(Capacitor.isNativePlatform(), false);
  assert.strictEqual(Capacitor.getPlatform(), 'web');
  class EchoWeb extends WebPlugin {
    echo(o) { return Promise.resolve(o); }
  }
  const Echo = registerPlugin('Echo', { web: () => Promise.resolve(new EchoWeb()) });
  assert.deepStrictEqual(await Echo.echo({ value: 1 }), { value: 1 });
  const Native = registerPlugin('Native');
  // as Capacitor on the web rejects a plugin without a web implementation: its message and code
  await assert.rejects(Native.doThing(), { message: '"Native" plugin is not implemented on web', code: 'UNIMPLEMENTED' });
  const web = new EchoWeb();
  const got = [];
  const handle = await web.addListener('ev', (d) => got.push(d));
  web.notifyListeners('ev', 1);
  await handle.remove();
  web.notifyListeners('ev', 2);
  assert.deepStrictEqual(got, [1]);
});

test("Capacitor 2's Plugins registry: the plugins the runtime plays, others reject", async () => {
  const { Plugins } = cap('core');
  assert.strictEqual(Plugins.Device, cap('device').Device);
  assert.strictEqual(Plugins.Storage, cap('preferences').Preferences);
  const { PushNotifications } = Plugins;
  await assert.rejects(PushNotifications.register(), /"PushNotifications" plugin is not implemented on web/);
});

test('Filesystem on the user data folder: write, read, append, list, stat, rename, copy, delete', async () => {
  const { Filesystem, Directory, Encoding } = cap('filesystem');
  const root = wx.env.USER_DATA_PATH;
  // a directory's folder is there as on a device; recursive makes the ones below it
  const written = await Filesystem.writeFile({ path: 'notes/a.txt', data: 'hello', directory: Directory.Data,
    encoding: Encoding.UTF8, recursive: true });
  assert.deepStrictEqual(written, { uri: root + '/DATA/notes/a.txt' });
  await Filesystem.appendFile({ path: 'notes/a.txt', data: ' world', directory: Directory.Data, encoding: Encoding.UTF8 });
  assert.deepStrictEqual(await Filesystem.readFile({ path: written.uri, encoding: Encoding.UTF8 }), { data: 'hello world' });
  // without an encoding, data is base64 both ways
  await Filesystem.writeFile({ path: 'notes/b.bin', data: Buffer.from([1, 2, 3]).toString('base64'),
    directory: Directory.Data });
  assert.deepStrictEqual(await Filesystem.readFile({ path: 'notes/b.bin', directory: Directory.Data }), { data: 'AQID' });
  const listed = await Filesystem.readdir({ path: 'notes', directory: Directory.Data });
  assert.deepStrictEqual(listed.files.map((f) => [f.name, f.type, f.size]).sort(), [['a.txt', 'file', 11], ['b.bin', 'file', 3]]);
  assert.strictEqual((await Filesystem.stat({ path: 'notes', directory: Directory.Data })).type, 'directory');
  await Filesystem.rename({ from: 'notes/b.bin', to: 'b.bin', directory: Directory.Data, toDirectory: Directory.Cache });
  await Filesystem.copy({ from: 'notes/a.txt', to: 'c.txt', directory: Directory.Data });
  assert.deepStrictEqual((await Filesystem.readdir({ path: '', directory: Directory.Data })).files.map((f) => f.name).sort(),
    ['c.txt', 'notes']);
  assert.deepStrictEqual(await Filesystem.readFile({ path: 'b.bin', directory: Directory.Cache }), { data: 'AQID' });
  await Filesystem.deleteFile({ path: 'notes/a.txt', directory: Directory.Data });
  await assert.rejects(Filesystem.readFile({ path: 'notes/a.txt', directory: Directory.Data }), /no such file or directory/);
  // a folder that is not empty goes only with recursive; a folder needs its parent without it
  await assert.rejects(Filesystem.rmdir({ path: 'x', directory: Directory.Data }), /no such file or directory/);
  await assert.rejects(Filesystem.mkdir({ path: 'p/q', directory: Directory.Documents }), /no such file or directory/);
  await Filesystem.mkdir({ path: 'p/q', directory: Directory.Documents, recursive: true });
  await assert.rejects(Filesystem.rmdir({ path: 'p', directory: Directory.Documents }), /directory not empty/);
  await Filesystem.rmdir({ path: 'p', directory: Directory.Documents, recursive: true });
  await assert.rejects(Filesystem.readFile({ path: '/etc/passwd' }), /outside the app's files/);
  assert.strictEqual(cap('core').Plugins.Filesystem, Filesystem);
});

test('a native plugin without a wx version: injectable classes, static members and calls that reject', async () => {
  const native = rt.require('capacitor/native.js');
  const { SplashScreen, HTTP } = native;
  assert.strictEqual(native.SplashScreen, SplashScreen);    // one class per export
  const http = new HTTP();
  // as the PWA's browser rejects a Capacitor plugin without a web implementation (RomanDrechsel/garmin-lists-ionic's
  // EdgeToEdge: "is not available in a mini program" was an error of the converted app's own)
  await assert.rejects(http.get('https://x', {}, {}),
    (e) => e.code === 'UNIMPLEMENTED' && e.message === '"HTTP" plugin is not implemented on web');
  await assert.rejects(SplashScreen.hide(), /"SplashScreen" plugin is not implemented on web/);
  let failed = null;
  http.onChange().subscribe({ error: (e) => { failed = e.message; } });   // ionic-native Observables
  assert.match(failed, /"HTTP" plugin/);
  assert.strictEqual(HTTP.__ng__, undefined);   // not Angular metadata: the injector constructs it at root
  const root = new (rt.require('angular/core.js').Injector)([], null);
  assert.ok(typeof root.get(HTTP).post === 'function');
  // a Cordova plugin's stand-in says the PWA's browser could not make the call either
  const { AndroidPermissions } = rt.require('capacitor/cordova.js');
  await assert.rejects(new AndroidPermissions().requestPermission('CAMERA'),
    (e) => e.code === 'UNAVAILABLE' && /"AndroidPermissions.requestPermission" is not available in a mini program /
      .test(e.message) && e.message.endsWith('(a Cordova plugin, which a browser lacks too)'));
  await assert.rejects(SplashScreen.hide(), (e) => !/Cordova/.test(e.message));   // a Capacitor one does not
});

test('Camera.getPhoto: wx.chooseMedia; uri, base64 and dataUrl results', async () => {
  const { Camera, CameraResultType, CameraSource } = cap('camera');
  rt.file('tmp/photo.png', Buffer.from([137, 80, 78, 71]));
  wx.answer('chooseMedia', { tempFiles: [{ tempFilePath: '/tmp/photo.png' }], errMsg: 'chooseMedia:ok' });
  const uri = await Camera.getPhoto({ resultType: CameraResultType.Uri, source: CameraSource.Camera, quality: 90 });
  assert.deepStrictEqual([uri.webPath, uri.format], ['/tmp/photo.png', 'png']);
  const asked = wx.callsOf('chooseMedia').pop();
  assert.deepStrictEqual([asked.sourceType, asked.sizeType, asked.count], [['camera'], ['compressed'], 1]);
  wx.answer('chooseMedia', { tempFiles: [{ tempFilePath: '/tmp/photo.png' }], errMsg: 'chooseMedia:ok' });
  const b64 = await Camera.getPhoto({ resultType: CameraResultType.Base64 });
  assert.strictEqual(b64.base64String, 'iVBORw==');
  wx.answer('chooseMedia', { tempFiles: [{ tempFilePath: '/tmp/photo.png' }], errMsg: 'chooseMedia:ok' });
  assert.strictEqual((await Camera.getPhoto({ resultType: 'dataUrl' })).dataUrl, 'data:image/png;base64,iVBORw==');
  wx.answer('chooseMedia', { errMsg: 'chooseMedia:fail cancel' });
  await assert.rejects(Camera.getPhoto({}), /cancel/);
});

test('Geolocation, Share, Browser, Clipboard go through the web shims', async () => {
  wx.answer('getLocation', { latitude: 1, longitude: 2, accuracy: 5, errMsg: 'getLocation:ok' });
  assert.strictEqual((await cap('geolocation').Geolocation.getCurrentPosition()).coords.longitude, 2);
  wx.answer('getLocation', { errMsg: 'getLocation:fail auth deny' });
  await assert.rejects(cap('geolocation').Geolocation.getCurrentPosition(), (e) => e.code === 1);
  await cap('share').Share.share({ title: 'T', url: 'https://x.io' });
  assert.strictEqual(wx.callsOf('setClipboardData').pop().data, 'T https://x.io');
  await cap('browser').Browser.open({ url: 'https://ionic.io' });
  await new Promise((r) => setTimeout(r, 5));
  assert.strictEqual(wx.callsOf('setClipboardData').pop().data, 'https://ionic.io');
  await cap('clipboard').Clipboard.write({ string: 'c' });
  wx.answer('getClipboardData', { data: 'p', errMsg: 'getClipboardData:ok' });
  assert.deepStrictEqual(await cap('clipboard').Clipboard.read(), { type: 'text/plain', value: 'p' });
});

test('StatusBar colours the navigation bar; Haptics vibrate; SplashScreen is a no-op', async () => {
  const { StatusBar, Style } = cap('status-bar');
  await StatusBar.setBackgroundColor({ color: '#3880ff' });
  await StatusBar.setStyle({ style: Style.Dark });
  const bar = wx.callsOf('setNavigationBarColor').pop();
  assert.deepStrictEqual([bar.frontColor, bar.backgroundColor], ['#ffffff', '#3880ff']);
  await StatusBar.hide();
  const { Haptics, ImpactStyle } = cap('haptics');
  await Haptics.impact({ style: ImpactStyle.Light });
  assert.strictEqual(wx.callsOf('vibrateShort').pop().type, 'light');
  await cap('splash-screen').SplashScreen.hide();
});

test('App, Keyboard and Network listeners follow wx events and can be removed', async () => {
  const { App } = cap('app');
  const states = [];
  const handle = await App.addListener('appStateChange', (s) => states.push(s.isActive));
  wx.emit('AppHide');
  wx.emit('AppShow');
  await handle.remove();
  wx.emit('AppHide');
  assert.deepStrictEqual(states, [false, true]);
  assert.strictEqual((await App.getInfo()).id, 'touristappid');
  const { Keyboard } = cap('keyboard');
  const heights = [];
  Keyboard.addListener('keyboardWillShow', (i) => heights.push(i.keyboardHeight));
  Keyboard.addListener('keyboardDidHide', () => heights.push('hidden'));
  wx.emit('KeyboardHeightChange', { height: 300 });
  wx.emit('KeyboardHeightChange', { height: 0 });
  await Keyboard.removeAllListeners();
  wx.emit('KeyboardHeightChange', { height: 300 });
  assert.deepStrictEqual(heights, [300, 'hidden']);
  const { Network } = cap('network');
  wx.answer('getNetworkType', { networkType: '4g', errMsg: 'getNetworkType:ok' });
  assert.deepStrictEqual(await Network.getStatus(), { connected: true, connectionType: 'cellular' });
});

test('ScreenOrientation: the window\'s, its changes on wx window resizes; lock() changes nothing', async () => {
  // Arpapiemonte/openoise-meter locks portrait on start-up; the plugin's web build threw "not available"
  const { ScreenOrientation } = cap('screen-orientation');
  assert.deepStrictEqual(await ScreenOrientation.orientation(), { type: 'portrait-primary' });
  await ScreenOrientation.lock({ orientation: 'portrait-secondary' });
  await ScreenOrientation.unlock();
  const seen = [];
  await ScreenOrientation.addListener('screenOrientationChange', (o) => seen.push(o.type));
  wx.emit('WindowResize', {});
  await ScreenOrientation.removeAllListeners();
  wx.emit('WindowResize', {});
  assert.deepStrictEqual(seen, ['portrait-primary']);
});

test('Device info and a stable id; Dialog and Toast on wx UI', async () => {
  const { Device } = cap('device');
  const info = await Device.getInfo();
  assert.deepStrictEqual([info.platform, info.operatingSystem, info.osVersion, info.model], ['ios', 'ios', '16.0', 'iPhone 12']);
  const id = (await Device.getId()).identifier;
  assert.match(id, /^[0-9a-f-]{36}$/);
  assert.strictEqual((await Device.getId()).identifier, id);
  assert.deepStrictEqual(await Device.getLanguageCode(), { value: 'en' });
  const { Dialog } = cap('dialog');
  wx.answer('showModal', { confirm: true, content: 'Burt', errMsg: 'showModal:ok' });
  assert.deepStrictEqual(await Dialog.prompt({ title: 'Name', message: 'Your name?' }), { value: 'Burt', cancelled: false });
  wx.answer('showModal', { confirm: false, cancel: true, errMsg: 'showModal:ok' });
  assert.deepStrictEqual(await Dialog.confirm({ title: 'Sure?' }), { value: false });
  await cap('toast').Toast.show({ text: 'Saved', duration: 'long' });
  assert.deepStrictEqual(wx.callsOf('showToast').pop(), { title: 'Saved', icon: 'none', duration: 3500 });
});

test('Cordova Geolocation: an injectable on wx.getLocation; watchPosition emits the position or the error', async () => {
  const { Geolocation } = cap('cordova-geolocation');
  const geo = new Geolocation();
  wx.answer('getLocation', { latitude: 1.5, longitude: 2.5, accuracy: 9, errMsg: 'getLocation:ok' });
  assert.deepStrictEqual((await geo.getCurrentPosition()).coords.latitude, 1.5);
  wx.answer('getLocation', { errMsg: 'getLocation:fail auth deny' });
  const seen = await new Promise((resolve) => geo.watchPosition().subscribe(resolve));
  assert.strictEqual(seen.code, 1);   // PERMISSION_DENIED, as a value
});

test('Cordova InAppBrowser.create opens like window.open; its object is inert', async () => {
  const { InAppBrowser } = cap('in-app-browser');
  const browser = new InAppBrowser().create('https://twitter.com/ionicframework', '_blank');
  await new Promise((r) => setTimeout(r, 5));
  assert.strictEqual(wx.callsOf('setClipboardData').pop().data, 'https://twitter.com/ionicframework');
  browser.close();
  assert.deepStrictEqual(await browser.executeScript({ code: '1' }), []);
  assert.strictEqual(typeof browser.on('exit').subscribe, 'function');
});

test('Cordova advanced HTTP on the request core, against a real server: serializers, headers, errors', async () => {
  const { serve } = require('./helpers/server.js');
  const server = await serve((req, body) => (req.url.startsWith('/missing')
    ? { status: 404, body: 'no such item' }
    : { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ got: body }) }));
  const { HTTP } = rt.require('capacitor/cordova-http.js');
  const native = new HTTP();
  native.setHeader('*', 'X-App', 'notes');
  native.setHeader('127.0.0.1', 'X-Host', 'local');
  native.useBasicAuth('ana', 'pässword');
  const posted = await native.post(server.url + '/items', { title: 'a b', n: 2 }, { 'X-Call': '1' });
  assert.deepStrictEqual([posted.status, JSON.parse(posted.data).got], [200, 'title=a%20b&n=2']);
  let sent = server.requests.pop();
  assert.deepStrictEqual([sent.method, sent.headers['content-type'], sent.headers['x-app'], sent.headers['x-host'],
    sent.headers['x-call'], sent.headers.authorization],
  ['POST', 'application/x-www-form-urlencoded', 'notes', 'local', '1',
    'Basic ' + Buffer.from('ana:pässword').toString('base64')]);
  native.setDataSerializer('json');
  await native.put(server.url + '/items/1', { done: true }, {});
  sent = server.requests.pop();
  assert.deepStrictEqual([sent.method, sent.headers['content-type'], sent.body],
    ['PUT', 'application/json', '{"done":true}']);
  const got = await native.sendRequest(server.url + '/items',
    { method: 'get', params: { q: ['x', 'y'], f: { a: 1 } }, responseType: 'json' });
  assert.deepStrictEqual([server.requests.pop().url, got.data], ['/items?q[]=x&q[]=y&f[a]=1', { got: '' }]);
  await assert.rejects(native.get(server.url + '/missing', {}, {}),
    (e) => e.status === 404 && e.error === 'no such item');
  await server.close();
  await assert.rejects(native.get(server.url + '/gone', {}, {}), (e) => e.status === native.ErrorCode.SERVER_NOT_FOUND);
  assert.strictEqual(await native.setServerTrustMode('default'), 'OK');
  await assert.rejects(native.setServerTrustMode('pinned'), /cannot pin/);
  assert.throws(() => native.setDataSerializer('multipart'), /not supported/);
  await assert.rejects(native.uploadFile(server.url, {}, {}, 'wxfile://a', 'f'), /HTTP.uploadFile" is not available/);
});

test('CapacitorHttp as its web implementation: params, JSON bodies and responses; error statuses resolve', async () => {
  const { serve } = require('./helpers/server.js');
  const server = await serve((req, body) => (req.url.startsWith('/missing')
    ? { status: 404, body: 'gone' }
    : { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ got: body }) }));
  const { CapacitorHttp } = cap('core');
  const res = await CapacitorHttp.post({ url: server.url + '/accounts', params: { page: '2' }, data: { id: 7 },
    headers: { Authorization: 'Bearer t' } });
  const sent = server.requests.pop();
  assert.deepStrictEqual([res.status, res.data, sent.url, sent.headers['content-type'], sent.headers.authorization],
    [200, { got: '{"id":7}' }, '/accounts?page=2', 'application/json', 'Bearer t']);
  const form = await CapacitorHttp.request({ url: server.url + '/f', method: 'put', data: { a: 'b c' },
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  assert.deepStrictEqual(form.data, { got: 'a=b%20c' });
  const missing = await CapacitorHttp.get({ url: server.url + '/missing' });
  assert.deepStrictEqual([missing.status, missing.data], [404, 'gone']);
  await server.close();
});
