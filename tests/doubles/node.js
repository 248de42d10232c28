'use strict';
// The node side of the login tests: runs the loopback doubles (`python -m tests.doubles`) and lays out a
// converted app's pwa2wx/ folder (runtime + login adapter) with the runtime's wx double, plus the one
// API it lacks: wx.login, which asks the WeChat double for a code as the WeChat client asks WeChat.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { layout } = require('../js/helpers/runtime.js');

const REPO = path.resolve(__dirname, '..', '..');

async function control(url, action, args) {
  const res = await fetch(url + '/_double/' + action, { method: 'POST', body: JSON.stringify(args || {}),
    headers: { 'Content-Type': 'application/json' } });
  return (await res.json()).result;
}

// → { urls: {wechat, casdoor, authing, api, authingApi, custom}, act(name, action, args), stop() }
function startDoubles() {
  const venv = path.join(REPO, '.venv', 'bin', 'python');
  const python = process.env.PYTHON || (fs.existsSync(venv) ? venv : 'python3');
  const child = spawn(python, ['-m', 'tests.doubles'], { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    readline.createInterface({ input: child.stdout }).once('line', (line) => {
      const urls = JSON.parse(line);
      resolve({
        urls,
        act: (name, action, args) => control(urls[name], action, args),
        stop: () => new Promise((done) => { child.on('exit', done); child.stdin.end(); })
      });
    });
  });
}

// appConfig: what pwa2wx/app.config.js exports. → the runtime helper's layout, plus `login` (the
// adapter's index.js) and `codes` (every code wx.login handed out).
function app(appConfig, doubles) {
  const rt = layout(appConfig);
  fs.cpSync(path.join(REPO, 'adapters', 'login'), path.join(rt.root, 'pwa2wx', 'login'), { recursive: true });
  rt.codes = [];
  rt.wx.login = (o) => {
    rt.wx.calls.push({ name: 'login', args: o });
    doubles.act('wechat', 'code').then((code) => {
      rt.codes.push(code);
      o.success({ code, errMsg: 'login:ok' });
    }, (err) => o.fail({ errMsg: 'login:fail ' + err.message }));
  };
  rt.login = require(path.join(rt.root, 'pwa2wx', 'login', 'index.js'));
  return rt;
}

module.exports = { startDoubles, app };
