"""The app's files that are not code: which assets go into the package, and Ionicons (glyph classes, tab icons).
Files a stylesheet references with url() are the style stage's (:mod:`pwa2wx.style.urls`)."""
