"""The register against generated truth (issue 12's bars): person clustering pairwise F1,
post-holder cells, no merges across places — on perfect mentions and on the real finder's."""
from __future__ import annotations

import pytest

from baoxun.register.build import register_from_records
from baoxun.register.scenario import BARS, generate, score, with_finder_mentions


def _assert_bars(result: dict) -> None:
    assert result["pairwise_f1"] >= BARS["pairwise_f1"], result
    assert result["cells"] >= BARS["cells"], result["wrong_cells"][:10]
    assert result["cross_place_merges"] == BARS["cross_place_merges"], result["merged"]


@pytest.fixture(scope="module")
def scenario():
    return generate(0)


def test_register_scenario_truth_is_plausible(scenario):
    names = [p["name"] for p in scenario.people.values()]
    assert names.count("王伟") == 2 and names.count("张磊") == 2
    wang = [p for p in scenario.people.values() if p["name"] == "王伟"]
    assert {tuple(p["places"]) for p in wang} == {("襄垣县",), ("沁县",)}
    moved = [p for p in scenario.people.values() if len(p["places"]) > 1]
    assert moved                                   # promotions and transfers across places
    assert len(scenario.articles) > 3000 and len({a["place"] for a in scenario.articles}) == 6
    for a in scenario.articles[:200]:              # spans index the text
        for p in a["mentions"]["people"]:
            assert all(a["text"][s:e] == p["name"] for s, e in p["spans"])


def test_register_scenario_same_seed_same_scenario():
    a, b = generate(3, months=6, city_articles=4, county_articles=2), generate(3, months=6, city_articles=4,
                                                                              county_articles=2)
    assert a.articles == b.articles and a.truth == b.truth


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_register_scenario_bars_on_perfect_mentions(seed, scenario):
    sc = scenario if seed == 0 else generate(seed)
    _assert_bars(score(sc, register_from_records(sc.articles)))


def test_register_scenario_bars_on_real_finder_mentions(scenario):
    pytest.importorskip("rjieba")
    result = score(scenario, register_from_records(with_finder_mentions(scenario, ner="rules")))
    assert result["coverage"] > 0.9
    _assert_bars(result)


def test_register_scenario_scorer_can_fail(scenario):
    """A register that merges everyone of one name, or keeps every mention apart, misses the bars."""
    merged = [dict(a, place="长治市") for a in scenario.articles]      # every paper claims one place
    for a in merged:
        a["mentions"] = {"people": [dict(p, posts=[]) for p in a["mentions"]["people"]]}
    result = score(scenario, register_from_records(merged))
    assert result["cells"] < BARS["cells"]
    apart = [dict(a, mentions={"people": [dict(p, name=p["name"] + a["id"]) for p in a["mentions"]["people"]]})
             for a in scenario.articles]
    result = score(scenario, register_from_records(apart))
    assert result["coverage"] == 0.0
