"""Whether a name the learned tagger alone vouches for is a person's: a fitted model.

The tagger (:mod:`.ner`) reads a person into words of local news that a surname character
opens (林改 in a story on 林业 and 林下经济, 谷穗), into the part of a longer name (陈|思远,
扎西|多吉) and into runs that end inside a word (应转尽|转); the grammar of :mod:`.people`
keeps a name with a post, a role, a form of address or a list around it whatever the
tagger says. What is left — a name only the tagger gives, with no post — is weighed here,
each feature one reason a reader has to doubt or trust it. The weights are fitted on
helper-written local pages with mention gold together with a public NER development
split, so that what local news teaches does not cost the names national news prints
alone (``python -m baoxun.enrich.names fit …``; weights, threshold and the command in
``data/models/names.json``).
"""
from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Sequence

__all__ = ["FEATURES", "features", "is_name", "probability"]

FEATURES = (
    "bias",
    "short_recurring",  # two characters whose first opens other words of the item (林改 among 林业, 林下)
    "fragment",         # part of a longer name found in the item (陈|思远, 扎西|多吉)
    "crosses_after",    # it ends inside a word (应转尽|转)
    "vouched",          # a verb or a title after it, or a 、 beside it (…说, …介绍)
    "repeated",         # printed again in the item: a thing the item is about (学雷锋, 林改) as often as a person
)

# How often the first character of a two-character candidate stands elsewhere in the item,
# outside the candidate, before the item is taken to be about what it spells (林业 … 林改).
RECURRING_MIN = 2


def features(text: str, name: str, starts: Sequence[int], *, fragment: bool, crosses_after: bool,
             vouched: bool) -> list[float]:
    """The feature row of ``name`` printed at ``starts`` in ``text``; what needs the
    grammar and the segmenter comes from the caller (:func:`.people.find_people`)."""
    return [1.0, float(len(name) == 2 and _recurring(text, name, starts)), float(fragment),
            float(crosses_after), float(vouched), float(len(starts) >= 2)]


def _recurring(text: str, name: str, starts: Sequence[int]) -> bool:
    inside = {i for s in starts for i in range(s, s + len(name))}
    head = name[0]
    return sum(1 for i in _positions(text, head) if i not in inside) >= RECURRING_MIN


def _positions(text: str, ch: str):
    i = text.find(ch)
    while i >= 0:
        yield i
        i = text.find(ch, i + 1)


def _model_path() -> Path:
    return Path(str(files("baoxun").joinpath("data", "models", "names.json")))


@lru_cache(maxsize=1)
def _model() -> tuple[tuple[float, ...], float]:
    data = json.loads(_model_path().read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{_model_path()}: features {data['features']} do not match the code's {FEATURES}")
    return tuple(data["weights"]), float(data["threshold"])


def probability(x: Sequence[float], weights: Sequence[float] | None = None) -> float:
    w = weights if weights is not None else _model()[0]
    z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))
    return 1.0 / (1.0 + math.exp(-z))


def is_name(x: Sequence[float]) -> bool:
    return probability(x) >= _model()[1]


# --- fitting ------------------------------------------------------------------------------------

THRESHOLD = 0.5


def _rows_of(text: str, gold: set[str], rows: list, labels: list) -> None:
    from .ner import tag_text
    from .people import find_people

    def judge(name: str, x: list[float]) -> bool:
        rows.append(x)
        labels.append(int(name in gold))
        return True

    find_people(text, tag_text(text), judge=judge)


def page_rows(set_dirs: Sequence[Path]) -> tuple[list[list[float]], list[int]]:
    """Rows and labels of every tagger-only name on the gold items of ``set_dirs`` (each
    with ``gold/*.json`` and ``gold/mentions/*.json``): 1 where the item's mention gold
    lists the name as a person. The item's text is what :attr:`.Article.text` joins."""
    rows: list[list[float]] = []
    labels: list[int] = []
    for d in set_dirs:
        for gold_file in sorted((Path(d) / "gold").glob("*.json")):
            ments = Path(d) / "gold" / "mentions" / gold_file.name
            if not ments.exists():
                continue
            page = json.loads(gold_file.read_text(encoding="utf-8"))
            gm = json.loads(ments.read_text(encoding="utf-8"))
            for art, m in zip(page["articles"], gm["articles"]):
                text = "\n".join([*art.get("headlines", []), *art.get("paragraphs", []),
                                  *(c["text"] for c in art.get("captions", []))])
                _rows_of(text, {p["name"] for p in m.get("people", [])}, rows, labels)
    return rows, labels


