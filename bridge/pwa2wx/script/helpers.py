"""The small ES5 helper functions emitted JavaScript may need, as data.

Each is a function declaration (hoisted, so it can sit at the end of the file and keep the
source's line numbers) and is emitted only into files that use it, under a name unique in that file.
"""

from __future__ import annotations

SOURCE: dict[str, str] = {
    # exports.X getters, defined before any require so circular imports read live values
    "__export": "function __export(e, g) { for (var k in g) Object.defineProperty(e, k, "
                "{ enumerable: true, get: g[k] }); }",
    "__exportStar": "function __exportStar(m, e) { Object.keys(m).forEach(function (k) { "
                    "if (k !== \"default\" && !Object.prototype.hasOwnProperty.call(e, k)) "
                    "Object.defineProperty(e, k, { enumerable: true, get: function () { return m[k]; } }); }); }",
    # default import of a CommonJS module that is not an ES module: the module itself is the default
    "__importDefault": "function __importDefault(m) { return m && m.__esModule ? m : "
                       "Object.assign({ default: m }, m); }",
    # const { a, ...rest } = o
    "__rest": "function __rest(s, e) { var t = {}; for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) "
              "&& e.indexOf(p) < 0) t[p] = s[p]; return t; }",
    # TypeScript's legacy (experimentalDecorators) semantics, for decorators that are not Angular's
    "__decorate": "function __decorate(ds, target, key, desc) { var c = arguments.length, "
                  "r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d; "
                  "for (var i = ds.length - 1; i >= 0; i--) if (d = ds[i]) r = (c < 3 ? d(r) : c > 3 ? "
                  "d(target, key, r) : d(target, key)) || r; "
                  "return c > 3 && r && Object.defineProperty(target, key, r), r; }",
    "__param": "function __param(index, d) { return function (target, key) { d(target, key, index); }; }",
    # import() of a computed path: the module the path names among those it may name, else webpack's error
    "__importContext": "function __importContext(m, k) { return Promise.resolve().then(function () { "
                       "if (!Object.prototype.hasOwnProperty.call(m, k)) throw new Error(\"Cannot find module '\" + k "
                       "+ \"'\"); return m[k](); }); }",
    # for await (x of xs): async iterators, or sync iterators of promises
    "__asyncValues": "function __asyncValues(o) { var m = typeof Symbol === \"function\" && Symbol.asyncIterator "
                     "&& o[Symbol.asyncIterator]; return m ? m.call(o) : o[Symbol.iterator](); }",
}


def source(helper: str, name: str) -> str:
    """The helper's declaration under ``name``."""
    return SOURCE[helper].replace(helper, name, 1)
