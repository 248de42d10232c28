"""Ionic's named colours, with the app's own overrides, for what app.json needs as literal hex.

The navigation bar and tab bar are native: they take `#rrggbb`, not CSS variables. So the colours
an app sets with `--ion-color-<name>` in its global styles are read here (Ionic 8 defaults otherwise).
"""

from __future__ import annotations

import re

from pwa2wx.workspace.model import Project

# Ionic 8 defaults: name -> (base, contrast)
IONIC_COLORS: dict[str, tuple[str, str]] = {
    "primary": ("#0054e9", "#ffffff"),
    "secondary": ("#0163aa", "#ffffff"),
    "tertiary": ("#6030ff", "#ffffff"),
    "success": ("#2dd55b", "#000000"),
    "warning": ("#ffc409", "#000000"),
    "danger": ("#c5000f", "#ffffff"),
    "light": ("#f4f5f8", "#000000"),
    "medium": ("#636469", "#ffffff"),
    "dark": ("#222428", "#ffffff"),
}

_DECL = re.compile(r"--ion-color-([a-z0-9-]+?)(-contrast)?\s*:\s*(#[0-9a-fA-F]{3,8})\b")


def hex6(color: str) -> str:
    """``#abc``/``#aabbcc``/``#aabbccdd`` → ``#aabbcc`` (WeChat's native bars take 6 digits)."""
    h = color.lstrip("#").lower()
    if len(h) in (3, 4):
        h = "".join(c * 2 for c in h[:3])
    return "#" + h[:6]


def is_dark(color: str) -> bool:
    """Whether white text reads better on this background (relative luminance < 0.5)."""
    h = hex6(color)[1:]
    r, g, b = (int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5


def palette(project: Project) -> dict[str, tuple[str, str]]:
    """Ionic colour name → (base, contrast) hex, from the defaults and the app's global styles."""
    colors = dict(IONIC_COLORS)
    for rel in project.global_styles:
        try:
            text = (project.root / rel).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # the style stage reports unreadable files
        for name, contrast, value in _DECL.findall(text):
            if name.endswith(("-rgb", "-shade", "-tint")):
                continue
            base, con = colors.get(name, (value, "#ffffff"))
            colors[name] = (base, hex6(value)) if contrast else (hex6(value), con)
    return colors
