"""The `pwa2wx` command. Exit codes: 0 ok, 1 conversion errors (or warnings with --strict), 2 usage/config."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from bridge import __version__
from bridge.diagnostics import ConversionError, Diagnostics, format_diagnostic, write_report

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pwa2wx")
def main() -> None:
    """Convert an Ionic/Angular PWA into a WeChat mini program."""


@main.command()
@click.argument("src", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--out", "out", required=True, type=click.Path(path_type=Path),
              help="Output folder (replaced as a whole; must not overlap SRC).")
@click.option("--config", "config_file", type=click.Path(path_type=Path),
              help="Config file (default: SRC/pwa2wx.toml if present).")
@click.option("--project", "project_name", help="angular.json project to convert when there are several.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
@click.option("--report", "report", type=click.Path(path_type=Path), help="Write diagnostics as JSON here.")
@click.option("-q", "--quiet", is_flag=True, help="Print errors and the summary only.")
def convert(src: Path, out: Path, config_file: Path | None, project_name: str | None, strict: bool,
            report: Path | None, quiet: bool) -> None:
    """Convert the Angular project in SRC into a mini program folder."""
    from bridge.convert import convert as run

    try:
        result = run(src, out, config_file, project_name)
    except ConversionError as e:
        _print([e.diagnostic], src, quiet=False)
        if report:
            diags = Diagnostics([e.diagnostic])
            write_report(report, diags, {"errors": 1, "warnings": 0, "infos": 0, "pages": 0, "components": 0})
        sys.exit(EXIT_USAGE)
    diags = result.diagnostics
    _print(diags.sorted(), src, quiet)
    summary = result.summary()
    if report:
        write_report(report, diags, summary)
    click.echo(
        f"pwa2wx: {summary['pages']} pages, {summary['components']} components, "
        f"{summary['errors']} errors, {summary['warnings']} warnings, "
        f"{_size(summary['output_bytes'])} written to {out} in {summary['seconds']:.2f}s",
        err=True)
    failed = summary["errors"] > 0 or (strict and summary["warnings"] > 0)
    sys.exit(EXIT_ERRORS if failed else EXIT_OK)


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--report", "report", type=click.Path(path_type=Path), help="Write findings as JSON here.")
def check(out: Path, report: Path | None) -> None:
    """Validate a converted mini program: official wcc/wcsc, app.json consistency, package sizes."""
    from bridge.check import check as run

    findings = run(out)
    _print(findings.diagnostics.sorted(), out, quiet=False)
    for line in findings.lines:
        click.echo(line)
    if report:
        write_report(report, findings.diagnostics, findings.summary())
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
def preview(out: Path, page: str, query: tuple[str, ...], actions: tuple[str, ...], hosts: tuple[str, ...],
            as_json: bool) -> None:
    """Open PAGE of a converted mini program headlessly (Node) and print what it shows.

    PAGE is a page path (pages/schedule/schedule) or an app URL (/app/tabs/schedule). Exit 1 when the
    page throws or the app logs runtime errors.
    """
    import dataclasses
    import json

    from bridge.preview import run as run_preview
    from bridge.wechat import ToolMissing

    try:
        parsed_actions = [json.loads(a) for a in actions]
    except json.JSONDecodeError as e:
        raise click.BadParameter(f"--action is not JSON: {e}") from None
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


@main.command(add_help_option=False,
              context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def screenshot(ctx: click.Context) -> None:
    """Render a converted page to PNG in headless Chromium (OUT PAGE -o FILE.png; --help for more)."""
    from bridge.screenshot import main as screenshot_main

    sys.exit(screenshot_main(ctx.args))


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


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.2f} MB" if n >= 1024 * 1024 else f"{n / 1024:.1f} KB"


@main.command()
@click.option("--token", required=True, envvar="PWA2WX_WXPUSH_TOKEN",
              help="The message-push token set in the mini program's admin console.")
@click.option("--serve", "port", type=int, help="Answer WeChat's verification on this port until stopped.")
@click.argument("query", required=False)
def wxpush(token: str, port: int | None, query: str | None) -> None:
    """Check WeChat's message-push signature. QUERY is the query string WeChat sent
    (signature=…&timestamp=…&nonce=…&echostr=…): prints echostr and exits 0 when valid, exits 1 otherwise."""
    import urllib.parse

    from bridge import wxpush as push

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
