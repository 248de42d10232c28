"""The `pwa2wx` command. Exit codes: 0 ok, 1 conversion errors (or warnings with --strict), 2 usage/config."""

from __future__ import annotations

import functools
import gc
import sys
import tempfile
import time
from pathlib import Path

import click

from pwa2wx import __version__
from pwa2wx.commands.check import human_size
from pwa2wx.diagnostics import ConversionError, Diagnostics, counted, format_diagnostic, listed

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pwa2wx")
def main() -> None:
    """Convert an Ionic/Angular PWA into a WeChat mini program."""


REPORT_FORMAT = click.Choice(["json", "sarif", "junit"])


def _guarded(command):
    """Any exception a command did not contain ends it with one PWX999 line (what pwa2wx was doing, and where
    the traceback went: the --report file when there is one, else a file in the temp folder), exit 1."""

    @functools.wraps(command)
    def run(*args, **params):
        from pwa2wx.diagnostics import faults

        try:
            return command(*args, **params)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # usage errors: click prints them (exit 2)
        except Exception as error:  # noqa: BLE001 — the last line of defence: no traceback on the terminal
            where = params.get("src") or params.get("out") or Path(".")
            found = faults.stopped(error, command.__name__)
            report = params.get("report")
            if report:
                _report(report, params.get("report_format", "json"), Diagnostics([found]), _failed_summary(),
                        where, command.__name__)
                kept = report
            else:
                with tempfile.NamedTemporaryFile("w", prefix="pwa2wx-crash-", suffix=".txt", delete=False) as f:
                    f.write(found.trace)
                kept = f.name
            click.echo(format_diagnostic(found), err=True)
            click.echo(f"pwa2wx: the traceback is in {kept}", err=True)
            sys.exit(EXIT_ERRORS)

    return run


def _project_options(out_help: str, jobs_help: str):
    """SRC, -o OUT, --config, --project and --jobs: what convert and watch both take."""
    options = [
        click.argument("src", type=click.Path(exists=True, file_okay=False, path_type=Path)),
        click.option("-o", "--out", "out", required=True, type=click.Path(path_type=Path), help=out_help),
        click.option("--config", "config_file", type=click.Path(path_type=Path),
                     help="Config file (default: SRC/pwa2wx.toml if present)."),
        click.option("--project", "project_name", help="angular.json project to convert when there are several."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
                     help=f"{jobs_help} over this many processes (default 0: one per CPU; 1: no extra processes)."),
    ]

    def apply(command):
        for option in reversed(options):
            command = option(command)
        return command

    return apply


@main.command()
@_project_options("Output folder (replaced as a whole; must not overlap SRC).", "Compile")
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
@click.option("--report", "report", type=click.Path(path_type=Path), help="Write the diagnostics to this file.")
@click.option("--report-format", "report_format", type=REPORT_FORMAT, default="json", show_default=True,
              help="Format of --report: pwa2wx's JSON, SARIF 2.1.0 (code scanning) or JUnit XML.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors and the summary only.")
@_guarded
def convert(src: Path, out: Path, config_file: Path | None, project_name: str | None, jobs: int, strict: bool,
            report: Path | None, report_format: str, quiet: bool) -> None:
    """Convert the Angular project in SRC into a mini program folder."""
    from pwa2wx.build.convert import convert as run

    _fewer_collections()
    progress = _progress(quiet)
    try:
        result = run(src, out, config_file, project_name, jobs=_jobs(jobs), progress=progress)
    except ConversionError as e:
        _print([e.diagnostic], src, quiet=False)
        if report:
            _report(report, report_format, Diagnostics([e.diagnostic]), _failed_summary(), src, "convert", strict)
        sys.exit(EXIT_USAGE)
    finally:
        if progress is not None:
            progress.close()
    diags = result.diagnostics
    _print(diags.sorted(), src, quiet)
    summary = result.summary()
    if report:
        _report(report, report_format, diags, summary, src, "convert", strict)
    click.echo(f"pwa2wx: {_counts(summary)}, {human_size(summary['output_bytes'])} written to {out} "
               f"in {summary['seconds']:.2f}s", err=True)
    sys.exit(EXIT_ERRORS if _fails(summary, strict) else EXIT_OK)


