"""News or feature? (消息还是通讯) — a scored decision over named features.

A piece with a dispatch (本报讯…) is news, and boxes, notices and pictures have kinds of
their own; what is left — a headed piece under a reporter's line (本报记者 X), a writer's
name, or no credit at all — may be a 消息 that opened on its byline instead of a dispatch,
or a 通讯, 特写, 人物, 综述 or commentary (a ``feature``). No one cue tells them apart;
several conventions of how each genre is written, weighed together, do.

Each convention is a named feature with a one-line comment below. They are combined by a
logistic model whose weights ship as data (``data/models/kinds.json``), fitted on the
generated development corpus (:mod:`baoxun.synth`) with::

    python -m baoxun.assemble.kinds fit --pages 600 --seed 11
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from ..model import Article
from .fitted import conclude, gold_pages

__all__ = ["FEATURES", "features", "is_feature", "probability"]

# The decision threshold on the model's probability that a piece is a feature.
FEATURE_THRESHOLD = 0.5

# A news lede opens on its date or its source: 2月9日，… 近日，… 记者从…获悉
_NEWS_LEDE = re.compile(r"^(?:\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|昨天|昨日|今天|今日|前不久|连日来|近年来|今年以来"
                        r"|记者(?:近日|日前|昨天|昨日|今天)?(?:从|获悉|了解到)|据(?:了解|悉|介绍))")
# A subhead left in the body: a short paragraph that ends no sentence (起步, 一、…).
_SUBHEAD = re.compile(r"^[^。！？!?；;，,]{2,20}$")
_QA = re.compile(r"^(?:问|答|记者|[\u4e00-\u9fff]{2,4})[：:]")

#: Feature names, in the order of the weight vector (the model file names them too).
FEATURES = (
    "bias",
    "news_lede",       # the first paragraph opens on a date or a source (消息's 导语)
    "paragraphs",      # paragraphs / 10: a 消息 runs three to six, a 通讯 ten and more
    "uncredited",      # no reporter and no writer named: a short item of the desk's own
    "chars",           # characters / 1000
    "subheads",        # short unfinished paragraphs in the body: 通讯 and 综述 have subheads
    "subtitle",        # a subtitle deck (——记…, ——访…): features carry them
    "reporters",       # a reporter's or correspondent's credit (本报记者 X)
    "writer_only",     # a writer's name but no reporter (韩浩月): an essay or commentary
    "quote_lede",      # the piece opens on a quotation (“…”): a feature's scene-setting
    "qa",              # 问：/记者：/X： lines: an interview
    "title_question",  # the title asks or names (…？, X：…)
)


def features(art: Article) -> list[float]:
    ps = [p.strip() for p in art.paragraphs if p.strip()]
    first = ps[0] if ps else ""
    title = art.title or ""
    return [
        1.0,
        float(bool(_NEWS_LEDE.match(first))),
        min(len(ps), 30) / 10.0,
        float(not (art.reporters or art.correspondents or art.authors)),
        min(sum(map(len, ps)), 6000) / 1000.0,
        float(sum(1 for p in ps[1:] if _SUBHEAD.match(p)) >= 1),
        float(bool(art.subtitle)),
        float(bool(art.reporters or art.correspondents)),
        float(bool(art.authors) and not (art.reporters or art.correspondents)),
        float(first.startswith(("“", "「"))),
        float(sum(1 for p in ps if _QA.match(p)) >= 2),
        float(title.endswith(("？", "?")) or "：" in title),
    ]


@cache
def _weights() -> tuple[float, ...]:
    data = json.loads(files("baoxun").joinpath("data", "models", "kinds.json").read_text(encoding="utf-8"))
    by_name = dict(zip(data["features"], data["weights"]))
    return tuple(by_name.get(name, 0.0) for name in FEATURES)


def probability(x: Sequence[float], weights: Sequence[float] | None = None) -> float:
    """The model's probability that a piece with features ``x`` is a feature."""
    w = weights if weights is not None else _weights()
    z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))
    return 1.0 / (1.0 + math.exp(-z))


def is_feature(art: Article) -> bool:
    return probability(features(art)) >= FEATURE_THRESHOLD


# --- the development corpus → training rows -----------------------------------------------------

def training_rows(pages_dir, gold_dir):
    """(features, label) of every parsed piece with no dispatch that the gold calls news
    or feature: 1 where the gold says feature. Pieces are matched on their body text."""
    from ..pipeline import parse_page

    rows, labels = [], []
    for text, gold in gold_pages(pages_dir, gold_dir):
        kinds = {_key(a.get("paragraphs") or []): a.get("kind") for a in gold["articles"]}
        for art in parse_page(text, mentions=False).articles:
            if art.dispatch or art.kind not in ("news", "feature"):
                continue
            kind = kinds.get(_key(art.paragraphs))
            if kind in ("news", "feature"):
                rows.append(features(art))
                labels.append(int(kind == "feature"))
    return rows, labels


def _key(paragraphs) -> str:
    return re.sub(r"\s+", "", "".join(paragraphs))[:60]


def main(argv=None) -> int:
    """``python -m baoxun.assemble.kinds fit``: generate pages, fit, write the weights."""
    import argparse
    import tempfile
    from pathlib import Path

    from ..evaluate import generate_corpus
    from .subheads import fit

    ap = argparse.ArgumentParser(prog="python -m baoxun.assemble.kinds", description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("fit", "score"))
    ap.add_argument("--pages", type=int, default=600)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--sources", default="articles,examples",
                    help="where the pages' articles come from (articles, examples, corpora)")
    ap.add_argument("--out", type=Path, default=Path(str(files("baoxun").joinpath("data", "models", "kinds.json"))))
    args = ap.parse_args(argv)
    sources = [s for s in args.sources.split(",") if s]
    with tempfile.TemporaryDirectory() as tmp:
        generate_corpus(Path(tmp) / "train", args.pages, seed=args.seed, sources=sources)
        rows, labels = training_rows(Path(tmp) / "train" / "pages", Path(tmp) / "train" / "gold")
        w = fit(rows, labels)
        report = [f"fitted on {len(rows)} pieces ({sum(labels)} features) of {args.pages} pages"]
        generate_corpus(Path(tmp) / "test", max(60, args.pages // 4), seed=args.seed + 1, sources=sources)
        trows, tlabels = training_rows(Path(tmp) / "test" / "pages", Path(tmp) / "test" / "gold")
        right = sum(1 for x, y in zip(trows, tlabels) if (probability(x, w) >= FEATURE_THRESHOLD) == bool(y))
        report.append(f"held-out (new seed): {len(trows)} pieces, accuracy {right / max(1, len(trows)):.3f}")
    return conclude(args.command, args.out, FEATURES, w, report, threshold=FEATURE_THRESHOLD, saved=_weights.cache_clear,
                    refit=f"python -m baoxun.assemble.kinds fit --pages {args.pages} --seed {args.seed}"
                          f" --sources {args.sources}")


if __name__ == "__main__":
    raise SystemExit(main())
