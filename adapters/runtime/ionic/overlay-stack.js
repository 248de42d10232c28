// The overlays presented (last on top), which the host reads when it opens a modal/popover's page and when
// that page unloads: a small file of its own, so that every app's host need not ship the controllers.
var overlays = [];

function overlayByKey(key) {
  return overlays.filter(function (o) { return o._key === String(key); })[0];
}

// host: the props to set on the page component opened for overlay `key`
function overlayProps(key) {
  var o = overlayByKey(key);
  return o ? o.options.componentProps || {} : null;
}

// host: what the page component opened for overlay `key` injects besides (MatDialog's MAT_DIALOG_DATA, MatDialogRef)
function overlayProviders(key) {
  var o = overlayByKey(key);
  return (o && o.options.providers) || [];
}

// host: the overlay's page unloaded (native back, or after dismiss; not when an ion-nav moved it to its root)
function overlayClosed(key) {
  var o = overlayByKey(key);
  if (o && o._moving) o._moving = false;
  else if (o) o._dismiss(undefined, 'backdrop');
}

module.exports = { overlays: overlays, overlayByKey: overlayByKey, overlayProps: overlayProps,
  overlayProviders: overlayProviders, overlayClosed: overlayClosed };
