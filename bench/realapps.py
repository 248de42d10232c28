"""Converts real apps and measures each the way the real-app bar is stated: tracebacks, internal errors,
wcc/wcsc failures, and the pages that open in the headless preview and show text.

    python bench/realapps.py APP_DIR[:PROJECT] ... [--json FILE] [--markdown] [--manifest FILE.tsv]
    python bench/realapps.py --corpus            # the 12 corpus apps (prepared as tests/corpus.py does)
    python bench/realapps.py ... --base-url https://app.example.com --no-pages --json remote.json
    python bench/realapps.py ... --markdown --remote-sizes remote.json   # both main package sizes in the table
    python bench/realapps.py --tabulate a.json b.json --manifest F.tsv [--remote-sizes remote.json]  # the table
                                                                         # from earlier --json reports
    python bench/realapps.py APP_DIR ... --pwa-baseline pwa.json   # an error the app's own PWA build logs on the
                                                                   # same page (bench/pwa_baseline.py) is not its

Apps outside the corpus are local copies with node_modules installed (never committed). Prints one JSON line
per app, and with --markdown the README's table, naming each app owner/name@commit from a manifest (tab
separated, with a header: folder, owner/name or origin, commit; the corpus has its own).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import corpus  # noqa: E402
from tests.realapps import AppReport, measure  # noqa: E402


def run(apps: list[tuple[str, Path, str | None]], base_url: str = "", open_pages: bool = True,
        pwa: dict[str, dict[str, dict]] | None = None) -> list[AppReport]:
    reports = []
    with tempfile.TemporaryDirectory(prefix="pwa2wx-realapps-") as tmp:
        config = None
        if base_url:  # what PWX408 advises when assets fill the main package
            config = Path(tmp) / "pwa2wx.toml"
            config.write_text(f'[assets]\nbase_url = "{base_url}"\n', encoding="utf-8")
        for name, src, project in apps:
            report = measure(src, Path(tmp) / name / "out", name, project, open_pages=open_pages, config_file=config,
                             pwa=(pwa or {}).get(name))
            print(json.dumps(report.row()), flush=True)
            reports.append(report)
    return reports


def origins(manifests: list[Path]) -> dict[str, str]:
    """folder → owner/name@commit (8 digits), from manifests."""
    named = {}
    for manifest in manifests:
        with manifest.open(encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                repo = row.get("owner/name") or row.get("origin (public GitHub repository)") or row.get("origin") or ""
                named[row["folder"]] = f"{repo}@{row.get('commit', '')[:8]}" if repo else row["folder"]
    return named


def markdown(rows: list[dict], named: dict[str, str], remote: dict[str, float]) -> str:
    """The README table of the apps' rows (AppReport.row()); ``remote``: app → its main package (MB) with [assets]
    base_url set, when measured."""
    lines = ["| app | pages | render text | of them modal/popover pages: render | open without errors | "
             "no error but the backends' | errors | warnings | internal | wcc/wcsc | main package" +
             (" (with base_url)" if remote else "") + " |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        with_base = f" ({remote[row['app']]} MB)" if row["app"] in remote and remote[row["app"]] != row["main_mb"] \
            else ""
        as_pwa = f" ({row['clean_as_pwa']} as the PWA)" if row.get("clean_as_pwa") else ""
        blank = f" ({row['blank_as_pwa']} blank in the PWA too)" if row.get("blank_as_pwa") else ""
        lines.append(f"| {named.get(row['app'], row['app'])} | {row['pages']} | {row['render']}{blank} | "
                     f"{row['overlays']}: {row['overlays_render']} | {row['clean']} | "
                     f"{row['clean_but_backends']}{as_pwa} | "
                     f"{row['errors']} | {row['warnings']} | {row['internal']} | {row['wcc_wcsc']} | "
                     f"{row['main_mb']} MB{with_base} |")
    total = {k: sum(row.get(k, 0) for row in rows) for k in ("pages", "render", "overlays", "overlays_render",
                                                              "clean", "clean_but_backends", "clean_as_pwa",
                                                              "blank_as_pwa", "internal", "wcc_wcsc")}
    routed, routed_render = total["pages"] - total["overlays"], total["render"] - total["overlays_render"]
    blank_as_pwa = f"; of the rest, {total['blank_as_pwa']} show no text in the PWA either" \
        if total["blank_as_pwa"] else ""
    as_pwa_total = f" ({total['clean_as_pwa']} as the PWA)" if total["clean_as_pwa"] else ""
    share = lambda n: f"{n / max(total['pages'], 1):.1%}"  # noqa: E731
    lines.append(f"| **{len(rows)} apps** | **{total['pages']}** | **{total['render']} ({share(total['render'])})**; "
                 f"routed pages {routed_render} of {routed} ({routed_render / max(routed, 1):.1%}){blank_as_pwa} | "
                 f"**{total['overlays']}: {total['overlays_render']}** | **{total['clean']}** | "
                 f"**{total['clean_but_backends']} ({share(total['clean_but_backends'])})**"
                 f"{as_pwa_total} | | | "
                 f"**{total['internal']}** | **{total['wcc_wcsc']}** | "
                 f"{sum(1 for row in rows if row['main_mb'] > 2)} over 2 MB" +
                 (f" ({sum(1 for row in rows if remote.get(row['app'], row['main_mb']) > 2)} with base_url)"
                  if remote else "") + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("apps", nargs="*", help="app folder, optionally :PROJECT (the angular.json project)")
    parser.add_argument("--corpus", action="store_true", help="measure the corpus apps too")
    parser.add_argument("--json", type=Path, help="write every app's report (pages and their errors) here")
    parser.add_argument("--markdown", action="store_true", help="print the README table at the end")
    parser.add_argument("--manifest", type=Path, action="append", default=[],
                        help="folder → repository and commit, for the table (tab separated)")
    parser.add_argument("--base-url", default="", help="convert with this [assets] base_url")
    parser.add_argument("--no-pages", action="store_true", help="convert and check only (sizes, errors)")
    parser.add_argument("--remote-sizes", type=Path,
                        help="a --json report of a --base-url run: its main packages join the table")
    parser.add_argument("--pwa-baseline", type=Path,
                        help="what each app's own PWA build logs per page (bench/pwa_baseline.py's --json)")
    parser.add_argument("--tabulate", type=Path, nargs="+", default=[],
                        help="print the README table of these --json reports, or of JSON lists of the rows it "
                             "prints (measures nothing)")
    args = parser.parse_args()
    remote = {row["app"]: row["main_mb"] for row in json.loads(args.remote_sizes.read_text())} \
        if args.remote_sizes else {}
    if args.tabulate:
        def count(v: list | int) -> int:  # --json keeps pages and internal errors whole; the printed rows, counts
            return len(v) if isinstance(v, list) else v

        rows = [{**row, "pages": count(row["pages"]), "internal": count(row["internal"])}
                for report in args.tabulate for row in json.loads(report.read_text())]
        print(markdown(rows, origins(args.manifest + [corpus.CORPUS / "MANIFEST.tsv"]), remote))
        return
    apps = [(n, corpus.app(n), corpus.project(n)) for n in corpus.names()] if args.corpus else []
    for item in args.apps:
        folder, _, project = item.partition(":")
        apps.append((Path(folder).name, Path(folder).resolve(), project or None))
    pwa = json.loads(args.pwa_baseline.read_text()) if args.pwa_baseline else None
    reports = run(apps, args.base_url, not args.no_pages, pwa)
    if args.json:
        args.json.write_text(json.dumps([{**r.row(), "crashed": r.crashed, "stopped": r.stopped,
                                          "internal": r.internal, "compiler_errors": r.compiler_errors,
                                          "pages": [p.__dict__ for p in r.pages]} for r in reports], indent=1))
    if args.markdown:
        manifests = args.manifest + ([corpus.CORPUS / "MANIFEST.tsv"] if args.corpus else [])
        print(markdown([r.row() for r in reports], origins(manifests), remote))


if __name__ == "__main__":
    main()
