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
err = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2


class Ner(str, Enum):
    lac = "lac"
    rules = "rules"


NER_HELP = ("How people, places and organisations are found: 'lac' (default) puts a learned "
            "tagger's names under the post grammar and gazetteer (finds ~3x the people in "
            "ordinary news; ~30-50 k chars per CPU-second); 'rules' runs the grammar alone "
            "(~300 k chars/s; finds names only where a post, verb or list vouches for them).")


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
    ner: Ner = typer.Option(Ner.lac, "--ner", help=NER_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Parse page dumps into page records: items with headlines, bylines,
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
    _check_date("--date", date)
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
                                  mentions=not no_mentions, ner=ner.value)
            except BaoxunError as exc:
                failed += 1
                progress.console.print(f"baoxun: {item.name}: {exc}", markup=False, highlight=False)
                progress.update(task, advance=1, errors=failed)
                continue
            except Exception as exc:  # a parser bug on one page must not stop the batch
                failed += 1
                progress.console.print(f"baoxun: {item.name}: internal error ({type(exc).__name__}: {exc});"
                                       " please report it with this page", markup=False, highlight=False)
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
    ner: Ner = typer.Option(Ner.lac, "--ner", help=NER_HELP),
) -> None:
    """Print the mentions of any Chinese text as JSON: people with their posts, places
    on the administrative map, organisations, dates and amounts, each with its spans.

    \b
    Examples:
      baoxun mentions "3月4日，市委常委、常务副市长赵明远到潞州区调研。" --date 2024-03-05
      baoxun mentions article.txt --place 长治市
    """
    from .enrich import find_mentions
    from .read import decode
    from .errors import InputError

    _check_date("--date", date)
    source = text
    try:
        if text == "-":
            source = decode(sys.stdin.buffer.read(), path="<stdin>")
        elif _names_a_file(text):
            source = decode(Path(text).read_bytes(), path=text)
    except InputError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_INPUT_ERRORS)
    except OSError as exc:
        _fail(f"{text}: cannot read ({exc.strerror})")
        raise typer.Exit(EXIT_INPUT_ERRORS)
    result = find_mentions(source, date=date, place=place, ner=ner.value)
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


def _names_a_file(text: str) -> bool:
    """Whether a TEXT_OR_FILE argument is a path to an existing file. A sentence longer than
    a file name can be, or one with a line break, is text (never an OS error)."""
    if "\n" in text or len(text.encode("utf-8", "surrogatepass")) > 255:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


DEFAULT_DB = Path("archive.db")


class SearchFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ShowFormat(str, Enum):
    md = "md"
    json = "json"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"
    csv = "csv"
    opensearch = "opensearch"


def _check_date(option: str, value: Optional[str]) -> None:
    """ISO 8601 calendar dates only (YYYY-MM-DD): not 20240305, not 2024-W10-2."""
    if value is None:
        return
    import re
    from datetime import date as _d
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        _d.fromisoformat(value)
    except ValueError:
        _fail(f"{option} must be YYYY-MM-DD, not {value!r}")
        raise typer.Exit(EXIT_USAGE)


def _open(db: Path, readonly: bool = True):
    from .archive import Archive
    try:
        return Archive(db, readonly=readonly)
    except BaoxunError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_USAGE)


