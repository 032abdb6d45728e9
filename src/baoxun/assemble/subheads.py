"""Subhead or headline? (小标题还是标题) — a scored decision over named features.

A headline-like line between two stretches of body text is either a new item's headline
or an in-body subhead (小标题) of the piece above. Features, profiles, 综述 and theory
articles print subheads of every shape — one word (起步), a phrase pair with a space
(科技赋能 老茶园焕发新生机), a quote (“让数据多跑路”), a number (一、…) — so no one
pattern tells them apart; several weak conventions, weighed together, do.

Each convention is a named feature with a one-line comment below. They are combined by a
logistic model whose weights ship as data (``data/models/subheads.json``), fitted on the
generated development corpus (:mod:`baoxun.synth`, records written by people who never
saw this code) with::

    python -m baoxun.assemble.subheads fit --pages 600 --seed 11

and scored per held-out dump style with ``python -m baoxun.evaluate --holdout STYLE``.
Hard conventions stay rules in :mod:`.segment`: a section opened by a dispatch or a
byline is always a new item.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from ..layout import patterns as P
from ..layout.lines import squeeze
from .fitted import conclude, gold_pages

__all__ = ["FEATURES", "features", "is_subhead", "probability", "same_shape"]

# The decision threshold on the model's probability (calibrated on the development corpus:
# the point of best F1 for "subhead" on held-out styles).
SUBHEAD_THRESHOLD = 0.5
# A composite piece's section heads: each line at most this long, and lines of two heads
# within this many characters of each other.
PARALLEL_MAX = 12
PARALLEL_SLACK = 3
# How many characters of body each side are compared for cohesion (TextTiling's window).
COHESION_WINDOW = 400

# 第一 / 第二 number a piece's sections; 第三次 / 第十届 / 第二批 count occasions and open titles.
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|之[一二三四五六七八九十]|第[一二三四五六七八九十]+(?![次届批轮期个家座名位项]))")
_QUOTED = re.compile(r"^[“「『].*[”」』]$")
# A lede opens on the day (5月4日，…, 2024年5月4日，…); a section that opens on a year alone
# (1990年，28岁的他…) tells a story through time, as a profile's sections do.
_DATE_START = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TAIL_CREDIT = re.compile(r"[（(][^（）()]{2,16}[)）]\s*$")
_SENTENCE_END = re.compile(r"[。！？!?]$")


_bigrams = P.han_pairs


def _shape(line: str) -> tuple[int, bool, bool]:
    """Length band, inner space, quote: parallel subheads of one piece share a shape."""
    return (min(len(line) // 4, 5), " " in line.strip() or "\u3000" in line.strip(), bool(_QUOTED.match(line)))


def same_shape(a: str, b: str) -> bool:
    """Whether two runs are printed alike (parallel subheads of one piece)."""
    return _shape(a) == _shape(b)


def parallel(last: Sequence[str] | None, run: Sequence[str]) -> bool:
    """Whether ``run`` is printed like the subhead ``last``, line for line: as many lines,
    each short enough for a subhead and within a few characters of its counterpart (课后托管 /
    “四点半课堂”开到楼下 after 上门问暖 / 一张清单管到底). A single line tells too little
    unless it is set in spaced parts, compared part for part (桂园社区  “四点半课堂”开到楼下
    after 南湖街道  一张清单管到底)."""
    if not last or len(run) != len(last):
        return False
    if len(run) == 1:
        a, b = last[0].split(), run[0].split()
        if len(a) < 2 or len(a) != len(b):
            return False
    else:
        a, b = list(last), list(run)
    a = [_bare(line) for line in a]
    b = [_bare(line) for line in b]
    return all(0 < len(x) <= PARALLEL_MAX and 0 < len(y) <= PARALLEL_MAX and abs(len(x) - len(y)) <= PARALLEL_SLACK
               and not _SENTENCE_END.search(y) for x, y in zip(a, b))


def _bare(line: str) -> str:
    return re.sub(r"[\s“”「」『』\"]", "", line)


def signed_off(host) -> bool:
    """The piece above closes with its reporter's line or lines (…。 / 本报记者 马丹 /
    通讯员 李可)."""
    k = len(host.blocks)
    while k and host.blocks[k - 1].kind == "byline":
        k -= 1
    return 0 < k < len(host.blocks) and host.blocks[k - 1].kind == "text"


#: Feature names, in the order of the weight vector (the model file names them too).
FEATURES = (
    "bias",
    "one_line",          # a subhead is one printed line; a headline stack often two or three
    "short",             # 2–8 characters: one-word subheads (起步, 突破, 展望)
    "length",            # characters / 20: long lines are more often titles
    "inner_space",       # a phrase pair (科技赋能 老茶园焕发新生机): subheads and titles both
    "quoted",            # a whole-line quote (“让数据多跑路”): a subhead convention
    "numbered",          # 一、 （二） 之三: numbered sections of one piece
    "dash_or_colon",     # —— or ： marks a title stack (subtitle, unit kicker)
    "ends_sentence",     # ending with 。！？ reads as body, not as a headline
    "host_byline",       # the piece above opened with a byline (□ 本报记者 X): a feature
    "host_dispatch",     # the piece above opened with 本报讯: news rarely has subheads
    "host_subheaded",    # the piece above already has subheads
    "next_dated_lede",   # the section opens like a lede (5月4日，…): a new item
    "section_tail_credit",  # the section ends with a credit (（X Y）): it is a whole item
    "cohesion",          # character-bigram overlap of the text either side (TextTiling)
    "same_shape_next",   # the next run has the same shape (parallel subheads)
    "same_shape_prev",   # the previous run had the same shape
    "section_short",     # the section after it is at most two paragraphs
    "host_headless",     # no run stands above the piece: a headline-after-body page, where
                         # a run after a body is that body's headline
)


def features(run: Sequence[str], host_opener: str, host_subheaded: bool, before: str,
             section: Sequence[str], prev_run: Sequence[str] | None,
             next_run: Sequence[str] | None, host_headless: bool = False) -> list[float]:
    """The feature vector of one headline run (its printed lines ``run``) standing between
    the piece above (how it opened, whether it has subheads, the text ``before``) and the
    section below (its paragraphs ``section``), with its neighbouring runs."""
    numbered = len(run) >= 2 and bool(P.SECTION_NUMBER.match(run[0]))
    if numbered:
        run = run[1:]    # 2 / 初见: the section's number printed on a line of its own
    line = " ".join(s.strip() for s in run)
    after = "".join(section)
    shape = _shape(line)
    coh_a = _bigrams(before[-COHESION_WINDOW:])
    coh_b = _bigrams(after[:COHESION_WINDOW])
    cohesion = len(coh_a & coh_b) / math.sqrt(len(coh_a) * len(coh_b)) if coh_a and coh_b else 0.0
    first = section[0] if section else ""
    return [
        1.0,
        float(len(run) == 1),
        float(2 <= len(line) <= 8),
        len(line) / 20.0,
        float(" " in line.strip() or "\u3000" in line.strip()),
        float(bool(_QUOTED.match(line.strip()))),
        float(numbered or bool(_NUMBERED.match(line.strip()))),
        float("——" in line or "—" in line or "：" in line or ":" in line),
        float(bool(_SENTENCE_END.search(line.strip()))),
        float(host_opener == "byline"),
        float(host_opener == "dispatch"),
        float(host_subheaded),
        float(bool(_DATE_START.match(first.strip()))),
        float(bool(_TAIL_CREDIT.search(section[-1]))) if section else 0.0,
        cohesion,
        float(next_run is not None and (_shape(" ".join(next_run)) == shape or parallel(run, next_run))),
        float(prev_run is not None and (_shape(" ".join(prev_run)) == shape or parallel(prev_run, run))),
        float(len(section) <= 2),
        float(host_headless),
    ]


@cache
def _weights() -> tuple[float, ...]:
    data = json.loads(files("baoxun").joinpath("data", "models", "subheads.json").read_text(encoding="utf-8"))
    names = data["features"]
    by_name = dict(zip(names, data["weights"]))
    return tuple(by_name.get(name, 0.0) for name in FEATURES)


def probability(x: Sequence[float], weights: Sequence[float] | None = None) -> float:
    """The model's probability that a run with features ``x`` is a subhead."""
    w = weights if weights is not None else _weights()
    z = sum(a * b for a, b in zip(w, x))
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def is_subhead(x: Sequence[float]) -> bool:
    return probability(x) >= SUBHEAD_THRESHOLD


