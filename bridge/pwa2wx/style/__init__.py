"""The style stage: SCSS (Dart Sass) → CSS → WXSS (tinycss2), plus the Ionic theme's imports and assets."""

from pwa2wx.style.compiler import StyleCompiler

__all__ = ["StyleCompiler"]
