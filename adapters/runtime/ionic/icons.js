// ionicons and ionicons/icons. addIcons() has nothing to register (the template compiler maps <ion-icon>
// to image files at build time), and every icon export is the icon's name ('logoVimeo' → 'logo-vimeo'),
// so code that passes icon objects around ([icon]="logoVimeo") still tells the view which image to show.
// A Proxy answers all ~1,300 names without shipping the list.
function kebab(name) {
  return name.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
}

var named = { addIcons: function () {}, __esModule: true };

module.exports = new Proxy(named, {
  get: function (target, name) {
    if (typeof name !== 'string' || name === 'then') return undefined;   // not a thenable, not iterable
    return name in target ? target[name] : kebab(name);
  }
});
