"""Web Workers written as strings of JavaScript (``new Worker(URL.createObjectURL(new Blob([code])))``, as
airgap-vault's entropy workers are): a mini program cannot evaluate a string, so the converter compiles each such
string of the app's code into a function of the module, and wraps the literal in a call that registers the one with
the other (``require('…/runtime/worker.js').script("…", worker_script_1)``: the value stays the string). The runtime's
``Worker`` runs the function for a Blob or data: URL of that text, in the page's thread (runtime/worker.js).

A worker module of the app (the Angular CLI's ``new Worker(new URL('./app.worker', import.meta.url))``) is compiled
into the module that makes it the same way, registered under a URL of its own (``pwa2wx-worker:src/app/app.worker.ts``)
that the ``new URL(…)`` becomes; its imports are the module's, required when the worker starts.

The script is compiled as a classic script whose global object is the worker's scope: every name that is not the
language's (``self``, ``postMessage``, ``onmessage``, what a library puts on ``self``) is read from it, the module
system's names too (a UMD library takes its browser branch, as in a worker), and its top-level declarations are put
on it, as a browser's are.
"""

from __future__ import annotations

import json
import posixpath
import re

from tree_sitter import Node

from pwa2wx.diagnostics import Diagnostics
from pwa2wx.script import modules
from pwa2wx.script.emitter import Emitter, field_of
from pwa2wx.script.tsparse import parse, string_value, top_level_names

# What a worker's script does: answer messages. A string without both is not one (a cheap test before parsing).
_RECEIVES = re.compile(r"\bonmessage\b|addEventListener\(\s*['\"]message['\"]")


def looks_like_worker(text: str) -> bool:
    """Whether a string's text is a worker's script: it posts and receives messages, and parses as JavaScript."""
    return "postMessage" in text and _RECEIVES.search(text) is not None and \
        not parse(text).tree.root_node.has_error


def string_literal(em: Emitter, node: Node) -> str:
    """A string (or template without substitutions): as it is, or, when it is a worker's script, registered with its
    compiled function."""
    text = em.default(node)
    parent = node.parent
    if not em.opt.worker_scripts or b"postMessage" not in em.src.data[node.start_byte:node.end_byte] or \
            parent is None or field_of(parent, node) in ("key", "source", "arguments") or \
            parent.type in ("import_statement", "export_statement", "import_require_clause"):
        return text
    value = string_value(em.src, node)
    if value is None or not looks_like_worker(value):
        return text
    name = em.unique("worker_script_1")
    function = compile_worker(value, name, em)
    if function is None:
        em.report("PWX308", node, "this string is a Web Worker's script that does not compile to ES2017 (or imports "
                  "modules): a Worker made of it cannot run", "write the worker's script in plainer JavaScript, with "
                  "its libraries in the string (as importScripts cannot load them)")
        return text
    em.trailers.append(function)
    return f"require({em.runtime_path(modules.WORKER_SPECIFIER)}).script({text}, {name})"


def new_url(em: Emitter, node: Node) -> str:
    """``new URL('./app.worker', import.meta.url)`` naming a module of the app: the URL its compiled worker script is
    registered under; any other ``new …`` as it is."""
    ctor, args = node.child_by_field_name("constructor"), node.child_by_field_name("arguments")
    items = args.named_children if args is not None else []
    if ctor is None or em.text(ctor) != "URL" or em.scopes.lookup(ctor) is not None or len(items) != 2 or \
            re.sub(r"\s", "", em.text(items[1])) != "import.meta.url" or not em.opt.worker_scripts:
        return em.default(node)
    specifier = string_value(em.src, items[0])
    found = em.opt.worker_module(specifier) if specifier else None
    if found is None:
        return em.default(node)
    rel, text = found
    name = em.unique("worker_script_1")
    function = compile_worker(text, name, em, rel)
    if function is None:
        em.report("PWX308", node, f"the Web Worker module '{specifier}' does not compile to ES2017: it cannot run",
                  "write the worker in plainer TypeScript")
        return em.default(node)
    em.trailers.append(function)
    return f"require({em.runtime_path(modules.WORKER_SPECIFIER)}).script({json.dumps('pwa2wx-worker:' + rel)}, {name})"


def compile_worker(text: str, name: str, em: Emitter, module: str = "") -> str | None:
    """``function name(scope) { … }`` running the worker script ``text`` on ``scope``; None when it does not compile
    to ES2017 (the string stays a string, and a Worker made of it reports that it cannot run). ``module``: the worker
    module of the app the text is (its imports are required when it starts), else a classic script (no imports)."""
    import esprima  # as transpile.verify_es2017: costly to import, and needed only here

    from pwa2wx.script.transpile import Options, compile_source  # transpile's handlers call this module

    scope = "worker_scope"
    while scope in text:
        scope += "_"
    here = posixpath.dirname(em.opt.file)

    def locate(spec: str) -> str | None:  # the worker module's imports, as the module that makes it names them
        if spec.startswith("."):
            spec = posixpath.relpath(posixpath.join(posixpath.dirname(module), spec), here)
            spec = spec if spec.startswith(".") else "./" + spec
        return em.opt.locate(spec)

    # a classic script's top-level declarations are the worker's globals (the scope is `this`: worker.js)
    shared = "" if module else "".join(f"this.{n} = {n}; " for n in top_level_names(text))
    diagnostics = Diagnostics()
    options = Options(file=module or em.opt.file, locate=locate, esm=bool(module), web_globals=frozenset(),
                      report_web=False, verify=False, guard_requires=False, global_object=scope)
    compiled = compile_source(parse(f"{text}\n;{shared}"), options, diagnostics)
    exports = "var exports = {};\n" if module else ""  # a module worker's own: not the module's that makes it
    function = f"function {name}({scope}) {{\n{exports}{compiled.js}\n}}"
    if compiled.imports and not module or diagnostics.count("error"):
        return None
    try:
        esprima.parseScript(function)
    except esprima.Error:
        return None
    em.imports.extend(compiled.imports)
    return function
