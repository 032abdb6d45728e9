"""Amount and count mentions: sentence → [(text, value, unit, approx)] tables, written for
this project. One row per form; negative rows (expected ``[]``) for the look-alikes."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baoxun.enrich.amounts import find_amounts, find_counts


def _rows(found: list[dict]) -> list[tuple]:
    return [(a["text"], a["value"], a["unit"], a["approx"]) for a in found]


def _spans_slice(text: str, found: list[dict]) -> None:
    for a in found:
        s, e = a["span"]
        assert text[s:e] == a["text"]


@pytest.mark.parametrize("text,expected", [
    ("完成投资86.5亿元。", [("86.5亿元", 8650000000, "元", False)]),
    ("总投资约3.2亿元，", [("3.2亿元", 320000000, "元", True)]),
    ("带动增收300多万元", [("300多万元", 3000000, "元", True)]),
    ("产值1500余万元", [("1500余万元", 15000000, "元", True)]),
    ("奖励5万元以上", [("5万元以上", 50000, "元", True)]),
    ("同比增长12.5%，高于全省2.3个百分点", [("12.5%", 12.5, "%", False), ("2.3个百分点", 2.3, "个百分点", False)]),
    ("分别提高3.1和4.2个百分点", [("3.1", 3.1, "个百分点", False), ("4.2个百分点", 4.2, "个百分点", False)]),
    ("占比达40%以上", [("40%以上", 40, "%", True)]),
    ("投入资金三千万元", [("三千万元", 30000000, "元", False)]),
    ("合格率百分之九十五", [("百分之九十五", 95, "%", False)]),
    ("首次突破千亿元大关", [("千亿元", 100000000000, "元", True)]),  # 突破: more than
    ("全县共有企业749家，项目117个。", []),
    ("一元复始，万象更新。", []),
    # thousands separators, 元角分, capital numerals
    ("合同金额82,225.00元。", [("82,225.00元", 82225, "元", False)]),
    ("合同金额82，225.00元。", [("82，225.00元", 82225, "元", False)]),
    ("应付123元1角1分。", [("123元1角1分", 123.11, "元", False)]),
    ("一斤十块三毛。", [("十块三毛", 10.3, "元", False)]),
    ("一支笔5毛钱，", [("5毛钱", 0.5, "元", False)]),
    ("门票三块钱。", [("三块钱", 3, "元", False)]),
    ("每斤三元，", [("三元", 3, "元", False)]),
    ("大写：壹万贰仟元", [("壹万贰仟元", 12000, "元", False)]),
    ("金额肆佰叁拾萬圆整", [("肆佰叁拾萬圆整", 4300000, "元", False)]),
    ("补贴一点五万元", [("一点五万元", 15000, "元", False)]),
    ("一斤十二块五", [("十二块五", 12.5, "元", False)]),
    ("单价十元八角", [("十元八角", 10.8, "元", False)]),
    ("投资3个亿，", [("3个亿", 300000000, "元", False)]),
    ("总投资5.5个亿元", [("5.5个亿元", 550000000, "元", False)]),
    ("年产值十几个亿", [("十几个亿", 1000000000, "元", True)]),
    ("全国14个亿人口", []),
    ("奖励万余元", [("万余元", 10000, "元", True)]),
    ("花费千余元", [("千余元", 1000, "元", True)]),
    ("几块五花肉", []),
    # orders of magnitude alone
    ("千万元级项目", [("千万元", 10000000, "元", False)]),
    ("百万元大奖", [("百万元", 1000000, "元", False)]),
    ("规模达万亿元", [("万亿元", 1000000000000, "元", False)]),
    ("人均仅千元", [("千元", 1000, "元", False)]),
    ("突破万元", [("万元", 10000, "元", True)]),
    ("投入数百万元", []),                       # 数, 几: no stated number
    ("展位费就要十几万元", [("十几万元", 100000, "元", True)]),
    ("人均上千元", [("千元", 1000, "元", True)]),
    ("约合人民币100万元", [("人民币100万元", 1000000, "元", True)]),
    # 人民币 before or after, ￥
    ("捐款人民币500万元", [("人民币500万元", 5000000, "元", False)]),
    ("捐款500万元人民币", [("500万元人民币", 5000000, "元", False)]),
    ("捐款500万人民币", [("500万人民币", 5000000, "元", False)]),
    ("售价￥1200", [("￥1200", 1200, "元", False)]),
    # foreign money keeps its currency
    ("出口额3亿美元", [("3亿美元", 300000000, "美元", False)]),
    ("订单500万欧元", [("500万欧元", 5000000, "欧元", False)]),
    ("投资1000万港元", [("1000万港元", 10000000, "港元", False)]),
    ("投资1000万港币", [("1000万港币", 10000000, "港元", False)]),
    ("设备100万日元", [("100万日元", 1000000, "日元", False)]),
    ("奖金2万英镑", [("2万英镑", 20000, "英镑", False)]),
    # approximations before (not in the text) and after (in the text)
    ("约100万元", [("100万元", 1000000, "元", True)]),
    ("近千万元", [("千万元", 10000000, "元", True)]),
    ("超2亿元", [("2亿元", 200000000, "元", True)]),
    ("超过3亿元", [("3亿元", 300000000, "元", True)]),
    ("不到5000元", [("5000元", 5000, "元", True)]),
    ("逾千万元", [("千万元", 10000000, "元", True)]),
    ("月薪1500元左右", [("1500元左右", 1500, "元", True)]),
    ("售价3000元上下", [("3000元上下", 3000, "元", True)]),
    ("增长5%左右", [("5%左右", 5, "%", True)]),
    # percentages
    ("增长15.9％", [("15.9％", 15.9, "%", False)]),
    ("下降百分之十五点五", [("百分之十五点五", 15.5, "%", False)]),
    ("提高5.5个百分点", [("5.5个百分点", 5.5, "个百分点", False)]),
    ("提高三个百分点", [("三个百分点", 3, "个百分点", False)]),
    # look-alikes
    ("1月1日元旦", []),
    ("元件、元素、元宵", []),
    ("多元化发展", []),
    ("三元里街道", []),
    ("万元产值综合能耗", []),
    ("新开工亿元以上产业项目", []),
    ("一块儿干活", []),
    ("两块试验田", []),
    ("三角形和一角钱", [("一角钱", 0.1, "元", False)]),
])
def test_enrich_amounts_table(text, expected):
    found = find_amounts(text)
    assert _rows(found) == expected
    _spans_slice(text, found)


@pytest.mark.parametrize("text,expected,low_high", [
    ("补助1万-5万元", [("1万", 10000, "元", False), ("5万元", 50000, "元", False)], [10000, 50000]),
    ("补助1万至5万元", [("1万", 10000, "元", False), ("5万元", 50000, "元", False)], [10000, 50000]),
    ("补助1-5万元", [("1", 10000, "元", False), ("5万元", 50000, "元", False)], [10000, 50000]),
    ("亩均增收两到三万元", [("两", 20000, "元", False), ("三万元", 30000, "元", False)], [20000, 30000]),
    ("总价一百二十到一百五十万元", [("一百二十", 1200000, "元", False), ("一百五十万元", 1500000, "元", False)],
     [1200000, 1500000]),
    ("将给予500元至5000元奖励", [("500元", 500, "元", False), ("5000元", 5000, "元", False)], [500, 5000]),
    ("票价10—20元", [("10", 10, "元", False), ("20元", 20, "元", False)], [10, 20]),
    ("约1万-5万元", [("1万", 10000, "元", True), ("5万元", 50000, "元", True)], [10000, 50000]),
    ("增长5%-8%", [("5%", 5, "%", False), ("8%", 8, "%", False)], [5, 8]),
    ("增长5-8%", [("5", 5, "%", False), ("8%", 8, "%", False)], [5, 8]),
    ("提高3至5个百分点", [("3", 3, "个百分点", False), ("5个百分点", 5, "个百分点", False)], [3, 5]),
    ("占百分之五到百分之八", [("百分之五", 5, "%", False), ("百分之八", 8, "%", False)], [5, 8]),
])
def test_enrich_amounts_ranges_are_both_ends_with_their_range(text, expected, low_high):
    """A range is two mentions (the gold lists 500元至5000元 as 500 and 5000), each
    carrying ``range``; a low end printed bare takes the high end's unit and order."""
    found = find_amounts(text)
    assert _rows(found) == expected
    assert [a["range"] for a in found] == [low_high, low_high]
    _spans_slice(text, found)


