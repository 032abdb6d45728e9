"""baoxun.evaluate: generate, parse and score per style and genre (end to end, small)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from baoxun import evaluate as ev
from baoxun.synth import STYLES

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = str(ROOT / "tests" / "fixtures" / "synth" / "records.jsonl")


def test_evaluate_runs_end_to_end_and_prints_every_style(shared, tmp_path, capsys):
    code = ev.main(["--pages", str(len(STYLES)), "--sources", FIXTURE, "--out", str(tmp_path),
                    "--shared", str(shared)])
    out = capsys.readouterr().out
    assert code == 0
    layout = out.split("mentions F1")[0]
    rows = {line.split()[0] for line in layout.splitlines() if line.strip()}
    for style in STYLES:
        assert style in rows, f"no row for {style}"
    assert "ALL" in rows and "消息" in rows
    assert "facts (score_facts.py)" in out
    assert len(list((tmp_path / "pages").glob("*.txt"))) == len(STYLES)
    assert len(list((tmp_path / "pred").glob("*.json"))) == len(STYLES)


def test_evaluate_json_has_scorer_measures_per_style_and_genre(shared, capsys):
    assert ev.main(["--pages", "4", "--styles", "wide,jump", "--sources", FIXTURE, "--json",
                    "--shared", str(shared)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["by_style"]) == {"wide", "jump"}
    for block in (result["all"], *result["by_style"].values(), *result["by_genre"].values()):
        assert {"items_f1", "body_exact", "para_break_f1"} <= set(block["layout"])
    # every gold item is scored under exactly one genre
    assert sum(b["items"] for b in result["by_genre"].values()) == result["all"]["items"]
    assert sum(b["items"] for b in result["by_style"].values()) == result["all"]["items"]


def test_evaluate_holdout_keeps_the_held_out_style_and_genre_apart(tmp_path):
    train = ev.generate_corpus(tmp_path / "train", 12, 1, None, None, "train", holdout="jump",
                               sources=[FIXTURE])
    assert train and all(m["style"] != "jump" and "jump" not in m["styles_used"] for m in train)
    test = ev.generate_corpus(tmp_path / "test", 3, 1, None, None, "test", holdout="jump",
                              sources=[FIXTURE])
    assert {m["style"] for m in test} == {"jump"}
    train = ev.generate_corpus(tmp_path / "g-train", 12, 1, None, None, "train", holdout="简讯",
                               sources=[FIXTURE])
    assert all(i["genre"] != "简讯" for m in train for i in m["items"])
    test = ev.generate_corpus(tmp_path / "g-test", 4, 1, None, None, "test", holdout="简讯",
                              sources=[FIXTURE])
    assert {i["genre"] for m in test for i in m["items"]} == {"简讯"}


def test_evaluate_select_rejects_unknown_names():
    with pytest.raises(ev.EvaluationError, match="unknown style"):
        ev.select(["sideways"], None)
    with pytest.raises(ev.EvaluationError, match="neither a style"):
        ev.select(None, None, "test", holdout="天书")
    with pytest.raises(ev.EvaluationError, match="needs --holdout"):
        ev.select(None, None, "train")


def test_evaluate_exits_2_without_shared(tmp_path, capsys):
    assert ev.main(["--pages", "2", "--shared", str(tmp_path)]) == 2
    assert "shared" in capsys.readouterr().err


def test_evaluate_scores_a_gold_folder(shared):
    result = ev.evaluate_gold_dir(ROOT / "examples" / "gold", mentions=False, shared=shared)
    assert result["selection"]["pages"] == len(list((ROOT / "examples" / "gold").glob("*.json")))
    assert result["all"]["layout"]["pages"] == result["selection"]["pages"]
    assert result["all"]["mentions"] is None
    assert "layout (score.py)" in ev.format_tables(result)
