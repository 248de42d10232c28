'use strict';
// @angular/material/dialog on the page stack: open(Component, config) opens the component's own page, as
// ModalController does (ionic/overlays.js), where it injects MAT_DIALOG_DATA (config.data) and its MatDialogRef;
// close(result) goes back and afterClosed() emits the result. A dialog of an <ng-template> has no page: refused.
var core = require('../angular/core/base.js');
var rx = require('../rx.js');
var ionic = require('../ionic/overlays.js');

var MAT_DIALOG_DATA = new core.InjectionToken('MatMdcDialogData', { providedIn: 'root', factory: function () {
  return null;   // a dialog's page opened on its own (a shared link): no data, as open() without config.data
} });
var MAT_DIALOG_DEFAULT_OPTIONS = new core.InjectionToken('mat-mdc-dialog-default-options');

function MatDialogConfig() {
  this.data = null;
  this.disableClose = false;
}

function settled(promise, field) {
  return new rx.Observable(function (subscriber) {
    promise.then(function (r) {
      subscriber.next(r[field]);
      subscriber.complete();
    });
  });
}

function MatDialogRef(modal, config) {
  this._modal = modal;
  this.id = modal.id;
  this.disableClose = !!(config && config.disableClose);
  this.componentInstance = null;
}
// a dialog's page opened on its own (a shared link): its ref closes the page
MatDialogRef.__ng__ = { kind: 'injectable', providedIn: 'root', factory: function () {
  return new MatDialogRef({ id: 'mat-dialog-page', dismiss: function () {
    wx.navigateBack({ delta: 1 });
    return Promise.resolve(true);
  }, onWillDismiss: function () { return new Promise(function () {}); },
  onDidDismiss: function () { return new Promise(function () {}); } }, {});
} };
MatDialogRef.prototype.close = function (result) { this._modal.dismiss(result); };
MatDialogRef.prototype.afterClosed = function () { return settled(this._modal.onDidDismiss(), 'data'); };
MatDialogRef.prototype.beforeClosed = function () { return settled(this._modal.onWillDismiss(), 'data'); };
MatDialogRef.prototype.afterOpened = function () { return rx.of(undefined); };
MatDialogRef.prototype.backdropClick = MatDialogRef.prototype.keydownEvents = function () { return rx.NEVER; };
MatDialogRef.prototype.updateSize = MatDialogRef.prototype.updatePosition = MatDialogRef.prototype.addPanelClass =
  MatDialogRef.prototype.removePanelClass = function () { return this; };
MatDialogRef.prototype.getState = function () { return this._modal._done ? 2 : 0; };

function MatDialog() {
  this.openDialogs = [];
  this.afterOpened = new rx.Subject();
  this.afterAllClosed = new rx.Subject();
}
MatDialog.__ng__ = { kind: 'injectable', providedIn: 'root' };
MatDialog.prototype.open = function (component, config) {
  if (typeof component !== 'function') {
    throw new Error('MatDialog.open of an <ng-template> is not converted: a dialog is a component, whose page it ' +
      'opens');
  }
  config = Object.assign(new MatDialogConfig(), config);
  var self = this, ref = null;
  var modal = core.ɵroot.get(ionic.ModalController)._open({ component: component, id: config.id, providers: [
    { provide: MAT_DIALOG_DATA, useValue: config.data === undefined ? null : config.data },
    { provide: MatDialogRef, useFactory: function () { return ref; } }] });
  ref = new MatDialogRef(modal, config);
  this.openDialogs.push(ref);
  modal.present().then(function () { self.afterOpened.next(ref); }, core.ɵreportError);
  modal.onDidDismiss().then(function () {
    self.openDialogs.splice(self.openDialogs.indexOf(ref), 1);
    if (!self.openDialogs.length) self.afterAllClosed.next();
  });
  return ref;
};
MatDialog.prototype.closeAll = function () {
  this.openDialogs.slice().reverse().forEach(function (ref) { ref.close(); });
};
MatDialog.prototype.getDialogById = function (id) {
  return this.openDialogs.filter(function (ref) { return ref.id === id; })[0];
};

// <button mat-dialog-close="…">: closes the dialog its page is (view/dialogs.js)
function closeTop(result) {
  var pages = getCurrentPages(), top = pages[pages.length - 1];
  var dialog = core.ɵroot.get(MatDialog);
  var ref = dialog.openDialogs.filter(function (r) { return top && r._modal._key === top.__overlay; })[0];
  (ref || core.ɵroot.get(MatDialogRef)).close(result);
}

function MatDialogModule() {}
MatDialogModule.__ng__ = { kind: 'ngmodule', providers: function () { return [MatDialog]; } };

module.exports = { MatDialog: MatDialog, MatDialogRef: MatDialogRef, MatDialogConfig: MatDialogConfig,
  MatDialogModule: MatDialogModule, MAT_DIALOG_DATA: MAT_DIALOG_DATA,
  MAT_DIALOG_DEFAULT_OPTIONS: MAT_DIALOG_DEFAULT_OPTIONS, ɵcloseTop: closeTop };
// the template directives: the template compiler renders mat-dialog-title/content/actions and mat-dialog-close
['MatDialogClose', 'MatDialogTitle', 'MatDialogContent', 'MatDialogActions', 'MatDialogContainer']
  .forEach(function (n) { module.exports[n] = function () {}; });