# --- fitting ----------------------------------------------------------------------------------

def fit(rows: Sequence[Sequence[float]], labels: Sequence[int], l2: float = 1.0,
        iterations: int = 50) -> list[float]:
    """Logistic regression by Newton's method with an L2 penalty (no bias penalty)."""
    import numpy as np

    x = np.asarray(rows, dtype=float)
    y = np.asarray(labels, dtype=float)
    w = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + reg * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return [round(float(v), 4) for v in w]


_TAIL_NAMES = re.compile(r"[（(]([^（）()]{2,16})[)）]\s*$")


# A writer's name alone behind the mark a 副刊 sets before it (□ 苏 明, □ 贡保扎西).
_MARKED_NAME = re.compile(r"^[□■]\s*[\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,5}$")


def signed_by_another(units, i: int) -> bool:
    """Whether the section ``units[i]`` closes with a credit naming no one the piece above
    credits (（赵宏伟） under a commentary bylined ○ 孙志刚): a subhead's section never
    carries another writer's signature, so the run above it is a headline."""
    if i < 1 or not units[i].blocks:
        return False
    last = units[i].blocks[-1]
    m = _TAIL_NAMES.search(last.text)
    if m and P.JUMP_TO.search(m.group(0)):
        return False     # （转第三版）: a jump line names no writer
    if m:
        signed = m.group(1)
    elif last.kind == "byline" and len(units[i].blocks) > 1 and _MARKED_NAME.match(last.text.strip()):
        signed = last.text.strip()[1:]     # … / □ 苏 明: a poem signed under it
    else:
        return False
    parts = [re.sub(r"^(?:本报)?(?:记者|通讯员)", "", n) for n in re.split(r"[\s、，,\u3000]+", signed) if n]
    names = ["".join(parts)] if len(parts) > 1 and all(len(n) == 1 for n in parts) else parts   # 苏 明: padded
    names = [n for n in names if 2 <= len(n) <= 4 and _HAN.match(n)]
    host = units[i - 1]
    credit = squeeze(host.blocks[0].text[:60]) if host.opener in ("byline", "dispatch") and host.blocks else ""
    return bool(names) and bool(credit) and not any(n in credit for n in names)