def bio_rows(path: Path) -> tuple[list[list[float]], list[int]]:
    """Rows and labels from a BIO file (a character and its tag a line, sentences apart):
    1 where the sentence's PER spans hold the name."""
    rows: list[list[float]] = []
    labels: list[int] = []
    for sent in Path(path).read_text(encoding="utf-8").split("\n\n"):
        pairs = [line.split() for line in sent.strip().splitlines() if line.strip()]
        pairs = [p for p in pairs if len(p) >= 2]
        if not pairs:
            continue
        text = "".join(p[0] for p in pairs)
        gold, i = set(), 0
        while i < len(pairs):
            if pairs[i][-1] == "B-PER":
                j = i + 1
                while j < len(pairs) and pairs[j][-1] == "I-PER":
                    j += 1
                gold.add(text[i:j])
                i = j
            else:
                i += 1
        _rows_of(text, gold, rows, labels)
    return rows, labels


def _counts(rows, labels, w) -> tuple[int, int, int, int]:
    """(kept right, kept wrong, dropped right, dropped wrong) names."""
    kept = [probability(x, w) >= THRESHOLD for x in rows]
    return (sum(k and y for k, y in zip(kept, labels)), sum(k and not y for k, y in zip(kept, labels)),
            sum(not k and not y for k, y in zip(kept, labels)), sum(not k and y for k, y in zip(kept, labels)))


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m baoxun.enrich.names fit --pages SET … --bio FILE``: fit, report each
    source's held-out counts (five folds), write the weights."""
    import argparse
    import random

    from ..assemble.fitted import conclude
    from ..assemble.subheads import fit

    ap = argparse.ArgumentParser(prog="python -m baoxun.enrich.names", description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("fit", "score"))
    ap.add_argument("--pages", nargs="+", type=Path, default=[],
                    help="page sets with gold/*.json and gold/mentions/*.json (local news)")
    ap.add_argument("--bio", nargs="*", type=Path, default=[], help="BIO files of sentences (national news)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--out", type=Path, default=_model_path())
    args = ap.parse_args(argv)
    sources = [("pages", page_rows(args.pages))] + [(p.name, bio_rows(p)) for p in args.bio]
    folds = 5
    held: dict[str, list[int]] = {name: [0, 0, 0, 0] for name, _ in sources}
    for k in range(folds):
        train_x, train_y, tests = [], [], []
        for name, (rows, labels) in sources:
            order = list(range(len(rows)))
            random.Random(len(rows)).shuffle(order)
            test = set(order[k::folds])
            train_x += [rows[i] for i in order if i not in test]
            train_y += [labels[i] for i in order if i not in test]
            tests.append((name, [rows[i] for i in sorted(test)], [labels[i] for i in sorted(test)]))
        w = fit(train_x, train_y, l2=args.l2)
        for name, rows, labels in tests:
            held[name] = [a + b for a, b in zip(held[name], _counts(rows, labels, w))]
    all_x = [x for _, (rows, _) in sources for x in rows]
    all_y = [y for _, (_, labels) in sources for y in labels]
    w = fit(all_x, all_y, l2=args.l2)
    fitted = ", ".join(f"{name}: {len(rows)} names ({sum(labels)} people)" for name, (rows, labels) in sources)
    held_out = "; ".join(f"{name}: kept {c[0]} people and {c[1]} others, dropped {c[2]} others and {c[3]} people"
                         for name, c in held.items())
    report = [f"fitted on tagger-only names of {fitted}", f"held out (5 folds): {held_out}"]
    refit = "python -m baoxun.enrich.names fit --pages " + " ".join(str(p) for p in args.pages) \
        + (" --bio " + " ".join(str(p) for p in args.bio) if args.bio else "")
    return conclude(args.command, args.out, FEATURES, w, report, threshold=THRESHOLD, refit=refit,
                    saved=_model.cache_clear)


if __name__ == "__main__":
    raise SystemExit(main())
