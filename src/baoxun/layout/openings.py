"""Where a sentence that ends at a line end also ends its paragraph (段落开头), on narrow
pages that print no indent: a scored decision.

A narrow column sets a paragraph's last line as wide as the column only by chance, and
then nothing on the page tells a paragraph end from a sentence end: the next line is
flush and full either way. Two weak conventions of news prose do: some words open
paragraphs far more often than they open a sentence inside one (问：, 答：, 近年来, 据…介绍,
记者…, 一是), others almost never do (他, 要, 其中, 全市); and some sentences close
paragraphs (a quote closed with its speaker: …。”刘德旺说。). Their log-odds are counted
on article records written by people who never saw the parser (``corpus/articles``;
the example pages stay out, to be scored) and ship as data (``data/models/openings.json``); refit with::

    python -m baoxun.layout.openings fit
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

import rjieba

__all__ = ["paragraph_break_score", "opens_paragraph"]

# The evidence must say so clearly: the decision moves a break only above this log-odds.
THRESHOLD = 0.0
# A word needs this many sentence starts in the records to get a weight of its own.
MIN_COUNT = 8

_SENTENCES = re.compile(r"(?<=[。！？])(?![”’」』])|(?<=[。！？][”’」』])")


def first_word(text: str) -> str:
    """The first word of a line (rjieba), or its first mark."""
    words = rjieba.cut(text[:8])
    return words[0] if words else ""


# A sentence that opens with its speaker (市商务局有关负责人表示，…; 据…介绍): papers start
# a paragraph with who speaks.
_SPEAKER_OPENS = re.compile(r"^[^，。“”：:]{2,16}?(?:表示|介绍|指出|认为|强调|告诉记者|说)[，：:]")


def speaker_opens(text: str) -> bool:
    return bool(_SPEAKER_OPENS.match(text))


def end_kind(sentence: str) -> str:
    """How a sentence closes: with its speaker (…说。), a closed quote, a number, other."""
    s = sentence.rstrip()
    if re.search(r"[说道]。$|(?:表示|介绍|指出|强调|坦言|感慨)。$", s):
        return "says"
    if re.search(r"[。！？]”$", s):
        return "quote_close"
    if re.search(r"[0-9０-９%％][万亿]?[^\u4e00-\u9fff]?[\u4e00-\u9fff]?。$", s):
        return "number"
    return "other"


@cache
def _model() -> dict:
    path = files("baoxun").joinpath("data", "models", "openings.json")
    return json.loads(path.read_text(encoding="utf-8"))


# How long the paragraph has run when a sentence ends (characters): news paragraphs run
# one to four sentences, so the longer it has run, the likelier the end.
LENGTH_BINS = (40, 80, 120, 160, 220, 300)


def length_bin(so_far: int) -> str:
    return str(next((b for b in LENGTH_BINS if so_far < b), "more"))


@lru_cache(maxsize=8192)
def _break_score(prev_line: str, line: str) -> float:
    m = _model()
    return m["prior"] + m["words"].get(first_word(line), 0.0) + m["ends"].get(end_kind(prev_line), 0.0) \
        + (m.get("speaker_opens", 0.0) if speaker_opens(line) else 0.0)


def paragraph_break_score(prev_line: str, line: str, so_far: int | None = None) -> float:
    """Log-odds that a paragraph ends between ``prev_line`` (ending a sentence) and
    ``line``: the prior, the next line's first word, the way the sentence closed, and
    (``so_far``: the characters of the paragraph up to here) how long it has run."""
    score = _break_score(prev_line, line)
    if so_far is not None:
        score += _model().get("length", {}).get(length_bin(so_far), 0.0)
    return score


def opens_paragraph(prev_line: str, line: str, so_far: int | None = None) -> bool:
    return paragraph_break_score(prev_line, line, so_far) > THRESHOLD


# --- fitting ------------------------------------------------------------------------------------

def _paragraph_lists(root: Path):
    for f in sorted((root / "corpus" / "articles").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if rec.get("paragraphs"):
                yield rec["paragraphs"]


def fit(root: Path) -> dict:
    """Count, over the records' paragraphs, how often each first word opens a paragraph
    against a sentence inside one, and each closing kind ends a paragraph against a
    sentence inside one; smoothed log-odds ratios against the overall rate."""
    starts, inner, ends, mids = Counter(), Counter(), Counter(), Counter()
    speaker = Counter()
    len_end, len_mid = Counter(), Counter()
    for paras in _paragraph_lists(root):
        for k, para in enumerate(paras):
            sents = [s for s in _SENTENCES.split(para) if s.strip()]
            for i, s in enumerate(sents):
                if i == 0 and k == 0:
                    continue      # an article's first sentence follows no sentence end
                (starts if i == 0 else inner)[first_word(s)] += 1
                if speaker_opens(s):
                    speaker["start" if i == 0 else "inner"] += 1
            if sents and k < len(paras) - 1:
                ends[end_kind(sents[-1])] += 1
                len_end[length_bin(len(para))] += 1
            run = 0
            for s in sents[:-1]:
                mids[end_kind(s)] += 1
                run += len(s)
                len_mid[length_bin(run)] += 1
    n_start, n_inner = sum(starts.values()), sum(inner.values())
    prior = math.log(n_start / n_inner)
    words = {}
    for w in set(starts) | set(inner):
        a, b = starts[w], inner[w]
        if a + b >= MIN_COUNT:
            v = math.log((a + 1) / (b + 1)) - prior
            if abs(v) >= 0.3:
                words[w] = round(v, 3)
    n_end, n_mid = sum(ends.values()), sum(mids.values())
    end_w = {k: round(math.log((ends[k] + 1) / (mids[k] + 1)) - math.log(n_end / n_mid), 3)
             for k in set(ends) | set(mids)}
    speaker_w = round(math.log((speaker["start"] + 1) / (speaker["inner"] + 1)) - prior, 3)
    length_w = {k: round(math.log((len_end[k] + 1) / (len_mid[k] + 1)) - math.log(n_end / n_mid), 3)
                for k in set(len_end) | set(len_mid)}
    return {"model": "naive Bayes log-odds of a paragraph break after a sentence end",
            "prior": round(prior, 3), "words": dict(sorted(words.items())), "ends": end_w,
            "speaker_opens": speaker_w, "length": length_w,
            "refit": "python -m baoxun.layout.openings fit",
            "fitted_on": f"{n_start} paragraph openings, {n_inner} sentence openings inside paragraphs"}


def main(argv=None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m baoxun.layout.openings")
    ap.add_argument("command", choices=("fit",))
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[3])
    ap.add_argument("--out", type=Path, default=Path(str(files("baoxun").joinpath("data", "models", "openings.json"))))
    args = ap.parse_args(argv)
    model = fit(args.root)
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(model["fitted_on"], f"; {len(model['words'])} words; prior {model['prior']}; ends {model['ends']};"
          f" speaker opens {model['speaker_opens']}; length {model['length']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
