"""How a camelCase name is written with hyphens and back: one rule for the template compiler, the same as
``kebab`` in ``adapters/runtime/view.js`` and ``adapters/runtime/ionic/icons.js`` (a contract test holds them
equal).

Every capital letter becomes ``-`` and its lower case, as WeChat reads it back: a component attribute
``user-i-d`` sets the property ``userID``, a style key ``fontSize`` is ``font-size``, the ionicons export
``logoCSharp`` is the icon ``logo-c-sharp``.
"""

from __future__ import annotations

import re

_CAPITAL = re.compile(r"[A-Z]")
_DASHED = re.compile(r"-([a-z])")


def kebab(name: str) -> str:
    """``labelPlacement`` → ``label-placement`` (Angular binds camelCase props; CSS and WXML name attributes)."""
    return _CAPITAL.sub(lambda m: "-" + m.group(0).lower(), name)


def camel(name: str) -> str:
    """``router-direction`` → ``routerDirection``: HTML attributes may be written either way for Ionic props."""
    return _DASHED.sub(lambda m: m.group(1).upper(), name)
