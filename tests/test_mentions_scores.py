"""Evaluation gate for mentions: ../shared/gold/score_mentions.py over the gold pages.

Floors are issue #3's bar; the bundled examples (other papers, written for this
project) are held to the same floors.
"""
from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import EXAMPLES, parse_dir

FLOORS = {"people": 0.92, "people_posts": 0.88, "places": 0.88, "places_resolved": 0.85,
          "organizations": 0.75, "dates": 0.92, "amounts": 0.95}


@pytest.fixture(scope="module")
def score_mentions(shared):
    sys.path.insert(0, str(shared / "gold"))
    spec = importlib.util.spec_from_file_location("baoxun_ref_score_mentions", shared / "gold" / "score_mentions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _below(result: dict) -> list[str]:
    return [f"{k} f1 {result[k]['f1']} < {v}" for k, v in FLOORS.items() if result[k]["f1"] < v]


def test_mentions_scores_shared_gold_meets_the_bar(shared, score_mentions, tmp_path):
    pred = parse_dir(shared / "seeds", tmp_path / "pred")
    result = score_mentions.score(shared / "gold", pred)
    assert all(result[k]["gold"] > 0 for k in FLOORS)
    assert not _below(result), result


def test_mentions_scores_examples_gold_meets_the_bar(score_mentions, tmp_path):
    pred = parse_dir(EXAMPLES / "pages", tmp_path / "pred")
    result = score_mentions.score(EXAMPLES / "gold", pred)
    assert all(result[k]["gold"] > 0 for k in FLOORS)
    assert not _below(result), result


def test_mentions_spans_point_at_their_text(tmp_path):
    from baoxun import parse_page

    checked = 0
    for page in sorted((EXAMPLES / "pages").glob("*.txt")):
        for art in parse_page(page.read_text(encoding="utf-8")).articles:
            text, m = art.text, art.mentions
            for kind in ("people", "places", "organizations"):
                for item in m[kind]:
                    for s, e in item["spans"]:
                        assert text[s:e] == item["name"], (kind, item)
                        checked += 1
            for kind in ("dates", "amounts"):
                for item in m[kind]:
                    s, e = item["span"]
                    assert text[s:e] == item["text"], (kind, item)
                    checked += 1
    assert checked > 100
