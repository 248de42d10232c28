"""The property tests' long run: many random workspaces of real-app shapes (tests/generated.py), each
converted, checked by wcc/wcsc and opened in the preview. Prints how many ran and every failing shape.

    python bench/properties.py [--examples 500] [--seed N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402

from tests.generated import Shape, problems, shapes  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    ran, failed = [], []
    started = time.perf_counter()

    @seed(args.seed)
    @settings(max_examples=args.examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(shapes())
    def run(shape: Shape) -> None:
        ran.append(shape)
        with tempfile.TemporaryDirectory(prefix="pwa2wx-property-") as tmp:
            found = problems(shape, Path(tmp))
        if found:
            failed.append((shape, found))
            raise AssertionError(found)

    try:
        run()
    except AssertionError:
        pass  # hypothesis shrank the failure: it is the last one recorded
    print(f"{len(ran)} workspaces in {time.perf_counter() - started:.0f} s, {len(failed)} failing")
    for shape, found in failed[-1:]:
        print(shape)
        print("\n".join(found))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