def test_enrich_amounts_a_falling_pair_is_no_range():
    assert _rows(find_amounts("由8-3个百分点")) == [("3个百分点", 3, "个百分点", False)]


def test_enrich_amounts_single_amounts_have_no_range():
    assert all("range" not in a for a in find_amounts("投资86.5亿元，增长12.5%，提高2.3个百分点"))


@pytest.mark.parametrize("text,expected", [
    ("全县共有企业749家，项目117个。", [("749家", 749, "家", False), ("117个", 117, "个", False)]),
    ("种植1.5万亩", [("1.5万亩", 15000, "亩", False)]),
    ("接待游客3万人次", [("3万人次", 30000, "人次", False)]),
    ("出动警力1200人次", [("1200人次", 1200, "人次", False)]),
    ("带动200余户农户", [("200余户", 200, "户", True)]),
    ("2000多名志愿者", [("2000多名", 2000, "名", True)]),
    ("新建5G基站300个", [("300个", 300, "个", False)]),
    ("新增装机容量20万千瓦", [("20万千瓦", 200000, "千瓦", False)]),
    ("发电量1.2亿千瓦时", [("1.2亿千瓦时", 120000000, "千瓦时", False)]),
    ("改造12万平方米", [("12万平方米", 120000, "平方米", False)]),
    ("修路35公里", [("35公里", 35, "公里", False)]),
    ("产粮8.6万吨", [("8.6万吨", 86000, "吨", False)]),
    ("建成3所学校、两座桥", [("3所", 3, "所", False), ("两座", 2, "座", False)]),
    ("购置农机56台、车辆8辆", [("56台", 56, "台", False), ("8辆", 8, "辆", False)]),
    ("实施12项工程", [("12项", 12, "项", False)]),
    ("存栏生猪3000头", [("3000头", 3000, "头", False)]),
    ("十家企业、十几个村、百余户", [("十家", 10, "家", False), ("十几个", 10, "个", True), ("百余户", 100, "户", True)]),
    # not counts: ages, durations, ordinals, ranks, "a", names, amounts
    ("71岁的老人", []),
    ("历时3天", []),
    ("发展了20年", []),
    ("工期5个月", []),
    ("3个多月", []),
    ("第3批项目", []),
    ("评出前三名", []),
    ("三个代表重要思想", []),
    ("中央八项规定精神", []),
    ("“五个一”工程", []),
    ("一个好的开始，一批项目", []),
    ("数十家企业", []),
    ("上百人参加", []),
    ("提高3个百分点", []),
    ("拨打12345热线", []),
    ("投资3.5亿元，增长3.5%", []),
    ("送法进万家，千家万户", []),
    ("十四届全国人大三次会议", []),
    ("产业园二期建设", []),
    ("共发放12  00余张", []),               # a number a layout space broke
])
def test_enrich_amounts_counts_table(text, expected):
    found = find_counts(text)
    assert _rows(found) == expected
    _spans_slice(text, found)


