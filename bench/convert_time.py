"""Conversion wall time and peak memory of `pwa2wx convert` on a project, as a user runs it.

    python bench/convert_time.py PROJECT_DIR [--runs 5] [--jobs N]

Each run is a fresh `pwa2wx convert` process (Python start-up, Dart Sass start-up and all), so the
figure is what a developer or CI step waits for. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def measure(project: Path, runs: int, jobs: int = 1) -> dict:
    times = []
    with tempfile.TemporaryDirectory(prefix="pwa2wx-bench-") as tmp:
        for i in range(runs):
            out = Path(tmp) / f"out{i}"
            os.sync()  # the previous run's files reach the disk now, not while this run is timed
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "pwa2wx", "convert", str(project), "-o", str(out), "-q",
                                   "--jobs", str(jobs)], capture_output=True, text=True)
            times.append(time.perf_counter() - started)
            if proc.returncode not in (0, 1):
                raise SystemExit(proc.stderr)
        size = sum(p.stat().st_size for p in (Path(tmp) / "out0").rglob("*") if p.is_file())
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"project": project.name, "runs": runs, "jobs": jobs, "median_s": round(statistics.median(times), 3),
            "min_s": round(min(times), 3), "max_s": round(max(times), 3), "peak_rss_mb": round(peak_kb / 1024, 1),
            "output_kb": round(size / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=1, help="pwa2wx convert --jobs")
    args = parser.parse_args()
    print(json.dumps(measure(args.project.resolve(), args.runs, args.jobs)))


if __name__ == "__main__":
    main()
