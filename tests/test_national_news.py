"""National-news conventions of the mention finders (sentences of our own): China named as
a country, one-character short names of countries and regions in pairs (中美, 港澳台),
visits (访华, 在京), and national teams as organisations. These ride on the learned
tagger's readings, so they are skipped where it is not installed."""
from __future__ import annotations

import pytest

from baoxun import find_mentions
from baoxun.enrich import ner

pytestmark = pytest.mark.skipif(not ner.available(), reason="learned tagger not installed")


def places(text: str) -> dict[str, str | None]:
    """printed name -> the full name it stands for (or its province), checking spans."""
    out = {}
    for p in find_mentions(text)["places"]:
        for s, e in p["spans"]:
            assert text[s:e] == p["name"], p
        out[p["name"]] = p.get("short_for") or p.get("province")
    return out


# (text, places that must be listed: printed name -> full name or province, places that must not)
CASES = [
    ("他在中国生活了十年。", {"中国": None}, []),
    ("代表团访问中国，并与各方会谈。", {"中国": None}, []),
    # 中国 before a noun it qualifies is still the country, as entity recognition reads it
    # (People's Daily tags it LOC); a page record leaves the country out in any case
    ("他是中国工艺美术大师。", {"中国": None}, []),
    ("今年中国经济稳中向好。", {"中国": None}, []),
    ("越来越多的中国企业走向海外市场。", {"中国": None}, []),
    ("越来越多的中国游客选择自驾出行。", {"中国": None}, []),
    ("喜迎新中国成立75周年。", {"中国": None}, []),
    # ... but a festival, fair or honour whose name it opens names no place
    ("全县举行中国农民丰收节庆祝活动。", {}, ["中国"]),
    ("第五届中国·西部马拉松赛在这里开跑。", {}, ["中国"]),
    ("两国元首就中美关系深入交换意见。", {"中": "中国", "美": "美国"}, []),
    ("中俄两国在能源领域合作密切。", {"中": "中国", "俄": "俄罗斯"}, []),
    ("港澳台同胞回乡过年。", {"港": "香港特别行政区", "澳": "澳门特别行政区", "台": "台湾省"}, []),
    ("代表团结束访华行程后回国。", {"华": "中国"}, []),
    ("他说，中方愿同各方一道努力。", {"中": "中国"}, []),
    ("双方将推动中印两国合作。", {"中": "中国", "印": "印度"}, []),
    ("代表团今天在京召开座谈会。", {"京": "北京市"}, []),
    ("各地外资企业对华投资稳中有升。", {"华": "中国"}, []),
    ("在华外资企业继续扩大投资。", {"华": "中国"}, []),
    ("会谈中他谈到美中关系。", {"美": "美国", "中": "中国"}, []),
    ("中葡双方在港口建设领域合作密切。", {"中": "中国", "葡": "葡萄牙"}, []),
    ("他是一位京剧艺术家。", {}, ["京"]),
    # a style, a quoted honour, an organisation: no country named
    ("奋力推进中国式现代化建设。", {}, ["中国"]),
    ("该县被誉为“中国青椒之乡”。", {}, ["中国"]),
    ("中国人民银行发布数据。", {}, ["中国"]),
    # 中 of 集中, 中医: no country
    ("患者集中方式就诊，中医药疗效明显。", {}, ["中"]),
]


@pytest.mark.parametrize("text,want,absent", CASES)
def test_national_places(text, want, absent):
    got = places(text)
    for name, full in want.items():
        assert name in got, (name, got)
        if full is not None:
            assert got[name] == full, (name, got)
    for name in absent:
        assert name not in got, (name, got)


@pytest.mark.parametrize("text,team,country", [
    ("中国队以3比1战胜对手。", "中国队", "中国"),
    ("印尼女队在决赛中失利。", "印尼女队", "印尼"),
    ("韩国男子排球队抵达赛区。", "韩国男子排球队", "韩国"),
])
def test_a_national_team_is_an_organisation_not_the_country(text, team, country):
    m = find_mentions(text)
    assert team in [o["name"] for o in m["organizations"]]
    assert country not in [p["name"] for p in m["places"]]


def test_a_country_printed_in_full_and_short_is_one_entry():
    text = "美国代表团抵达北京。双方就中美经贸问题磋商。"
    names = [p["name"] for p in find_mentions(text)["places"] if (p.get("short_for") or p["name"]) == "美国"]
    assert names == ["美国"]