@app.command()
def ingest(
    pages: Optional[list[str]] = typer.Argument(None, metavar="PAGE...",
                                                help="Page dumps: files, directories (searched for *.txt and *.md), or -."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The archive file (created when missing)."),
    from_dataset: Optional[Path] = typer.Option(None, "--from-dataset", metavar="DATASET_DIR",
                                                help="Load a Parquet dataset written by `baoxun batch` instead of pages."),
    date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD", help="The issue date, when known."),
    place: Optional[str] = typer.Option(None, "--place", metavar="PLACE", help="What 我市/我区 refer to."),
    paper: Optional[str] = typer.Option(None, "--paper", metavar="NAME", help="The paper's name."),
    no_mentions: bool = typer.Option(False, "--no-mentions", help="Store articles without mentions (faster)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Parse pages (with mentions) and store them in the archive. Re-ingesting a page
    changes nothing; a changed page replaces its own articles. Files that fail are named
    on stderr, one line each, and the rest go in.

    \b
    Examples:
      baoxun ingest examples/pages --db archive.db
      baoxun ingest scans/ --db changzhi.db --paper 长治日报 --place 长治市
    """
    import time

    from .archive import ingest as run_ingest
    _check_date("--date", date)
    if from_dataset is not None:
        if pages:
            _fail("give PAGE... or --from-dataset, not both")
            raise typer.Exit(EXIT_USAGE)
        from .scale import ingest_dataset_command
        raise typer.Exit(ingest_dataset_command(from_dataset, db, quiet))
    if not pages:
        _fail("give at least one PAGE (a file, a directory or -), or --from-dataset DATASET_DIR")
        raise typer.Exit(EXIT_USAGE)
    archive = _open(db, readonly=False)
    started = time.perf_counter()
    progress = Progress(TextColumn("ingesting"), BarColumn(), TextColumn("{task.completed} pages"),
                        TextColumn("{task.fields[articles]} articles"), TextColumn("{task.fields[errors]} errors"),
                        TextColumn("{task.fields[rate]} pages/s"), TimeElapsedColumn(),
                        console=err, disable=quiet or not err.is_terminal, transient=True)
    with progress:
        task = progress.add_task("ingest", total=None, articles=0, errors=0, rate="-")

        def tick(report, error):
            if error:
                progress.console.print(f"baoxun: {error}", markup=False, highlight=False)
            done = report.added + report.replaced + report.unchanged + len(report.errors)
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, completed=done, articles=report.articles, errors=len(report.errors),
                            rate=f"{rate:.0f}")

        try:
            report = run_ingest(archive, pages, date=date, place=place, paper=paper,
                                mentions=not no_mentions, on_page=tick)
        finally:
            archive.close()
    seconds = time.perf_counter() - started
    total = report.added + report.replaced + report.unchanged
    err.print(f"baoxun: {total} pages ({report.added} new, {report.replaced} replaced, {report.unchanged} unchanged),"
              f" {report.articles} articles written, {len(report.errors)} failed, in {seconds:.1f} s → {db}"
              + _derived_summary(report), markup=False, highlight=False)
    for warning in report.warnings:     # the pages are stored: a warning never changes the exit code
        _fail(f"warning: {warning}")
    if total == 0 and not report.errors:
        _fail("no page found (a directory is searched for *.txt and *.md)")
    raise typer.Exit(EXIT_INPUT_ERRORS if report.errors or total == 0 else EXIT_OK)


def _derived_summary(report) -> str:
    """What ingest did beside storing pages: the index sync and the register build."""
    parts = []
    if report.index is not None:
        parts.append(f"index +{report.index['added']} -{report.index['deleted']}")
    if report.register is not None:
        r = report.register
        parts.append(f"register {r['officials']} officials, {r['bylines']} bylines in {r['seconds']:.1f} s")
    return "; " + "; ".join(parts) if parts else ""


@app.command()
def search(
    query: str = typer.Argument(..., help='Words (all must occur), "an exact phrase", -excluded, a OR b.'),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The archive file."),
    date_from: Optional[str] = typer.Option(None, "--from", metavar="YYYY-MM-DD", help="Articles on or after."),
    date_to: Optional[str] = typer.Option(None, "--to", metavar="YYYY-MM-DD", help="Articles on or before."),
    place: Optional[str] = typer.Option(None, "--place", help="Paper's place or a place mentioned (长治市, 潞州区)."),
    person: Optional[str] = typer.Option(None, "--person", help="A person mentioned (赵明远)."),
    kind: Optional[str] = typer.Option(None, "--kind", help="news, feature, photo, notice, weather, banner, fragment."),
    limit: int = typer.Option(20, "--limit", "-n", min=1, max=500, help="How many results."),
    fmt: SearchFormat = typer.Option(SearchFormat.table, "--format", "-f", help="table, json (lines) or csv."),
) -> None:
    """Search the archive: ranked results with the matched words marked.

    \b
    Examples:
      baoxun search 乡村振兴 --db archive.db
      baoxun search '"国家宪法日" 普法' --from 2024-01-01 --format json
      baoxun search 脐橙 OR 草莓 --place 于都县 --kind news
    """
    import csv as _csv

    from .archive import Filters
    from .archive import search as run_search
    _check_date("--from", date_from)
    _check_date("--to", date_to)
    archive = _open(db)
    try:
        hits, total = run_search(archive, query, Filters(date_from, date_to, place, person, kind), limit=limit)
    except BaoxunError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_USAGE)
    finally:
        archive.close()
    if fmt is SearchFormat.json:
        for h in hits:
            sys.stdout.write(json.dumps(h.to_dict(), ensure_ascii=False) + "\n")
    elif fmt is SearchFormat.csv:
        w = _csv.writer(sys.stdout)
        w.writerow(["id", "date", "place", "kind", "title", "score", "snippet"])
        for h in hits:
            w.writerow([h.id, h.date, h.place, h.kind, h.title, round(h.score, 4), h.snippet])
    else:
        from rich.table import Table
        from rich.text import Text
        table = Table(title=f"{total} article(s) match", show_lines=False, expand=True)
        for col in ("date", "place", "kind", "title / snippet", "id"):
            table.add_column(col, overflow="fold")
        for h in hits:
            snip = Text(h.snippet, style="dim")
            for s, e in h.highlights:
                snip.stylize("bold yellow", s, e)
            cell = Text(h.title or "(no title)", style="bold") + Text("\n") + snip
            table.add_row(h.date or "", h.place or "", h.kind, cell, h.id)
        Console(highlight=False).print(table)
    raise typer.Exit(EXIT_OK if hits else EXIT_INPUT_ERRORS)


@app.command()
def show(
    article_id: str = typer.Argument(..., metavar="ID", help="An article id from search results."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The archive file."),
    fmt: ShowFormat = typer.Option(ShowFormat.md, "--format", "-f", help="md (readable) or json."),
) -> None:
    """Print one article whole: headlines, byline, body, captions, mentions."""
    from .model import Article, Caption
    from .render import article_markdown
    archive = _open(db)
    try:
        rec = archive.article(article_id)
    finally:
        archive.close()
    if rec is None:
        _fail(f"no article {article_id!r} in {db}")
        raise typer.Exit(EXIT_INPUT_ERRORS)
    if fmt is ShowFormat.json:
        sys.stdout.write(json.dumps(rec, ensure_ascii=False, indent=2) + "\n")
        return
    fields = {k: rec[k] for k in ("kind", "section", "kicker", "title", "subtitle", "headlines", "dispatch",
                                  "reporters", "correspondents", "authors", "photographers", "dateline_date",
                                  "paragraphs", "continued_from", "continues_to")}
    art = Article(**fields, captions=[Caption(c["text"], c["credit"]) for c in rec["captions"]])
    head = " · ".join(x for x in (rec["paper"], rec["place"], rec["issue_date"], rec["id"]) if x)
    sys.stdout.write(f"<sub>{head}</sub>\n\n" + article_markdown(art) + "\n")


@app.command()
def export(
    out: Path = typer.Option(..., "--out", "-o", metavar="PATH",
                             help="jsonl: a file; csv, parquet and opensearch: a folder."),
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f",
                                     help="jsonl, parquet, csv or opensearch (bulk NDJSON files + mapping.json)."),
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The archive file."),
    query: Optional[str] = typer.Option(None, "--query",
                                        help="Only articles matching this search query (not with opensearch)."),
    split_by_year: bool = typer.Option(False, "--split-by-year",
                                       help="opensearch: one index per year (<index>-2024, <index>-undated)."),
) -> None:
    """Export articles, and their mentions as tables of their own (one row per mention,
    with article id, kind, text, normalised value and division code).

    \b
    csv / parquet: a folder with articles, people, places, organizations, dates,
    amounts and facts, and the officials register's tables (register_people,
    register_tenures, register_observations, register_transitions,
    register_coappearances, register_bylines; the whole archive's, so left out with
    --query).
    opensearch: mapping.json and bulk-00001.ndjson … (an action line, then the
    article) for the _bulk API of OpenSearch or Elasticsearch.

    \b
    Examples:
      baoxun export --format parquet --out dataset/ --db archive.db
      baoxun export --query 乡村振兴 --format csv --out rural/
      baoxun export --format opensearch --out bulk/ --split-by-year
    """
    from .archive import export as run_export
    from .archive.query import parse_query
    if split_by_year and fmt is not ExportFormat.opensearch:
        _fail("--split-by-year is for --format opensearch")
        raise typer.Exit(EXIT_USAGE)
    if query and fmt is ExportFormat.opensearch:
        _fail("--query is not available with --format opensearch (it writes the whole archive)")
        raise typer.Exit(EXIT_USAGE)
    archive = _open(db)
    try:
        if fmt is ExportFormat.opensearch:
            from .archive.bulk import write_bulk
            done = write_bulk(archive, out, split="year" if split_by_year else None)
            counts = {"articles": done["articles"], "bulk files": len(done["files"]),
                      "indexes": len(done["indexes"])}
        else:
            if query:
                try:
                    q = parse_query(query)
                except BaoxunError as exc:
                    _fail(str(exc))
                    raise typer.Exit(EXIT_USAGE)
                records = archive.iter_articles(
                    "rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", (q.match,))
            else:
                records = archive.iter_articles()
            counts = run_export(records, fmt.value, out)
            if fmt in (ExportFormat.csv, ExportFormat.parquet) and not query:
                from .register.export import write_register_tables
                from .register.store import load_register
                counts.update(write_register_tables(load_register(archive.conn), out, fmt.value))
    except BaoxunError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_USAGE)
    except OSError as exc:
        _fail(f"{out}: cannot write ({exc.strerror or exc})")
        raise typer.Exit(EXIT_USAGE)
    finally:
        archive.close()
    err.print("baoxun: exported " + ", ".join(f"{n} {k}" for k, n in counts.items()) + f" → {out}",
              markup=False, highlight=False)


@app.command()
def stats(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The archive file."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
) -> None:
    """What the archive holds: counts by paper/place, month and kind, and the most
    mentioned people, places and organisations."""
    from .archive import stats as run_stats
    archive = _open(db)
    try:
        result = run_stats(archive)
    finally:
        archive.close()
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.table import Table
    out = Console(highlight=False)
    out.print(f"{result['pages']} pages, {result['articles']} articles, "
              f"{result['date_span'][0] or '?'} – {result['date_span'][1] or '?'}")
    for key, cols in (("by_paper_place", ("paper", "place", "articles")), ("by_kind", ("kind", "articles")),
                      ("by_month", ("month", "articles")), ("top_people", ("name", "articles")),
                      ("top_places", ("name", "articles")), ("top_organizations", ("name", "articles"))):
        table = Table(title=key.replace("_", " "))
        for c in cols:
            table.add_column(c)
        for row in result[key]:
            table.add_row(*(str(row[c]) if row[c] is not None else "" for c in cols))
        out.print(table)


class FactFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


FACT_CSV_COLUMNS = ["article_id", "date", "paper", "title", "indicator", "indicator_key", "subject", "place",
                    "period", "status", "value", "unit", "approx", "change_basis", "change_value", "change_unit",
                    "text"]


@app.command()
def facts(
    pages: Optional[list[str]] = typer.Argument(None, metavar="[PAGE...]",
                                                help="Page dumps to parse (files, directories, or -); or give --db."),
    db: Optional[Path] = typer.Option(None, "--db", help="Read the facts stored in this archive instead of parsing pages."),
    indicator: Optional[str] = typer.Option(None, "--indicator", "-i", metavar="NAME",
                                            help="An indicator: a canonical key (gdp), its name (固定资产投资) or printed words."),
    place: Optional[str] = typer.Option(None, "--place", metavar="PLACE", help="Facts about this place (长治市, 潞州区)."),
    status: Optional[str] = typer.Option(None, "--status", metavar="STATUS", help="actual, target or plan."),
    date_from: Optional[str] = typer.Option(None, "--from", metavar="YYYY-MM-DD", help="Periods starting on or after."),
    date_to: Optional[str] = typer.Option(None, "--to", metavar="YYYY-MM-DD", help="Periods starting on or before."),
    limit: int = typer.Option(100, "--limit", "-n", min=1, max=100_000, help="Most facts listed (--db)."),
    fmt: FactFormat = typer.Option(FactFormat.table, "--format", "-f", help="table, csv or json (lines)."),
    date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD", help="Parsing pages: the issue date."),
    paper_place: Optional[str] = typer.Option(None, "--paper-place", metavar="PLACE",
                                              help="Parsing pages: what 我市/全市 refer to (长治市)."),
) -> None:
    """List the figures articles report, as rows of a table: indicator, place, period,
    status (actual / target / plan), value and unit, the change printed with it, and the
    clause it comes from — from page dumps, or from an archive with --db.

    \b
    Examples:
      baoxun facts page.txt --date 2024-03-05 --paper-place 长治市
      baoxun facts --db archive.db --indicator 固定资产投资 --place 长治市
      baoxun facts --db archive.db --status target --format csv > targets.csv
    """
    from .archive.facts import STATUSES, FactFilters, fact_rows_of_page, query_facts

    _check_date("--from", date_from)
    _check_date("--to", date_to)
    _check_date("--date", date)
    if status is not None and status not in STATUSES:
        _fail(f"--status must be one of {', '.join(STATUSES)}, not {status!r}")
        raise typer.Exit(EXIT_USAGE)
    if bool(pages) == (db is not None):
        _fail("give PAGE... to parse, or --db ARCHIVE to read, not both")
        raise typer.Exit(EXIT_USAGE)
    filters = FactFilters(indicator or None, place or None, status, date_from, date_to)
    failed = 0
    if db is not None:
        archive = _open(db)
        try:
            rows, total = query_facts(archive, filters, limit=limit)
        finally:
            archive.close()
    else:
        rows = []
        for item in iter_inputs(pages or []):
            if item.error is not None:
                failed += 1
                _fail(str(item.error))
                continue
            try:
                page = parse_page(item.text or "", source=item.name, date=date, place=paper_place)
            except BaoxunError as exc:
                failed += 1
                _fail(f"{item.name}: {exc}")
                continue
            rows.extend(r for r in fact_rows_of_page(page) if filters.accepts(r))
        total = len(rows)
    _print_facts(rows, total, fmt)
    raise typer.Exit(EXIT_INPUT_ERRORS if failed else EXIT_OK)


def _print_facts(rows: list[dict], total: int, fmt: FactFormat) -> None:
    import csv as _csv

    if fmt is FactFormat.json:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    if fmt is FactFormat.csv:
        w = _csv.writer(sys.stdout)
        w.writerow(FACT_CSV_COLUMNS)
        for r in rows:
            change = r.get("change") or {}
            flat = {**r, "change_basis": change.get("basis"), "change_value": change.get("value"),
                    "change_unit": change.get("unit")}
            w.writerow(["" if flat.get(c) is None else flat.get(c) for c in FACT_CSV_COLUMNS])
        return
    from rich.table import Table

    from .web.text import amount
    table = Table(title=f"{total} fact(s)" + (f", {len(rows)} shown" if len(rows) < total else ""))
    for col in ("indicator", "place", "period", "status", "value", "change", "article"):
        table.add_column(col, overflow="fold", justify="right" if col == "value" else "left")
    for r in rows:
        change = r.get("change")
        ch = ""
        if change:
            sign = "+" if (change.get("value") or 0) >= 0 else ""
            ch = f"{change.get('basis') or ''}{sign}{change.get('value')}{change.get('unit') or ''}"
        where = r.get("article_id") or (f"{r.get('source')} #{r.get('article_seq', 0) + 1}" if r.get("source") else "")
        table.add_row(r["indicator"], r.get("place") or "", r.get("period") or "", r.get("status") or "",
                      amount(r.get("value"), r.get("unit"), r.get("approx")), ch,
                      " ".join(x for x in (r.get("date"), where) if x))
    out = Console(highlight=False)
    if not out.is_terminal:
        out = Console(highlight=False, width=160)     # a file or a pipe: rows on one line each
    out.print(table)


class OfficialsFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


# Header lines a listing has in each format when it has no row (query.format_rows).
_EMPTY_LINES = {"table": 2, "csv": 1, "json": 0}


@app.command()
def officials(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The archive file."),
    place: Optional[str] = typer.Option(None, "--place", metavar="PLACE",
                                        help="Posts in this place or inside it (长治市 lists its counties' too)."),
    post: Optional[str] = typer.Option(None, "--post", metavar="POST",
                                       help="An office (市长), a rank (书记) or a post as printed."),
    name: Optional[str] = typer.Option(None, "--name", metavar="NAME", help="A person's name, exactly."),
    fmt: OfficialsFormat = typer.Option(OfficialsFormat.table, "--format", "-f", help="table, json (lines) or csv."),
    show_bylines: bool = typer.Option(False, "--bylines",
                                      help="List credited names (记者, 通讯员, 摄, authors) per paper and role instead."),
    rebuild: bool = typer.Option(False, "--rebuild",
                                 help="Rebuild the register's tables from the archive first (ingest does it itself)."),
) -> None:
    """The officials register: one row per post a person is seen holding (place,
    office, first and last date printed, articles), people resolved across articles
    and namesakes kept apart. Built by `baoxun ingest`; an archive without current
    register tables is read by building it in memory.

    \b
    Examples:
      baoxun officials --db archive.db
      baoxun officials --db archive.db --place 长治市 --post 市长
      baoxun officials --db archive.db --name 赵明远 --format json
      baoxun officials --db archive.db --bylines --format csv > bylines.csv
      baoxun officials --db archive.db --rebuild
    """
    import sqlite3

    from .register.query import officials_command
    from .register.store import build_register
    if not db.exists():
        _fail(f"{db}: no such archive (create it with `baoxun ingest`)")
        raise typer.Exit(EXIT_USAGE)
    try:
        if rebuild:
            _open(db, readonly=False).close()          # the archive's migrations first
            done = build_register(db)
            err.print(f"baoxun: register rebuilt from {done['articles']} articles: {done['people']} people,"
                      f" {done['officials']} officials, {done['bylines']} bylines in {done['seconds']:.1f} s",
                      markup=False, highlight=False)
        text = officials_command(db, place=place or None, post=post or None, name=name or None, fmt=fmt.value,
                                 show_bylines=show_bylines)
    except BaoxunError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_USAGE)
    except sqlite3.Error as exc:
        _fail(f"{db}: {exc}")
        raise typer.Exit(EXIT_USAGE)
    sys.stdout.write(text)
    if len(text.splitlines()) <= _EMPTY_LINES[fmt.value]:
        _fail("no credited name matches" if show_bylines else "no official matches")
        raise typer.Exit(EXIT_INPUT_ERRORS)
    raise typer.Exit(EXIT_OK)


@app.command("index")
def index_command(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The archive file."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Build the index from scratch (replaces the old one)."),
    check: bool = typer.Option(False, "--check",
                               help="Only print the index's status; exit 0 when fresh, 1 when stale or missing."),
) -> None:
    """Build or update the search index beside the archive (ARCHIVE.index/, tantivy):
    search answers from it while it is in step with the archive (ms at 10^6
    articles) and from SQLite FTS5 otherwise. Without options: build it when missing,
    else add and delete what changed. Once it exists, `baoxun ingest` keeps it in step.

    \b
    Examples:
      baoxun index --db archive.db
      baoxun index --db archive.db --check && echo "index in step"
      baoxun index --db archive.db --rebuild
    """
    import time

    from .archive import index as ix
    if rebuild and check:
        _fail("give --rebuild or --check, not both")
        raise typer.Exit(EXIT_USAGE)
    if not ix.available():
        _fail("the search index needs the tantivy package (pip install tantivy); search works without it on FTS5")
        raise typer.Exit(EXIT_USAGE)
    archive = _open(db)
    path = ix.index_path(archive)
    started = time.perf_counter()
    try:
        if check:
            state = ix.status(archive)
            sys.stdout.write(f"{state} {path}\n")
            raise typer.Exit(EXIT_OK if state == "fresh" else EXIT_INPUT_ERRORS)
        if rebuild or ix.status(archive) == "missing":
            articles = archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            err.print(f"baoxun: indexing {articles} articles …", markup=False, highlight=False)
            done = ix.build(archive)
            err.print(f"baoxun: index built: {done['articles']} articles in {done['build_s']:.1f} s"
                      f" ({done['index_mb']} MB) → {path}", markup=False, highlight=False)
        else:
            done = ix.sync(archive)
            err.print(f"baoxun: index synced: {done['added']} added, {done['deleted']} deleted in"
                      f" {time.perf_counter() - started:.1f} s → {path}", markup=False, highlight=False)
    except BaoxunError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_INPUT_ERRORS)
    except OSError as exc:
        _fail(f"{path}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_INPUT_ERRORS)
    finally:
        archive.close()
    raise typer.Exit(EXIT_OK)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True,
                               "help_option_names": []})
def evaluate(
    ctx: typer.Context,
    show_help: bool = typer.Option(False, "--help", "-h", help="Show the evaluator's options and exit."),
) -> None:
    """Score the parser: generate development pages in many dump styles (narrow
    columns, jump lines, headline-after-body, markdown, HTML …) with their gold, parse
    them, and score the result per style and per genre with the reference scorers of
    ../shared/gold (layout, mentions, facts). Options are passed through to
    `python -m baoxun.evaluate`: --pages N, --seed N, --styles A,B, --genres A,B,
    --holdout STYLE|GENRE with --split train|test, --gold-dir DIR (score real gold
    pages instead), --out DIR (keep pages, gold, predictions), --no-mentions, --json.

    \b
    Examples:
      baoxun evaluate --pages 60
      baoxun evaluate --pages 40 --holdout jump --split test
      baoxun evaluate --gold-dir ../shared/gold --json
    """
    from .evaluate import main as run_evaluate
    args = list(ctx.args)
    if show_help:
        sys.stdout.write(ctx.get_help() + "\n\nThe options passed through (python -m baoxun.evaluate):\n\n")
        sys.stdout.flush()
        args = ["--help"]
    try:
        code = run_evaluate(args)
    except SystemExit as exc:               # argparse: --help (0) or a usage error (2)
        code = exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except BaoxunError as exc:
        _fail(str(exc))
        code = EXIT_USAGE
    raise typer.Exit(code or EXIT_OK)


from .scale.command import BATCH_HELP  # noqa: E402  (help text only; Dask loads on use)


@app.command(help=BATCH_HELP)
def batch(
    pages: list[str] = typer.Argument(..., metavar="PAGE...",
                                      help="Page dumps: files, directories (searched for *.txt and *.md) or globs; not stdin."),
    out: Path = typer.Option(..., "--out", "-o", metavar="DATASET_DIR",
                             help="The dataset folder (created when missing; a rerun into it resumes)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=0,
                                          help="Worker processes of the local cluster (default: one per core; 0: no cluster, in this process)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="Use a running Dask scheduler (tcp://host:8786) instead of a local cluster."),
    chunk_pages: int = typer.Option(200, "--chunk-pages", min=1,
                                    help="Most pages a worker parses at a time: bounds its memory and what a killed run redoes."),
    memory_limit: str = typer.Option("auto", "--memory-limit", metavar="SIZE",
                                     help="Memory per local worker, e.g. 2GiB; a worker past it is restarted (auto: RAM / workers)."),
    no_mentions: bool = typer.Option(False, "--no-mentions", help="Skip enrichment (people, places, organisations, dates, amounts): ~3x faster."),
    no_register: bool = typer.Option(False, "--no-register",
                                     help="Do not write the officials register (DATASET_DIR/register/) after the run."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
) -> None:
    from .scale import batch_command
    raise typer.Exit(batch_command(pages, out, workers, scheduler, not no_mentions, chunk_pages, memory_limit, quiet,
                                   register=not no_register))


@app.command()
def serve(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="The archive file (opened read-only)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    workers: int = typer.Option(1, "--workers", min=1, help="Server processes (2 on a 2-core machine)."),
) -> None:
    """Serve the web reader and JSON API over the archive: http://HOST:PORT/, API docs at /docs.

    \b
    Examples:
      baoxun serve --db archive.db
      baoxun serve --db archive.db --port 8080 --workers 2
    """
    from .web import serve as run_serve
    try:
        run_serve(db, host, port, workers=workers)
    except BaoxunError as exc:
        _fail(str(exc))
        raise typer.Exit(EXIT_USAGE)


if __name__ == "__main__":  # pragma: no cover
    app()
