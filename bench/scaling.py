"""How conversion scales: wall time and peak memory for generated apps of growing size.

    python bench/scaling.py [--sizes 100 300 1000] [--runs 3] [--jobs 1 2] [--node-modules DIR]

For each size, bench/generate_app.py writes a workspace, then bench/convert_time.py (a fresh process per
measurement, so peak memory is that conversion's own) times ``pwa2wx convert`` on it with each ``--jobs``.
Prints one JSON line per measurement and a Markdown table for README.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.generate_app import generate  # noqa: E402  (after the path set-up, for a run as a script)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--node-modules", type=Path, default=HERE.parent / "fixtures" / "trailbook" / "node_modules",
                        help="an installed node_modules to link into the generated apps")
    args = parser.parse_args()
    node_modules = args.node_modules if args.node_modules.is_dir() else None
    rows = []
    with tempfile.TemporaryDirectory(prefix="pwa2wx-scaling-") as tmp:
        for size in args.sizes:
            app = Path(tmp) / f"app{size}"
            counts = generate(app, size, node_modules)
            os.sync()  # writing the app's files to disk is not part of what is measured
            for jobs in args.jobs:
                proc = subprocess.run([sys.executable, str(HERE / "convert_time.py"), str(app), "--runs",
                                       str(args.runs), "--jobs", str(jobs)], capture_output=True, text=True,
                                      check=True)
                row = {"size": size, "pages": counts["pages"], "children": counts["components"],
                       **json.loads(proc.stdout)}
                print(json.dumps(row), flush=True)
                rows.append(row)
    print("\n| components | pages + children | --jobs | median wall time | peak memory | output |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['size']} | {r['pages']} + {r['children']} | {r['jobs']} | "
              f"{r['median_s']:.2f} s | {r['peak_rss_mb']:.0f} MB | {r['output_kb'] / 1024:.2f} MB |")


if __name__ == "__main__":
    main()