@main.command()
@_project_options("Output folder, updated in place (open it in WeChat DevTools).", "Compile the first build")
@click.option("-q", "--quiet", is_flag=True, help="Print errors and the rebuild lines only.")
@_guarded
def watch(src: Path, out: Path, config_file: Path | None, project_name: str | None, jobs: int, quiet: bool) -> None:
    """Convert SRC into OUT, then rebuild what each change touches until Ctrl-C."""
    from pwa2wx.commands import watch as watching

    _fewer_collections()
    session = watching.Session(src, out, config_file, project_name, _jobs(jobs))
    shown: list = []

    def report(rebuild: watching.Rebuild) -> None:
        if rebuild.error is not None:
            _print([rebuild.error], src, quiet=False)
            click.echo(f"pwa2wx: {time.strftime('%H:%M:%S')} not rebuilt; waiting for changes", err=True)
            shown.clear()
            return
        assert rebuild.result is not None
        diagnostics = rebuild.result.diagnostics.sorted()
        if diagnostics != shown:  # print them again only when they changed
            _print(diagnostics, src, quiet)
            shown[:] = diagnostics
        changes = rebuild.changes
        written = listed(changes.written, 3)
        click.echo(f"pwa2wx: {time.strftime('%H:%M:%S')} {rebuild.reload.name.lower()} rebuild in "
                   f"{rebuild.seconds * 1000:.0f} ms: {len(changes.written)} written"
                   f"{f' ({written})' if written else ''}, {len(changes.deleted)} deleted; "
                   f"{_counts(rebuild.result.summary())}", err=True)

    try:
        watching.run(session, report)
    except ConversionError as e:  # OUT refused
        _print([e.diagnostic], src, quiet=False)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:  # Ctrl-C in the middle of a rebuild ends watch as it does between rebuilds (each file
        return  # is written whole or not at all); it was click's "Aborted!", exit 1


@main.command()
@click.argument("src", type=click.Path(exists=True, file_okay=False, path_type=Path), default=".")
@click.option("--project", "project_name", help="angular.json project to read when there are several.")
@click.option("--force", is_flag=True, help="Replace an existing pwa2wx.toml.")
@_guarded
def init(src: Path, project_name: str | None, force: bool) -> None:
    """Write SRC/pwa2wx.toml (SRC defaults to the current folder), guessed from the project and commented."""
    from pwa2wx.commands import init as initial
    from pwa2wx.workspace import project

    try:
        found = initial.guess(project.load(src, project_name))
        target = initial.write(src, initial.render(found), force)
    except ConversionError as e:
        _print([e.diagnostic], src, quiet=False)
        sys.exit(EXIT_USAGE)
    except FileExistsError as e:
        click.echo(f"pwa2wx: {e} exists; pass --force to replace it", err=True)
        sys.exit(EXIT_USAGE)
    api = found.api_base[0] if found.api_base else "none found"
    click.echo(f"pwa2wx: wrote {target} (API origin: {api}; login: {found.backend}; AppID: placeholder)")


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--report", "report", type=click.Path(path_type=Path), help="Write the findings to this file.")
@click.option("--report-format", "report_format", type=REPORT_FORMAT, default="json", show_default=True,
              help="Format of --report: pwa2wx's JSON, SARIF 2.1.0 (code scanning) or JUnit XML.")
