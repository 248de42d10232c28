"""The `pwa2wx` commands: the click CLI and what each command does beyond a conversion (check, init, watch,
wxpush). A conversion itself is :mod:`pwa2wx.build.convert`."""
