"""pwa2wx: converts an Ionic/Angular PWA into a WeChat mini program."""

__version__ = "0.1.0"