def ranks_as_title(gaps, i: int) -> bool:
    """Whether the run ``gaps[i]`` is marked as a Markdown heading of the same or a higher
    level than the headline above the piece before it (``# 标题`` … ``# 标题``): a
    converter marks by type size, and a subhead is set smaller than its piece's title."""
    if i < 1 or not gaps[i] or not gaps[i - 1]:
        return False
    levels = [line.heading for b in gaps[i] for line in b.lines if line.heading]
    above = [line.heading for b in gaps[i - 1] for line in b.lines if line.heading]
    return bool(levels) and bool(above) and min(levels) <= min(above)


def _texts(blocks) -> list[str]:
    return [b.text for b in blocks]


def gap_features(units, gaps, i: int, host_subheaded: bool) -> list[float] | None:
    """Features of ``gaps[i]`` as a candidate subhead of ``units[i - 1]`` (``None`` where
    the run cannot be one: no piece above, or a section that opens by itself)."""
    if i < 1 or i >= len(units) or not gaps[i] or units[i].opener != "text":
        return None
    host = units[i - 1]
    if host.opener not in ("text", "byline", "dispatch"):
        return None
    run = [line.text for b in gaps[i] for line in b.lines]
    prev_run = [line.text for b in gaps[i - 1] for line in b.lines] if gaps[i - 1] else None
    nxt = [line.text for b in gaps[i + 1] for line in b.lines] if i + 1 < len(gaps) and gaps[i + 1] else None
    return features(run, host.opener, host_subheaded or host.subheads, "".join(_texts(host.blocks)),
                    _texts(units[i].blocks), prev_run, nxt, host_headless=not gaps[i - 1] and i - 1 > 0)


