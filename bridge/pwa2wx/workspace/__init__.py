"""Reading the user's Angular workspace, never writing it: angular.json and tsconfig (with comments), what
each TypeScript file declares, routes, colours, pwa2wx.toml, and the checks made on them before compiling."""