@pytest.mark.parametrize("text,name", [
    ("该国总理詹莫里最近在内阁会议上说，", "詹莫里"),    # the post before vouches for the whole name
    ("外交部发言人卡特里娜14日表示，", "卡特里娜"),
])
def test_a_post_printed_before_a_foreign_name_keeps_it_whole(text, name):
    assert name in [p["name"] for p in find_mentions(text)["people"]]


@pytest.mark.parametrize("text,name,glued", [
    ("该国总统卡洛维茨派特使前来斡旋。", "卡洛维茨", "卡洛维茨派"),     # 派 is the verb after the name
    ("美国总统克莱顿派代表出席。", "克莱顿", "克莱顿派"),
])
def test_a_word_glued_to_a_name_is_cut_off(text, name, glued):
    names = [p["name"] for p in find_mentions(text)["people"]]
    assert name in names and glued not in names


@pytest.mark.parametrize("text,name", [
    ("谋道镇茶农向春梅说：“今年茶价不错。”", "向春梅"),   # 向|春梅: a surname the tagger cut off
    ("来自外地的游客房振宇说。", "房振宇"),
    ("县城居民司徒明珠告诉记者。", "司徒明珠"),          # a compound surname
])
def test_a_surname_the_tagger_cut_off_is_joined_back(text, name):
    assert name in [p["name"] for p in find_mentions(text)["people"]]


def test_two_short_forms_of_one_country_are_both_listed_where_the_full_name_is_not_printed():
    text = "代表团结束访华行程后，中印两国合作又进一步。"
    got = {p["name"]: p for p in find_mentions(text)["places"]}
    assert got["华"]["short_for"] == "中国" and got["中"]["short_for"] == "中国"
    for p in got.values():
        for s, e in p["spans"]:
            assert text[s:e] == p["name"]


# Regions, rivers, mountains and sites the tagger reads as places: plain-text entity
# recognition lists them (People's Daily tags them LOC), marked as off the administrative
# map; the part of a region meant (东北地区, 华北北部) leaves the region's own name.
@pytest.mark.parametrize("text,name", [
    ("这款茶叶已远销亚洲十多个国家。", "亚洲"),
    ("本周华南以及江南部分地区将有小到中雨。", "华南"),
    ("船队从上游溯长江而上，抵达宜昌。", "长江"),
    ("受冷涡影响，东北地区将迎来一次降雪过程。", "东北"),
])
def test_a_region_off_the_map_is_a_place_of_plain_text(text, name):
    got = {p["name"]: p for p in find_mentions(text)["places"]}
    assert name in got and got[name]["map"] is False, got
    assert all(text[s:e] == name for s, e in got[name]["spans"])


@pytest.mark.parametrize("text", ["居民可联系属地街道或所在社区办理。", "两国在经贸领域合作密切。"])
def test_a_common_word_the_tagger_misreads_is_no_region(text):
    assert not [p for p in find_mentions(text)["places"] if p.get("map") is False]


def test_a_page_record_keeps_to_the_administrative_map():
    from baoxun import parse_page
    page = ("本报讯 近日，我市一家企业的产品销往亚洲和非洲十余个国家，"
            "长江沿线的订单也在增加。该企业位于绵阳市涪城区。\n")
    record = parse_page(page, date="2024-05-06").to_dict()
    places = [p for a in record["articles"] for p in a["mentions"]["places"]]
    assert any(p["name"] == "涪城区" for p in places), places
    assert not any(p.get("map") is False or p["name"] in ("亚洲", "非洲", "长江") for p in places), places


@pytest.mark.parametrize("text,name", [
    ("上游村党支部书记吴德和介绍，村里今年新修了3公里机耕路。", "吴德和"),     # 和 before a verb is no conjunction
    ("村民代表孙立和表示，大家对新规划很满意。", "孙立和"),
])
def test_a_given_name_ending_on_he_before_a_speech_verb_is_whole(text, name):
    assert name in [p["name"] for p in find_mentions(text)["people"]]


@pytest.mark.parametrize("text,name", [
    ("种粮大户王德胜算了一笔账：“今年能多赚两万元。”", "王德胜"),   # 胜|算了: a verb with its particle
])
def test_a_name_whose_last_character_and_the_verb_after_it_make_a_noun_is_whole(text, name):
    assert name in [p["name"] for p in find_mentions(text)["people"]]


def test_a_conjunction_between_two_people_still_parts_them():
    names = [p["name"] for p in find_mentions("智障青年刘斌和盲人歌手蔡菁是一对好朋友。")["people"]]
    assert "刘斌和" not in names
