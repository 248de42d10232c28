"""Runtime JavaScript an app ships: the bytes of ``pwa2wx/runtime/**/*.js`` in its converted output.

    python bench/runtime_size.py [--app NAME ...] [--files] [--shipped]

Converts corpus apps (default: the blank starter and the conference app; prepared as the tests prepare them,
tests/corpus.py) and prints, per app, the runtime files' bytes as written, after bridge/pwa2wx/script/minify.py
(comments and layout out, as the packer does to npm code) and gzipped. ``--files`` lists each file's bytes.
``--shipped`` also runs WeChat DevTools' own compile (miniprogram-ci, as `pwa2wx check` does) and gives the bytes
as compiled for upload, which is what ships: DevTools minifies with the generated project.config.json's settings.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pwa2wx.build.convert import convert  # noqa: E402
from pwa2wx.output import miniprogram_ci  # noqa: E402
from pwa2wx.script.minify import minify  # noqa: E402
from tests import corpus  # noqa: E402

APPS = ("starter-angular-blank", "conf-443e4b91")
RUNTIME = "pwa2wx/runtime/"


def runtime_files(app: str, shipped: bool) -> tuple[dict[str, bytes], int | None]:
    """The runtime's JavaScript files in corpus app ``app``'s output (path → bytes), and with ``shipped`` their
    bytes in all as DevTools compiles them for upload."""
    with tempfile.TemporaryDirectory(prefix="pwa2wx-runtime-size-") as tmp:
        out = Path(tmp) / "out"
        result = convert(corpus.app(app), out, project_name=corpus.project(app), write=shipped)
        compiled = miniprogram_ci.run([out])[0].compiled if shipped else None
    files = {p: b for p, b in sorted(result.files.items()) if p.startswith(RUNTIME) and p.endswith(".js")}
    return files, None if compiled is None else sum(compiled.get(p, 0) for p in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", action="append", help=f"a corpus app (default: {', '.join(APPS)})")
    parser.add_argument("--files", action="store_true", help="list each runtime file's bytes")
    parser.add_argument("--shipped", action="store_true", help="also the bytes DevTools' compile uploads")
    args = parser.parse_args()
    for app in args.app or APPS:
        files, shipped = runtime_files(app, args.shipped)
        raw = sum(len(b) for b in files.values())
        minified = [minify(b.decode("utf-8")).encode("utf-8") for b in files.values()]
        print(f"{app}: {len(files)} files, {raw:,} bytes as written, {sum(map(len, minified)):,} minified, "
              f"{sum(len(gzip.compress(m)) for m in minified):,} minified and gzipped (file by file)"
              + ("" if shipped is None else f", {shipped:,} as DevTools compiles them for upload"))
        if args.files:
            for path, data in sorted(files.items(), key=lambda kv: -len(kv[1])):
                print(f"  {len(data):>7,}  {path[len(RUNTIME):]}")


if __name__ == "__main__":
    main()
