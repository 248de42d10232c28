'use strict';
// Stencil's loaders of web components: @ionic/pwa-elements' (a UI for Capacitor's Camera/Toast in a browser) and
// @ionic/core's own (`defineCustomElements(window)` in an app's main.ts). In a mini program those plugins use wx's
// own UI (capacitor/camera.js, capacitor/toast.js) and Ionic's components are WXML, so there is nothing to define.

function defineCustomElements() {
  return Promise.resolve();
}

module.exports = { defineCustomElements: defineCustomElements, applyPolyfills: defineCustomElements,
  setNonce: function () {} };