# --- the development corpus → training rows -----------------------------------------------------

def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s).lstrip("#")


def training_rows(pages_dir, gold_dir):
    """(features, label) of every candidate run of every generated page: 1 where the gold
    keeps the run's text as a paragraph (a subhead), 0 where it is a headline."""
    from ..layout.lines import split_lines
    from ..layout.masthead import read_masthead
    from ..layout.reflow import reflow
    from .segment import cut_units

    rows, labels = [], []
    for text, gold in gold_pages(pages_dir, gold_dir):
        paras = {_norm(p) for a in gold["articles"] for p in a.get("paragraphs") or []}
        heads = {_norm(h) for a in gold["articles"] for h in a.get("headlines") or []}
        _, lines = read_masthead(split_lines(text))
        blocks, _ = reflow(lines)
        units, gaps = cut_units(blocks)
        subheaded = False
        for i in range(1, len(units)):
            x = gap_features(units, gaps, i, subheaded)
            if x is None:
                subheaded = False
                continue
            run = _norm("".join(line.text for b in gaps[i] for line in b.lines))
            if run in paras and run not in heads:
                rows.append(x)
                labels.append(1)
                subheaded = True
            elif run in heads or any(_norm(line.text) in heads for b in gaps[i] for line in b.lines):
                rows.append(x)
                labels.append(0)
                subheaded = False
    return rows, labels


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m baoxun.assemble.subheads fit``: generate pages, fit, write the weights."""
    import argparse
    import tempfile
    from pathlib import Path

    ap = argparse.ArgumentParser(prog="python -m baoxun.assemble.subheads", description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("fit", "score"))
    ap.add_argument("--pages", type=int, default=600)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--holdout", default=None, help="a dump style left out of fitting and scored alone")
    ap.add_argument("--sources", default="articles,examples",
                    help="where the pages' articles come from (articles, examples, corpora)")
    ap.add_argument("--out", type=Path, default=Path(str(files("baoxun").joinpath("data", "models", "subheads.json"))))
    args = ap.parse_args(argv)
    from ..evaluate import generate_corpus
    from ..synth import STYLES

    styles = [s for s in STYLES if s != args.holdout]
    sources = [s for s in args.sources.split(",") if s]
    with tempfile.TemporaryDirectory() as tmp:
        generate_corpus(Path(tmp) / "train", args.pages, seed=args.seed, styles=styles, sources=sources)
        rows, labels = training_rows(Path(tmp) / "train" / "pages", Path(tmp) / "train" / "gold")
        w = fit(rows, labels)
        report = [f"fitted on {len(rows)} runs ({sum(labels)} subheads) of {args.pages} pages"]
        test_styles = [args.holdout] if args.holdout else list(STYLES)
        generate_corpus(Path(tmp) / "test", max(60, args.pages // 4), seed=args.seed + 1, styles=test_styles,
                        sources=sources)
        trows, tlabels = training_rows(Path(tmp) / "test" / "pages", Path(tmp) / "test" / "gold")
        tp = sum(1 for x, y in zip(trows, tlabels) if y and probability(x, w) >= SUBHEAD_THRESHOLD)
        fp = sum(1 for x, y in zip(trows, tlabels) if not y and probability(x, w) >= SUBHEAD_THRESHOLD)
        fn = sum(1 for x, y in zip(trows, tlabels) if y and probability(x, w) < SUBHEAD_THRESHOLD)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        report.append(f"held-out ({'style ' + args.holdout if args.holdout else 'new seed'}): {len(trows)} runs, "
                      f"subhead P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0:.3f}")
    return conclude(args.command, args.out, FEATURES, w, report, threshold=SUBHEAD_THRESHOLD, saved=_weights.cache_clear,
                    refit=f"python -m baoxun.assemble.subheads fit --pages {args.pages} --seed {args.seed}"
                          f" --sources {args.sources}")


if __name__ == "__main__":
    raise SystemExit(main())
