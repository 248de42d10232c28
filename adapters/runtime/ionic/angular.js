// @ionic/angular (and /standalone, /common, /lazy, @ionic/core) in a mini program, whole: each part is a file of
// its own, and an import of a listed name requires that part alone (bridge/pwa2wx/script/modules.py
// RUNTIME_PARTS). This file serves `import * as` and names the table does not list.
var config = require('./config.js');
var platform = require('./platform.js');
var overlays = require('./overlays.js');
var menus = require('./menus.js');
var navigation = require('./navigation.js');
var ngModule = require('./module.js');
var animations = require('./animations.js');
var components = require('./components.js');

module.exports = Object.assign({}, config, platform, overlays, menus, navigation, ngModule, animations, components);
