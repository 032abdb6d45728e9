"""The ``baoxun`` command: a thin adapter that parses arguments, calls the library and
prints. Errors the library raises on purpose (:class:`BaoxunError`) become one line on
stderr; nothing prints a traceback.

Exit codes (scripts can trust them):
  0  every input was read and parsed
  1  at least one input could not be read (each is named on stderr); the rest were done
  2  usage error (bad option or value)
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import __version__
from .errors import BaoxunError
from .pipeline import parse_page
from .read import iter_inputs
from .render import page_markdown

app = typer.Typer(
    name="baoxun",
    help="本报讯 — turn dumps of Chinese newspaper pages into whole, enriched articles.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2


class Format(str, Enum):
    json = "json"
    md = "md"


def _version(value: bool) -> None:
    if value:
        print(f"baoxun {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """本报讯 — turn dumps of Chinese newspaper pages into whole, enriched articles."""


def _fail(message: str) -> None:
    err.print(f"baoxun: {message}", markup=False)


def _out_path(out: Path, name: str, used: set[str]) -> Path:
    stem = Path(name).stem if name != "<stdin>" else "stdin"
    candidate, n = stem, 2
    while candidate in used:
        candidate, n = f"{stem}-{n}", n + 1
    used.add(candidate)
    return out / f"{candidate}.json"


@app.command()
def parse(
    pages: list[str] = typer.Argument(..., metavar="PAGE...",
                                      help="Page dumps: files, directories (searched for *.txt and *.md), or - for stdin."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="DIR",
                                       help="Write DIR/<name>.json (pretty JSON, UTF-8) per page instead of printing."),
    fmt: Format = typer.Option(Format.json, "--format", "-f",
                               help="json: one page record per line (JSON Lines); md: a readable rendition."),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
    date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD",
                                       help="The issue date, when you know it (wins over the inferred one)."),
    place: Optional[str] = typer.Option(None, "--place", metavar="PLACE",
                                        help="What 我市/我区 refer to, e.g. 长治市 (wins over the inferred one)."),
    paper: Optional[str] = typer.Option(None, "--paper", metavar="NAME", help="The paper's name, e.g. 长治日报."),
    no_mentions: bool = typer.Option(False, "--no-mentions",
                                     help="Skip enrichment (people, places, organisations, dates, amounts): faster."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Parse page dumps into page records (../SCHEMA.md): items with headlines, bylines,
    paragraphs, captions and jump lines; the page's paper, place and issue date.

    \b
    Examples:
      baoxun parse examples/pages --format md
      baoxun parse page.txt --date 2024-03-05 --place 长治市 > page.jsonl
      baoxun parse scans/ --out records/
      cat page.txt | baoxun parse -
    """
    if as_json:
        fmt = Format.json
    if date is not None:
        try:
            from datetime import date as _d
            _d.fromisoformat(date)
        except ValueError:
            _fail(f"--date must be YYYY-MM-DD, not {date!r}")
            raise typer.Exit(EXIT_USAGE)
    if out is not None:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            _fail(f"{out}: cannot create output folder ({exc.strerror})")
            raise typer.Exit(EXIT_USAGE)
    failed = done = 0
    used: set[str] = set()
    show_bar = not quiet and (out is not None or not sys.stdout.isatty()) and err.is_terminal
    progress = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[errors]} errors"), TimeElapsedColumn(),
                        console=err, disable=not show_bar, transient=True)
    with progress:
        task = progress.add_task("parse", total=None, errors=0)
        for item in iter_inputs(pages):
            if item.error is not None:
                failed += 1
                progress.console.print(f"baoxun: {item.error}", markup=False, highlight=False)
                progress.update(task, advance=1, errors=failed)
                continue
            try:
                page = parse_page(item.text or "", source=item.name, date=date, place=place, paper=paper,
                                  mentions=not no_mentions)
            except BaoxunError as exc:
                failed += 1
                progress.console.print(f"baoxun: {item.name}: {exc}", markup=False, highlight=False)
                progress.update(task, advance=1, errors=failed)
                continue
            done += 1
            if out is not None:
                path = _out_path(out, item.name, used)
                path.write_text(json.dumps(page.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            elif fmt is Format.md:
                sys.stdout.write(page_markdown(page) + "\n")
            else:
                sys.stdout.write(json.dumps(page.to_dict(), ensure_ascii=False) + "\n")
            progress.update(task, advance=1)
    if done == 0 and failed == 0:
        _fail("no page found (a directory is searched for *.txt and *.md)")
        raise typer.Exit(EXIT_INPUT_ERRORS)
    if out is not None and not quiet:
        err.print(f"baoxun: {done} page(s) written to {out}" + (f", {failed} failed" if failed else ""),
                  markup=False, highlight=False)
    raise typer.Exit(EXIT_INPUT_ERRORS if failed else EXIT_OK)


@app.command()
def mentions(
    text: str = typer.Argument(..., metavar="TEXT_OR_FILE",
                               help="A sentence or paragraph, a file holding one, or - for stdin."),
    date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD",
                                       help="The issue date that 今年, 3月4日 … belong to."),
    place: Optional[str] = typer.Option(None, "--place", metavar="PLACE",
                                        help="What 我市/我区 refer to, e.g. 长治市 (resolves short place names)."),
) -> None:
    """Print the mentions of any Chinese text as JSON: people with their posts, places
    on the administrative map, organisations, dates and amounts, each with its spans.

    \b
    Examples:
      baoxun mentions "3月4日，市委常委、常务副市长崔元斌到潞州区调研。" --date 2024-03-05
      baoxun mentions article.txt --place 长治市
    """
    from .enrich import find_mentions
    from .read import decode
    from .errors import InputError

    if date is not None:
        try:
            from datetime import date as _d
            _d.fromisoformat(date)
        except ValueError:
            _fail(f"--date must be YYYY-MM-DD, not {date!r}")
            raise typer.Exit(EXIT_USAGE)
    source = text
    try:
        if text == "-":
            source = decode(sys.stdin.buffer.read(), path="<stdin>")
        elif len(text) < 256 and Path(text).is_file():
            source = decode(Path(text).read_bytes(), path=text)
    except InputError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_INPUT_ERRORS)
    except OSError as exc:
        _fail(f"{text}: cannot read ({exc.strerror})")
        raise typer.Exit(EXIT_INPUT_ERRORS)
    result = find_mentions(source, date=date, place=place)
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":  # pragma: no cover
    app()
