"""Property-based: over random Angular workspaces of the shapes real apps take (tests/generated.py), the
converter never raises, every WXML/WXSS passes wcc/wcsc, and every page opens in the preview showing its text.

A bounded number of examples here (PWA2WX_PROPERTY_EXAMPLES, default 15; fixed under CI=true so runs are
repeatable); bench/properties.py runs many more."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from tests import needs
from tests.generated import Shape, problems, shapes

EXAMPLES = int(os.environ.get("PWA2WX_PROPERTY_EXAMPLES", "15"))


@needs.node
@settings(max_examples=EXAMPLES, deadline=None, derandomize=needs.CI, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(shapes())
def test_any_workspace_of_a_real_shape_converts_checks_and_opens(shape: Shape) -> None:
    with tempfile.TemporaryDirectory(prefix="pwa2wx-property-") as tmp:
        assert problems(shape, Path(tmp)) == [], shape
