'use strict';
// @angular/service-worker: a mini program updates through WeChat's UpdateManager, not a service worker,
// so SwUpdate reports WeChat's "new version ready" and activateUpdate() restarts into it.
var rx = require('../rx.js');
var core = require('./core/base.js');
var standIns = require('./stand-ins.js');

function SwUpdate() {
  var updates = this.versionUpdates = new rx.Subject();
  this.unrecoverable = rx.NEVER;
  this.isEnabled = typeof wx.getUpdateManager === 'function';
  if (!this.isEnabled) return;
  this._manager = wx.getUpdateManager();
  this._manager.onUpdateReady(function () {
    updates.next({ type: 'VERSION_READY', currentVersion: { hash: '' }, latestVersion: { hash: '' } });
    core.ɵtick();
  });
}
SwUpdate.__ng__ = { providedIn: 'root' };
// WeChat looks for a new version by itself at every cold start
SwUpdate.prototype.checkForUpdate = function () { return Promise.resolve(false); };
SwUpdate.prototype.activateUpdate = function () {
  if (this._manager) this._manager.applyUpdate();
  return Promise.resolve(!!this._manager);
};

function SwPush() {
  this.isEnabled = false;
  this.messages = rx.NEVER;
  this.notificationClicks = rx.NEVER;
  this.subscription = rx.of(null);
}
SwPush.__ng__ = { providedIn: 'root' };
SwPush.prototype.requestSubscription = function () {
  return Promise.reject(new Error('web push does not exist in a mini program: use wx.requestSubscribeMessage'));
};
SwPush.prototype.unsubscribe = function () { return Promise.resolve(); };

function ServiceWorkerModule() {}
ServiceWorkerModule.register = function () { return { ngModule: ServiceWorkerModule, providers: [] }; };

module.exports = {
  SwUpdate: SwUpdate, SwPush: SwPush, ServiceWorkerModule: ServiceWorkerModule,
  provideServiceWorker: function () { return []; }
};
module.exports = standIns(module.exports);