@pytest.mark.parametrize("text,expected,low_high", [
    ("线上要配七八个人", ("七八个", 7, "个", True), [7, 8]),
    ("带动两三百人就业", ("两三百人", 200, "人", True), [200, 300]),
    ("每年来五六次", ("五六次", 5, "次", True), [5, 6]),
])
def test_enrich_amounts_neighbouring_digits_are_an_approximate_range(text, expected, low_high):
    """七八个 is "seven or eight", not 78."""
    found = find_counts(text)
    assert _rows(found) == [expected] and found[0]["range"] == low_high


def test_enrich_amounts_neighbouring_digits_in_money():
    found = find_amounts("每亩增收三四万元")
    assert _rows(found) == [("三四万元", 30000, "元", True)] and found[0]["range"] == [30000, 40000]


def test_enrich_amounts_count_ranges():
    found = find_counts("各村3至5家合作社")
    assert _rows(found) == [("3", 3, "家", False), ("5家", 5, "家", False)]
    assert [a["range"] for a in found] == [[3, 5], [3, 5]]


def test_enrich_amounts_counts_are_not_amounts():
    text = "全县共有企业749家，投资3亿元。"
    assert [a["text"] for a in find_amounts(text)] == ["3亿元"]
    assert [a["text"] for a in find_counts(text)] == ["749家"]


# --- any text: never raises, every span slices to its text ------------------------------

PIECES = st.one_of(
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=4),
    st.text(alphabet="0123456789.,，%％-至到约近超多余来以上下左右万亿千百十元块毛角分美欧港日个家人次亩吨"
                     "壹贰叁肆伍陆柒捌玖拾佰仟萬圆整人民币百分之点两第", max_size=10),
    st.sampled_from(["86.5亿元", "1万-5万元", "两到三万元", "15.9%", "百分之", "个百分点", "￥", "3万人次",
                     "1.5万亩", "三个代表", "“五个一”", " ", "\n", "，"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=30).map("".join))
def test_enrich_amounts_never_raise_and_spans_slice(text):
    for finder in (find_amounts, find_counts):
        found = finder(text)
        last = -1
        for a in found:
            s, e = a["span"]
            assert 0 <= s < e <= len(text) and text[s:e] == a["text"]
            assert s >= last
            last = e
            assert isinstance(a["value"], (int, float)) and isinstance(a["approx"], bool)
            if "range" in a:
                assert a["range"][0] <= a["range"][1] and a["value"] in a["range"]