@_guarded
def check(out: Path, report: Path | None, report_format: str) -> None:
    """Validate a converted mini program: official wcc/wcsc, app.json consistency, WeChat DevTools' compile and
    code quality scan, package sizes and their largest parts, and the request domains to enter in WeChat's
    admin console."""
    from pwa2wx.commands.check import check as run

    findings = run(out, devtools=True)
    _print(findings.diagnostics.sorted(), out, quiet=False)
    for line in findings.lines:
        click.echo(line)
    if report:
        _report(report, report_format, findings.diagnostics, findings.summary(), out, "check")
    sys.exit(EXIT_ERRORS if findings.diagnostics.count("error") else EXIT_OK)


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("page")
@click.option("--query", "query", multiple=True, metavar="KEY=VALUE", help="Page query parameter (repeatable).")
@click.option("--action", "actions", multiple=True, metavar="JSON",
              help='An action to run after the page opens, e.g. \'{"tap": "Burt Bear"}\' (repeatable).')
@click.option("--host", "hosts", multiple=True, metavar="ORIGIN=ORIGIN",
              help="Send requests for one origin to another, e.g. https://api.example.com=http://127.0.0.1:8080.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole result as JSON.")
@_guarded
def preview(out: Path, page: str, query: tuple[str, ...], actions: tuple[str, ...], hosts: tuple[str, ...],
            as_json: bool) -> None:
    """Open PAGE of a converted mini program headlessly (Node) and print what it shows.

    PAGE is a page path (pages/schedule/schedule) or an app URL (/app/tabs/schedule). Exit 1 when the
    page throws or the app logs runtime errors.
    """
    import dataclasses
    import json

    from pwa2wx.output.wechat import ToolMissing
    from pwa2wx.preview import run as run_preview

    parsed_actions = _actions(actions)
    if not page.startswith("/") and not (out / f"{page}.js").is_file():
        pages = _app_pages(out)
        raise click.BadParameter(f"{out} has no page {page}; its pages: {listed(pages, 6)}", param_hint="PAGE")
    try:
        result = run_preview(out, page, _pairs(query, "--query"), parsed_actions, hosts=_pairs(hosts, "--host"))
    except ToolMissing as e:
        click.echo(f"pwa2wx: {e}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(result), indent=2, ensure_ascii=False))
    else:
        click.echo(result.text)
        for error in result.errors:
            click.echo(f"error ({error.get('source')}): {error.get('message')}", err=True)
    sys.exit(EXIT_ERRORS if result.errors else EXIT_OK)


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("page")
@click.option("-o", "--png", type=click.Path(dir_okay=False, path_type=Path), required=True, help="PNG file to write.")
@click.option("--query", "query", multiple=True, metavar="KEY=VALUE", help="Page query parameter (repeatable).")
@click.option("--action", "actions", multiple=True, metavar="JSON",
              help='An action to run before the shot, e.g. \'{"tap": "Favorites"}\' (repeatable).')
@click.option("--size", default="375x667", show_default=True, metavar="WxH", help="Viewport in CSS px.")
@click.option("--scale", type=float, default=2, show_default=True, help="Device pixel ratio.")
@click.option("--app-area", is_flag=True,
              help="--size is the app area below the status bar (as a desktop browser's screenshot of the PWA): "
                   "the phone is the status bar taller, and the PNG leaves it out.")
@click.option("--compare", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The PWA's screenshot: also write PNG-compare.png with both side by side.")
@_guarded
def screenshot(out: Path, page: str, png: Path, query: tuple[str, ...], actions: tuple[str, ...], size: str,
               scale: float, app_area: bool, compare: Path | None) -> None:
    """Render PAGE of a converted mini program to PNG in headless Chromium.

    PAGE is a page path (pages/schedule/schedule) or an app URL (/app/tabs/schedule). Needs Node.js, WeChat's
    compilers (installed by `pwa2wx check`) and Chromium.
    """
    import subprocess

    from pwa2wx.output.wechat import ToolMissing
    from pwa2wx.screenshot import ScreenshotError, side_by_side
    from pwa2wx.screenshot import screenshot as shoot

    width, _, height = size.partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise click.BadParameter(f"takes WIDTHxHEIGHT in CSS px, got '{size}'", param_hint="--size")
    try:
        shoot(out, page, png, query=_pairs(query, "--query"), actions=_actions(actions), width=int(width),
              height=int(height), scale=scale, app_area=app_area)
        if compare:
            click.echo(side_by_side(compare, png, png.with_name(png.stem + "-compare.png")))
    except (ScreenshotError, ToolMissing, subprocess.TimeoutExpired) as e:
        click.echo(f"pwa2wx screenshot: {e}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(png)


def _actions(actions: tuple[str, ...]) -> list:
    import json

    try:
        return [json.loads(a) for a in actions]
    except json.JSONDecodeError as e:
        raise click.BadParameter(f"--action is not JSON: {e}") from None


def _pairs(items: tuple[str, ...], option: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{option} takes KEY=VALUE, got '{item}'")
        out[key] = value
    return out


def _print(diagnostics: list, root: Path, quiet: bool) -> None:
    for d in diagnostics:
        if quiet and d.severity != "error":
            continue
        click.echo(format_diagnostic(d, root), err=True)


def _app_pages(out: Path) -> list[str]:
    """The pages app.json lists, subpackages' included (none when it cannot be read)."""
    import json

    try:
        app = json.loads((out / "app.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return list(app.get("pages", [])) + [f"{sub['root']}/{p}" for sub in app.get("subPackages", [])
                                         for p in sub.get("pages", [])]


def _counts(summary: dict) -> str:
    return ", ".join(counted(summary[key], key[:-1]) for key in ("pages", "components", "errors", "warnings"))


def _fails(summary: dict, strict: bool) -> bool:
    return summary["errors"] > 0 or (strict and summary["warnings"] > 0)


def _failed_summary() -> dict:
    """The summary of a conversion stopped before it started (bad config, no workspace)."""
    return {"errors": 1, "warnings": 0, "infos": 0, "pages": 0, "components": 0}


def _report(path: Path, fmt: str, diagnostics: Diagnostics, summary: dict, root: Path, command: str,
            strict: bool = False) -> None:
    from pwa2wx.diagnostics import reports

    reports.write(path, fmt, diagnostics, summary, root=root, command=command, strict=strict)


def _progress(quiet: bool):
    """A progress line on an interactive terminal; nothing in CI logs or with --quiet."""
    if quiet or not sys.stderr.isatty():
        return None
    from pwa2wx.build.progress import TerminalProgress

    return TerminalProgress(sys.stderr)


def _fewer_collections() -> None:
    """A conversion allocates millions of short-lived syntax-tree nodes, and Python's default collects its
    young objects every 700 allocations: 10 % of a large conversion. Every 20,000 halves that."""
    gc.set_threshold(20_000, 10, 10)


def _jobs(jobs: int) -> int:
    from pwa2wx.build.parallel import available

    return jobs or available()


@main.command()
@click.option("--token", required=True, envvar="PWA2WX_WXPUSH_TOKEN",
              help="The message-push token set in the mini program's admin console.")
@click.option("--serve", "port", type=int, help="Answer WeChat's verification on this port until stopped.")
@click.argument("query", required=False)
@_guarded
def wxpush(token: str, port: int | None, query: str | None) -> None:
    """Check WeChat's message-push signature. QUERY is the query string WeChat sent
    (signature=…&timestamp=…&nonce=…&echostr=…): prints echostr and exits 0 when valid, exits 1 otherwise."""
    import urllib.parse

    from pwa2wx.commands import wxpush as push

    if port:
        push.serve(token, port, log=click.echo)
        return
    if not query:
        raise click.UsageError("give QUERY, or --serve PORT")
    echo = push.answer(token, dict(urllib.parse.parse_qsl(query.lstrip("?"))))
    if echo is None:
        click.echo("signature does not match token, timestamp and nonce", err=True)
        sys.exit(EXIT_ERRORS)
    click.echo(echo)
