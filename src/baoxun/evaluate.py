"""Score the parser with the reference scorers, per dump style and per genre.

    python -m baoxun.evaluate --pages 60                  # generated pages, every style
    python -m baoxun.evaluate --pages 40 --styles narrow,jump --genres 消息,通讯
    python -m baoxun.evaluate --holdout jump --split test # score only the held-out style
    python -m baoxun.evaluate --gold-dir ../shared/gold   # a folder of real gold pages
    python -m baoxun.evaluate --pages 20 --out /tmp/ev     # keep pages, gold, predictions

Stages:

1. **Generate** (:func:`generate_corpus`): records (``corpus/articles`` and, when
   present, the development articles of ``../shared/corpora``) become pages in the
   chosen styles with their gold (:mod:`baoxun.synth`), written as ``pages/``,
   ``gold/``, ``gold/mentions/``, ``gold/facts/`` and ``manifest.jsonl``. With a
   ``holdout`` style or genre, ``split="train"`` leaves it out and ``split="test"``
   makes pages of it alone.
2. **Parse** (:func:`parse_corpus`): every page through :func:`baoxun.parse_page`;
   an exception is counted, reported, and scored as an empty prediction.
3. **Split** (:func:`split_scoring`): per style, the pages of that style; per genre,
   every page's items of that genre, with the predicted items matched to them
   (score.py's matching; an unmatched prediction goes to the gold item it overlaps
   most, so a piece cut in two counts against its own genre).
4. **Score** (:func:`score_dir`): ``../shared/gold/score.py``, ``score_mentions.py`` and
   ``score_facts.py``, imported by path, on each split.
5. **Print**: a table per scorer, rows = styles then genres; ``--json`` prints it all.

Without ``../shared`` (the scorers) the command says so and exits 2.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import BaoxunError

__all__ = ["EvaluationError", "Scorers", "find_shared", "load_scorers", "select", "generate_corpus",
           "parse_corpus", "score_dir", "split_scoring", "evaluate", "evaluate_gold_dir",
           "format_tables", "main"]

LAYOUT_COLUMNS = (("items_f1", "items"), ("headlines_acc", "heads"), ("title_acc", "title"),
                  ("roles_acc", "roles"), ("credits_acc", "credits"), ("body_exact", "body"),
                  ("para_break_f1", "breaks"), ("captions_acc", "caps"), ("kind_acc", "kind"),
                  ("dateline_acc", "dateln"), ("place_acc", "place"), ("year_acc", "year"),
                  ("date_acc", "date"))
MENTION_COLUMNS = (("people", "people"), ("people_posts", "posts"), ("places", "places"),
                   ("places_resolved", "resolved"), ("organizations", "orgs"),
                   ("dates", "dates"), ("amounts", "amounts"))
FACT_COLUMNS = (("facts", "facts"), ("change_acc", "change"), ("period_acc", "period"),
                ("status_acc", "status"), ("place_acc", "place"))
DEFAULT_SOURCES = ("articles", "corpora")


class EvaluationError(BaoxunError):
    """A usage problem (unknown style, nothing to score); the message says which."""


# --------------------------------------------------------------------------- scorers

@dataclass
class Scorers:
    """The reference scorers of ``../shared/gold``, imported as modules."""

    shared: Path
    layout: object
    mentions: object
    facts: object


def find_shared(explicit: str | Path | None = None) -> Path | None:
    """``../shared`` (holding ``gold/score.py``): the given folder, ``$BAOXUN_SHARED``,
    beside the checkout, or beside the working directory."""
    if explicit is not None:
        p = Path(explicit)
        return p if (p / "gold" / "score.py").exists() else None
    from .synth.records import shared_dir

    return shared_dir()


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_scorers(shared: Path) -> Scorers:
    """Import score.py, score_mentions.py and score_facts.py by path."""
    gold = Path(shared) / "gold"
    if str(gold) not in sys.path:
        sys.path.insert(0, str(gold))      # score_mentions/score_facts import "score"
    return Scorers(shared=Path(shared), layout=_load(gold / "score.py", "baoxun_ref_score"),
                   mentions=_load(gold / "score_mentions.py", "baoxun_ref_score_mentions"),
                   facts=_load(gold / "score_facts.py", "baoxun_ref_score_facts"))


# --------------------------------------------------------------------------- 1. generate

def select(styles: Sequence[str] | None, genres: Sequence[str] | None, split: str = "all",
           holdout: str | None = None, known_genres: Iterable[str] = ()) -> tuple[list[str], list[str] | None]:
    """The styles and genres a split draws on. ``holdout`` names a style or a genre:
    ``train`` leaves it out, ``test`` keeps only it, ``all`` ignores it."""
    from .synth import STYLES
    from .synth.page import BANNER
    from .synth.records import GENRES

    styles = list(styles) if styles else list(STYLES)
    for s in styles:
        if s not in STYLES:
            raise EvaluationError(f"unknown style {s!r}; known: {', '.join(STYLES)}")
    genre_list = list(genres) if genres else None
    if split not in ("all", "train", "test"):
        raise EvaluationError(f"unknown split {split!r}; use all, train or test")
    if split != "all" and not holdout:
        raise EvaluationError(f"--split {split} needs --holdout STYLE|GENRE")
    if holdout and split != "all":
        every_genre = sorted({*GENRES, *known_genres, BANNER})
        if holdout in STYLES:
            styles = [s for s in styles if s != holdout] if split == "train" else [holdout]
        elif holdout in every_genre:
            base = genre_list or every_genre
            genre_list = [g for g in base if g != holdout] if split == "train" else [holdout]
        else:
            raise EvaluationError(f"--holdout {holdout!r} is neither a style ({', '.join(STYLES)}) "
                                  f"nor a genre ({', '.join(every_genre)})")
        if not styles:
            raise EvaluationError("no style left to generate")
    return styles, genre_list


def generate_corpus(out_dir: str | Path, n: int, seed: int = 0, styles: Sequence[str] | None = None,
                    genres: Sequence[str] | None = None, split: str = "all", *,
                    holdout: str | None = None, sources: Sequence[str] = DEFAULT_SOURCES,
                    records: list | None = None, problems: list[str] | None = None) -> list[dict]:
    """Write ``n`` generated pages with their gold under ``out_dir`` (``pages/*.txt``,
    ``gold/*.json``, ``gold/mentions``, ``gold/facts``, ``manifest.jsonl``) and return
    the manifest: per page its name, style, the styles it used, and per item its genre,
    origin and kind. Usable by a model-fitting script: ``split="train"`` with a
    ``holdout`` never writes a page of the held-out style or an item of its genre."""
    from .synth import STYLES, Corpus, iter_pages, load_records, write_page

    if records is None:
        problems = problems if problems is not None else []
        records = load_records(sources, problems=problems)
        if not records and "articles" in sources and "examples" not in sources:
            problems.append("falling back to the example pages' records")
            records = load_records(["examples"], problems=problems)
    if not records:
        raise EvaluationError("no article records to make pages from")
    corpus = Corpus(records)
    styles, genre_list = select(styles, genres, split, holdout, corpus.genres)
    exclude = (holdout,) if split == "train" and holdout in STYLES else ()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    manifest: list[dict] = []
    try:
        pages = iter_pages(corpus, n, seed, styles, genre_list, exclude=exclude)
        with open(out / "manifest.jsonl", "w", encoding="utf-8") as fh:
            for page in pages:
                write_page(page, out)
                entry = {"name": page.name, "style": page.style,
                         "styles_used": page.gold.get("styles_used", []),
                         "items": [{"genre": a.get("genre"), "origin": a.get("origin"), "kind": a["kind"]}
                                   for a in page.gold["articles"]]}
                fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
                manifest.append(entry)
    except ValueError as exc:
        raise EvaluationError(str(exc)) from None
    return manifest


# --------------------------------------------------------------------------- 2. parse

def parse_corpus(pages_dir: Path, pred_dir: Path, mentions: bool = True,
                 names: Iterable[tuple[str, Path]] | None = None) -> dict:
    """Parse every page into ``pred_dir/<name>.json``; returns counts, seconds and the
    exceptions (name and traceback) of pages the parser failed on."""
    from . import parse_page

    pred_dir.mkdir(parents=True, exist_ok=True)
    todo = list(names) if names is not None else [(p.stem, p) for p in sorted(Path(pages_dir).glob("*.txt"))]
    errors: list[dict] = []
    t0 = time.process_time()
    for name, path in todo:
        text = path.read_text(encoding="utf-8-sig")
        try:
            record = parse_page(text, source=path.name, mentions=mentions).to_dict()
        except Exception as exc:  # noqa: BLE001 - one page must not stop the evaluation
            errors.append({"page": name, "error": f"{type(exc).__name__}: {exc}",
                           "traceback": traceback.format_exc()})
            record = {}
        (pred_dir / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return {"pages": len(todo), "cpu_s": round(time.process_time() - t0, 2), "errors": errors}


# --------------------------------------------------------------------------- 3. split

def _read(path: Path):
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def split_scoring(gold_dir: Path, pred_dir: Path, work: Path, scorers: Scorers,
                  key: Callable[[dict, dict], str | None]) -> dict[str, tuple[Path, Path]]:
    """Write, per value of ``key(page, item)``, a gold folder and a prediction folder
    holding only the items of that value (mentions and facts alike).

    Predicted items go with the gold items score.py matches them to; an unmatched one
    goes to the gold item it overlaps most (or is dropped when it overlaps none)."""
    sc = scorers.layout
    out: dict[str, tuple[Path, Path]] = {}
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        gold = _read(gold_file)
        pred = _read(Path(pred_dir) / gold_file.name) or {}
        ments = _read(Path(gold_dir) / "mentions" / gold_file.name)
        facts = _read(Path(gold_dir) / "facts" / gold_file.name)
        g_items, p_items = gold.get("articles") or [], pred.get("articles") or []
        owner: dict[int, int] = {j: i for i, j in sc.match_items(g_items, p_items)}
        gtexts = [sc.item_text(g) for g in g_items]
        for j, p in enumerate(p_items):
            if j not in owner and gtexts:
                pt = sc.item_text(p)
                best = max(range(len(g_items)), key=lambda i: sc.overlap(gtexts[i], pt))
                if sc.overlap(gtexts[best], pt) > 0:
                    owner[j] = best
        keys = [key(gold, g) for g in g_items]
        for value in sorted({k for k in keys if k is not None}):
            keep = [i for i, k in enumerate(keys) if k == value]
            gdir, pdir = work / _safe(value) / "gold", work / _safe(value) / "pred"
            for d in (gdir, pdir):
                d.mkdir(parents=True, exist_ok=True)
            sub = dict(gold, articles=[g_items[i] for i in keep])
            (gdir / gold_file.name).write_text(json.dumps(sub, ensure_ascii=False), encoding="utf-8")
            psub = dict(pred, articles=[p for j, p in enumerate(p_items) if owner.get(j) in keep])
            (pdir / gold_file.name).write_text(json.dumps(psub, ensure_ascii=False), encoding="utf-8")
            for extra, name in ((ments, "mentions"), (facts, "facts")):
                if extra is not None:
                    (gdir / name).mkdir(exist_ok=True)
                    esub = dict(extra, articles=[extra["articles"][i] for i in keep])
                    (gdir / name / gold_file.name).write_text(json.dumps(esub, ensure_ascii=False),
                                                              encoding="utf-8")
            out[value] = (gdir, pdir)
    return out


def _safe(value: str) -> str:
    """A folder name for a split value (genre names are Chinese; keep them readable)."""
    import hashlib

    digest = hashlib.sha1(value.encode("utf-8")).hexdigest()[:8]
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in value) + f"-{digest}"


# --------------------------------------------------------------------------- 4. score

def score_dir(gold_dir: Path, pred_dir: Path, scorers: Scorers) -> dict:
    """The three scorers on one gold folder: ``layout`` always, ``mentions`` and
    ``facts`` when the folder has gold for them (else None); ``items`` = gold items."""
    gold_dir, pred_dir = Path(gold_dir), Path(pred_dir)
    items = sum(len((_read(f) or {}).get("articles") or []) for f in gold_dir.glob("*.json"))
    result = {"items": items, "layout": scorers.layout.score(gold_dir, pred_dir),
              "mentions": None, "facts": None}
    if any((gold_dir / "mentions").glob("*.json")):
        result["mentions"] = scorers.mentions.score(gold_dir, pred_dir)
    if any((gold_dir / "facts").glob("*.json")):
        result["facts"] = scorers.facts.score(gold_dir, pred_dir)
    return result


# --------------------------------------------------------------------------- 5. run and print

def _rows(gold_dir: Path, pred_dir: Path, work: Path, scorers: Scorers, key, label: str) -> dict:
    parts = split_scoring(gold_dir, pred_dir, work / label, scorers, key)
    return {value: score_dir(g, p, scorers) for value, (g, p) in parts.items()}


def evaluate(n: int = 60, seed: int = 0, styles: Sequence[str] | None = None,
             genres: Sequence[str] | None = None, split: str = "all", holdout: str | None = None,
             sources: Sequence[str] = DEFAULT_SOURCES, out: Path | None = None,
             mentions: bool = True, shared: Path | None = None) -> dict:
    """Generate, parse and score; returns ``{"all", "by_style", "by_genre", "by_origin",
    "parse", "problems", "selection"}``."""
    shared = shared or find_shared()
    if shared is None:
        raise FileNotFoundError("../shared (the reference scorers) is not here")
    scorers = load_scorers(shared)
    tmp = None
    if out is None:
        tmp = tempfile.TemporaryDirectory(prefix="baoxun-eval-")
        base = Path(tmp.name)
    else:
        base = Path(out)
        for sub in ("pages", "gold", "pred", "split"):
            shutil.rmtree(base / sub, ignore_errors=True)
    try:
        problems: list[str] = []
        manifest = generate_corpus(base, n, seed, styles, genres, split, holdout=holdout,
                                   sources=sources, problems=problems)
        parsed = parse_corpus(base / "pages", base / "pred", mentions=mentions)
        result = _score_all(base / "gold", base / "pred", base / "split", scorers,
                            mentions=mentions)
        used = Counter(s for m in manifest for s in m["styles_used"])
        result.update(parse=parsed, problems=problems,
                      selection={"pages": len(manifest), "seed": seed,
                                 "styles": sorted({m["style"] for m in manifest}),
                                 "genres": sorted({i["genre"] for m in manifest for i in m["items"] if i["genre"]}),
                                 "split": split, "holdout": holdout, "sources": list(sources),
                                 "base_styles_used": dict(used)})
        if out is not None:
            result["out"] = str(base)
        return result
    finally:
        if tmp is not None:
            tmp.cleanup()


def _score_all(gold: Path, pred: Path, work: Path, scorers: Scorers, mentions: bool = True) -> dict:
    result = {"all": score_dir(gold, pred, scorers)}
    result["by_style"] = _rows(gold, pred, work, scorers, lambda page, item: page.get("style"), "style")
    result["by_genre"] = _rows(gold, pred, work, scorers, lambda page, item: item.get("genre"), "genre")
    result["by_origin"] = _rows(gold, pred, work, scorers, lambda page, item: item.get("origin"), "origin")
    if not mentions:
        for block in (result["all"], *result["by_style"].values(), *result["by_genre"].values(),
                      *result["by_origin"].values()):
            block["mentions"] = block["facts"] = None
    return result


def _raw_for(gold_dir: Path, gold: dict, gold_file: Path) -> Path | None:
    src = gold.get("source") or f"{gold_file.stem}.txt"
    for cand in (gold_dir.parent / "seeds" / src, gold_dir.parent / "pages" / src,
                 gold_dir.parent / "pages" / f"{gold_file.stem}.txt", gold_dir / src):
        if cand.exists():
            return cand
    return None


def evaluate_gold_dir(gold_dir: Path, mentions: bool = True, shared: Path | None = None,
                      out: Path | None = None) -> dict:
    """Parse the raw pages of a folder of gold pages (found in ``../seeds``, ``../pages``
    or beside the gold) and score them; split by style and genre when the gold says
    them (a folder written by ``--out``)."""
    shared = shared or find_shared()
    if shared is None:
        raise FileNotFoundError("../shared (the reference scorers) is not here")
    scorers = load_scorers(shared)
    gold_dir = Path(gold_dir)
    todo, missing = [], []
    for f in sorted(gold_dir.glob("*.json")):
        raw = _raw_for(gold_dir, _read(f) or {}, f)
        (todo.append((f.stem, raw)) if raw else missing.append(f.name))
    if not todo:
        raise EvaluationError(f"no gold pages with their raw page under {gold_dir}")
    with tempfile.TemporaryDirectory(prefix="baoxun-eval-") as tmp:
        base = Path(out) if out else Path(tmp)
        parsed = parse_corpus(gold_dir, base / "pred", mentions=mentions, names=todo)
        result = _score_all(gold_dir, base / "pred", base / "split", scorers, mentions=mentions)
    result.update(parse=parsed, problems=[f"{m}: raw page not found" for m in missing],
                  selection={"gold_dir": str(gold_dir), "pages": len(todo)})
    return result


def _fmt(v) -> str:
    if v is None:
        return "–"
    if isinstance(v, dict):                 # a P/R/F1 measure: nothing to find, nothing to say
        if not v.get("gold"):
            return "–"
        v = v.get("f1")
    return f"{v:.2f}" if isinstance(v, (int, float)) else str(v)


def _table(rows: list[tuple[str, dict]], part: str, columns, width: int) -> list[str]:
    """The header line and one line per row that has this scorer's part."""
    out = [_pad("", width) + "pages items " + " ".join(f"{short:>7}" for _, short in columns)]
    for label, r in rows:
        if r is None:
            out.append(label)
            continue
        if r.get(part) is None:
            continue
        cells = " ".join(f"{_fmt(r[part].get(key)):>7}" for key, _ in columns)
        out.append(_pad(label, width) + f"{r['layout'].get('pages', 0):>5} {r['items']:>5} " + cells)
    return out


def _disp(s: str) -> int:
    """Display width (CJK characters take two columns)."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in s)


def _pad(s: str, width: int) -> str:
    return s + " " * max(0, width - _disp(s))


def format_tables(result: dict) -> str:
    """The per-style, per-genre and per-origin rows of each scorer as text tables."""
    rows: list[tuple[str, dict]] = [("ALL", result["all"])]
    for group, prefix in (("by_style", ""), ("by_genre", ""), ("by_origin", "src:")):
        block = result.get(group) or {}
        if group == "by_style":
            from .synth import STYLES
            order = [s for s in STYLES if s in block] + sorted(s for s in block if s not in STYLES)
        else:
            order = sorted(block, key=lambda k: (-block[k]["items"], k))
        if len(block) > 1 or group == "by_style":
            rows.append((f"-- {group[3:]}", None))
            rows.extend((prefix + k, block[k]) for k in order)
    width = max(12, *(_disp(label) + 1 for label, r in rows if r is not None))
    lines: list[str] = []
    for title, part, cols in (("layout (score.py)", "layout", LAYOUT_COLUMNS),
                              ("mentions F1 (score_mentions.py)", "mentions", MENTION_COLUMNS),
                              ("facts (score_facts.py)", "facts", FACT_COLUMNS)):
        if not any(r is not None and r.get(part) is not None for _, r in rows):
            continue
        table = _table(rows, part, cols, width)
        # a group heading with no row under it is dropped
        kept = [ln for i, ln in enumerate(table)
                if not ln.startswith("--") or (i + 1 < len(table) and not table[i + 1].startswith("--"))]
        lines += [title, *kept, ""]
    parse = result.get("parse") or {}
    errs = parse.get("errors") or []
    lines.append(f"parsed {parse.get('pages', 0)} pages in {parse.get('cpu_s', 0)} CPU s; "
                 f"{len(errs)} raised")
    for e in errs[:3]:
        lines.append(f"  {e['page']}: {e['error']}")
    for p in (result.get("problems") or [])[:10]:
        lines.append(f"note: {p}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m baoxun.evaluate",
                                 description="Score the parser per dump style and per genre with "
                                             "the reference scorers of ../shared/gold.")
    ap.add_argument("--pages", type=int, default=60, help="generated pages (default 60)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--styles", help="comma-separated dump styles (default: all)")
    ap.add_argument("--genres", help="comma-separated genres (default: all)")
    ap.add_argument("--holdout", metavar="STYLE|GENRE", help="a style or genre held out")
    ap.add_argument("--split", choices=("all", "train", "test"), default="all",
                    help="with --holdout: train leaves it out, test scores only it")
    ap.add_argument("--sources", default=",".join(DEFAULT_SOURCES),
                    help="record sources: articles, examples, corpora, or .jsonl paths "
                         f"(default {','.join(DEFAULT_SOURCES)})")
    ap.add_argument("--gold-dir", type=Path, help="score a folder of gold pages instead")
    ap.add_argument("--out", type=Path, help="keep pages, gold and predictions in this folder")
    ap.add_argument("--no-mentions", action="store_true", help="parse without mentions")
    ap.add_argument("--shared", type=Path, help="the shared folder (default: ../shared)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    shared = find_shared(args.shared)
    if shared is None:
        print("baoxun.evaluate: ../shared (gold/score.py and the other reference scorers) is not "
              "beside this checkout; give --shared DIR or set BAOXUN_SHARED", file=sys.stderr)
        return 2
    split = lambda s: [x.strip() for x in s.split(",") if x.strip()] if s else None  # noqa: E731
    try:
        if args.gold_dir:
            result = evaluate_gold_dir(args.gold_dir, mentions=not args.no_mentions, shared=shared,
                                       out=args.out)
        else:
            if args.pages < 1:
                raise EvaluationError("--pages must be at least 1")
            result = evaluate(args.pages, args.seed, split(args.styles), split(args.genres),
                              args.split, args.holdout, split(args.sources) or DEFAULT_SOURCES,
                              args.out, not args.no_mentions, shared)
    except EvaluationError as exc:
        print(f"baoxun.evaluate: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(format_tables(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
