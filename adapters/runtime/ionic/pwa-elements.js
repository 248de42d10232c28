'use strict';
// @ionic/pwa-elements: web components that give Capacitor's Camera/Toast a UI in a browser. In a mini
// program those plugins use wx's own UI (capacitor/camera.js, capacitor/toast.js), so there is nothing
// to define.

function defineCustomElements() {
  return Promise.resolve();
}

module.exports = { defineCustomElements: defineCustomElements, applyPolyfills: defineCustomElements };
