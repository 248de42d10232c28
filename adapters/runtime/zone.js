'use strict';
// zone.js's `Zone`, which libraries read (AngularFire: Zone.current.run). zone.js itself does not run (change
// detection follows wx callbacks and timers), so there is one zone, the root, and it runs what it is given. It is
// on the window once the app imports zone.js (zone-loaded.js), as in a browser: a file that must run before it
// checks that it is not there yet (@rx-angular's zone-flags).
var rootZone = {
  name: '<root>',
  parent: null,
  get: function () { return undefined; },
  fork: function () { return rootZone; },
  wrap: function (fn) { return fn; },
  run: function (fn, self, args) { return fn.apply(self, args || []); },
  runGuarded: function (fn, self, args) { return fn.apply(self, args || []); },
  runTask: function (task, self, args) { return task.invoke.apply(self, args || []); },
  cancelTask: function (task) { task.state = 'notScheduled'; },
  // tasks (AngularFire blocks stability with a macro task it invokes when its first value arrives): a task runs
  // when its scheduler invokes it; a micro task with no scheduler of its own runs as a promise callback does
  scheduleMacroTask: function (source, callback, data, schedule) {
    return zoneTask('macroTask', source, callback, data, schedule);
  },
  scheduleEventTask: function (source, callback, data, schedule) {
    return zoneTask('eventTask', source, callback, data, schedule);
  },
  scheduleMicroTask: function (source, callback, data, schedule) {
    var task = zoneTask('microTask', source, callback, data, schedule);
    if (!schedule) Promise.resolve().then(function () { task.invoke(); });
    return task;
  }
};

function zoneTask(type, source, callback, data, schedule) {
  var task = { type: type, source: source, callback: callback, data: data, zone: rootZone, state: 'scheduled',
    runCount: 0 };
  task.invoke = function () {
    task.runCount++;
    if (type !== 'eventTask') task.state = 'notScheduled';
    return callback.apply(this, arguments);
  };
  if (schedule) schedule(task);
  return task;
}
var Zone = {
  current: rootZone,
  root: rootZone,
  assertZonePatched: function () {},
  __symbol__: function (name) { return '__zone_symbol__' + name; }
};

module.exports = { Zone: Zone };
