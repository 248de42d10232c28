"""Where things are: every output path pwa2wx chooses itself, and the adapters folder the runtime, theme and
login files are copied from.

Stages ask here rather than spell a path: a require path the script compiler writes, the file the spine
emits and the folder the pruning keeps must name the same place.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

OWN = "pwa2wx/"  # everything pwa2wx adds to the app lives under here (or in miniprogram_npm/)
RUNTIME = OWN + "runtime/"
THEME = OWN + "theme/"
LOGIN = OWN + "login/"
ADAPTER_FOLDERS = (RUNTIME, THEME, LOGIN)  # copied from adapters/, pruned to what the app reaches
APP_CONFIG = OWN + "app.config.js"
ICONS = OWN + "icons/"
GLYPHS = ICONS + "glyphs.wxss"
SHARED_STYLES = OWN + "styles/"  # leading rules several stylesheets of a package share (output/shared_styles.py)
GLOBAL_SCRIPTS = OWN + "scripts/"  # index.html / angular.json "scripts", run before the app
COPIED_ASSETS = OWN + "assets/"  # a stylesheet's file from outside the assets, uploaded under [assets] base_url
PWA_FOLDER = "pwa"  # files for the deployed PWA, not the mini program: left out of the upload (packOptions)
PWA_SCRIPT = PWA_FOLDER + "/pwa2wx-miniprogram.js"  # [webview]: the PWA's index.html loads it
NPM_FOLDER = "miniprogram_npm"  # WeChat's own name for packed packages (also inside each subpackage)
NPM = NPM_FOLDER + "/"
LATE_ROOT = "packages/late-"  # subpackages without pages: code the main package cannot hold (output/packages.py)


def adapters_dir() -> Path:
    """adapters/ from a source checkout, or its copy inside an installed wheel (pwa2wx/_adapters)."""
    packaged = Path(str(resources.files("pwa2wx"))) / "_adapters"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "adapters"
