'use strict';
// What NgModules and components name of @angular/common: CommonModule and the structural and attribute
// directives, compiled into WXML, so their classes are inert markers (standalone `imports` still name them), and
// the DOCUMENT token components inject.
var core = require('../core/base.js');

function Marker() {}

module.exports = {
  CommonModule: Marker, NgIf: Marker, NgFor: Marker, NgForOf: Marker, NgClass: Marker, NgStyle: Marker,
  NgSwitch: Marker, NgSwitchCase: Marker, NgSwitchDefault: Marker, NgTemplateOutlet: Marker,
  NgComponentOutlet: Marker, NgPlural: Marker, NgPluralCase: Marker, NgOptimizedImage: Marker, DOCUMENT: core.DOCUMENT
};
