"""The subhead model (assemble/subheads.py): named features, shipped weights, a refit that
generalises to a dump style held out of fitting."""
from __future__ import annotations

import json
from importlib.resources import files

import pytest

from baoxun.assemble import subheads as S


def test_subheads_shipped_weights_name_every_feature():
    data = json.loads(files("baoxun").joinpath("data", "models", "subheads.json").read_text(encoding="utf-8"))
    assert data["features"] == list(S.FEATURES)
    assert len(data["weights"]) == len(S.FEATURES)
    assert "refit" in data and data["refit"].startswith("python -m baoxun.assemble.subheads fit")


@pytest.mark.parametrize("run, host, section, expect", [
    # parallel one-line subheads inside a feature with a byline
    (["科技赋能 老茶园焕发新生机"], "byline", ["茶农们说，这几年变化很大。", "新建的加工厂已经投产。"], True),
    (["起步"], "byline", ["十年前，这里还是一片荒坡。"], True),
    # a two-deck headline over a dated lede that ends with a credit: a new item
    (["我县召开秋粮收购工作会议", "——确保颗粒归仓"], "dispatch",
     ["10月9日，全县秋粮收购工作会议召开。会议要求各乡镇抓好落实。（王芳）"], False),
])
def test_subheads_model_reads_the_conventions(run, host, section, expect):
    x = S.features(run, host, False, "前文说到全县的产业发展。", section, None, None)
    assert S.is_subhead(x) is expect, S.probability(x)


def test_subheads_never_fail_on_odd_input():
    for run in ([], [""], ["　"], ["—"]):
        x = S.features(run, "text", False, "", [], None, None)
        assert 0.0 <= S.probability(x) <= 1.0


def test_subheads_refit_generalises_to_a_held_out_style(tmp_path, capsys):
    pytest.importorskip("numpy")
    out = tmp_path / "subheads.json"
    assert S.main(["score", "--pages", "150", "--seed", "3", "--holdout", "narrow", "--out", str(out)]) == 0
    line = next(l for l in capsys.readouterr().out.splitlines() if l.startswith("held-out"))
    f1 = float(line.rsplit("F1", 1)[1])
    assert f1 >= 0.85, line
