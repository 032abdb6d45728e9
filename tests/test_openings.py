"""The paragraph-opening model (layout/openings.py): fitted log-odds shipped as data, and
the refit command that makes them from the article records."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from baoxun.layout import openings

ROOT = Path(__file__).resolve().parent.parent


def test_the_conventions_the_model_encodes_point_the_right_way():
    # interview turns open paragraphs; a pronoun continues the one before
    assert openings.paragraph_break_score("这项政策何时落地？", "答：今年下半年起施行。") > 0
    assert openings.paragraph_break_score("她把孩子送到了学校。", "他随后赶到了工地。") < 0
    # a quote closed with its speaker ends a paragraph more often than a plain sentence
    said = openings.paragraph_break_score("“日子越过越好。”老张笑着说。", "会上，大家一致同意。")
    plain = openings.paragraph_break_score("日子越过越好了。", "会上，大家一致同意。")
    assert said > plain


@pytest.mark.skipif(not (ROOT / "corpus" / "articles").is_dir(), reason="development records absent")
def test_refit_reproduces_the_shipped_weights(tmp_path):
    shipped = json.loads((ROOT / "src" / "baoxun" / "data" / "models" / "openings.json").read_text(encoding="utf-8"))
    refit = openings.fit(ROOT)
    assert refit["words"] == shipped["words"] and refit["ends"] == shipped["ends"]
    assert refit["prior"] == shipped["prior"]
