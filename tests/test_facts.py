"""The facts finder (baoxun.enrich.facts), clause by clause: a sentence, the issue date and
the paper's place in; the facts a careful reader tabulates out (gold/FACTS.md).

Every sentence here was written for these tests. Each case names the facts expected
by their value and unit, and checks the fields the case is about: the indicator (a fact's
printed indicator must contain the expected words, or be contained in them — the
scorer's matching rule), place, period, status and change. A case also checks that no
other figure was reported.
"""
from __future__ import annotations

import pytest

from baoxun import find_facts, find_mentions
from baoxun.enrich.facts import FACT_FIELDS, indicator_key

ANY = object()


def facts_of(text: str, date: str, place: str | None) -> list[dict]:
    mentions = find_mentions(text, date=date, place=place, ner="rules")
    return find_facts(text, mentions=mentions, date=date, place=place)


def _same_indicator(got: str, want: str) -> bool:
    return want in got or got in want


def _pick(facts: list[dict], value, unit: str) -> dict:
    hits = [f for f in facts if f["unit"] == unit and abs(float(f["value"]) - float(value)) < 0.01]
    assert len(hits) == 1, f"{value}{unit}: {len(hits)} facts in {[(f['indicator'], f['value'], f['unit']) for f in facts]}"
    return hits[0]


# (sentence, issue date, paper place, [expected facts]); an expected fact is a dict with
# value and unit, and any of indicator, place, period, status, change, approx.
CASES = [
    # a level and its year-on-year change, the period of the clause
    ("今年前三季度，全县规模以上工业增加值完成86.4亿元，同比增长7.2%。", "2023-10-20", "襄垣县",
     [dict(value=8640000000, unit="元", indicator="规模以上工业增加值", place="襄垣县", period="2023-01/2023-09",
           status="actual", change={"basis": "同比", "value": 7.2, "unit": "%"})]),
    # a fall is negative; 比上年 is its own basis
    ("2023年，全市一般公共预算收入完成32.5亿元，比上年下降4.1%。", "2024-02-01", "长治市",
     [dict(value=3250000000, unit="元", indicator="一般公共预算收入", period="2023", place="长治市",
           change={"basis": "比上年", "value": -4.1, "unit": "%"})]),
    # a rate and its change in points
    ("去年，全县常住人口城镇化率达到58.6%，较上年提高1.3个百分点。", "2024-03-08", "沁源县",
     [dict(value=58.6, unit="%", indicator="城镇化率", period="2023",
           change={"basis": "较上年", "value": 1.3, "unit": "个百分点"})]),
    # a change printed with no level of its own: the rate is the figure and its change
    ("今年一季度，全市规上工业增加值同比增长8.1%。", "2024-04-20", "晋中市",
     [dict(value=8.1, unit="%", indicator="规上工业增加值", period="2024-01/2024-03", place="晋中市",
           change={"basis": "同比", "value": 8.1, "unit": "%"})]),
    # a change with no basis printed
    ("一季度全市接待游客412万人次，增长18.5%。", "2024-04-20", "晋中市",
     [dict(value=4120000, unit="人次", indicator="接待游客", period="2024-01/2024-03",
           change={"basis": None, "value": 18.5, "unit": "%"})]),
    # a target: 力争, with 全年 the year, approximate with 以上
    ("力争全年粮食播种面积稳定在52万亩以上。", "2024-02-26", "长子县",
     [dict(value=520000, unit="亩", indicator="粮食播种面积", status="target", period="2024", approx=True)]),
    # a target in the future
    ("到2027年，全区森林覆盖率达到45%。", "2024-05-06", "上党区",
     [dict(value=45, unit="%", indicator="森林覆盖率", status="target", period="2027", place="上党区")]),
    # 将 as a preposition states what was done, 将于 what will be
    ("去年，我区将全区划分为326个网格，配备专兼职网格员412名。", "2024-01-10", "柳北区",
     [dict(value=326, unit="个", indicator="网格", status="actual"),
      dict(value=412, unit="名", indicator="网格员", status="actual")]),
    ("剩余17个小区将于11月底前全部完工。", "2024-06-10", "宣威市",
     [dict(value=17, unit="个", indicator="小区", status="target")]),
    # 目标是：opens a list of targets across its ；
    ("今年发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业1.2万人以上；城镇调查失业率5.5%左右。",
     "2024-01-25", "长治市",
     [dict(value=6, unit="%", indicator="地区生产总值", status="target"),
      dict(value=12000, unit="人", indicator="城镇新增就业", status="target"),
      dict(value=5.5, unit="%", indicator="城镇调查失业率", status="target")]),
    # a target in one ；-part does not reach the next
    ("明年将继续扩大种植规模；目前合作社已吸纳社员86户。", "2024-10-10", "沁县",
     [dict(value=86, unit="户", indicator="社员", status="actual")]),
    # a project's planned sizes
    ("该项目总投资12亿元，建成后年产值可达30亿元。", "2024-06-11", "长治市",
     [dict(value=1200000000, unit="元", indicator="总投资", status="plan", period=None),
      dict(value=3000000000, unit="元", indicator="年产值", status="plan", period=None)]),
    # counts with classifiers; 万人次 is a count in 人次
    ("春节假期，全县共接待游客8.6万人次，实现旅游收入5200万元。", "2024-02-18", "平顺县",
     [dict(value=86000, unit="人次", indicator="接待游客"), dict(value=52000000, unit="元", indicator="旅游收入")]),
    # the noun after the count is what is counted
    ("全县新建5座污水处理厂和12个垃圾中转站。", "2024-07-01", "武乡县",
     [dict(value=5, unit="座", indicator="污水处理厂"), dict(value=12, unit="个", indicator="垃圾中转站")]),
    # a preposition's object: the verb after it is the predicate
    ("县农业农村局为3200余户农户发放耕地地力补贴资金96万元。", "2024-05-20", "屯留区",
     [dict(value=3200, unit="户", indicator="农户", approx=True),
      dict(value=960000, unit="元", indicator="耕地地力补贴资金")]),
    # a share takes the indicator of the figure it shares
    ("全市第三产业增加值完成1080亿元，占地区生产总值的52.3%。", "2024-01-30", "长治市",
     [dict(value=108000000000, unit="元", indicator="第三产业增加值"),
      dict(value=52.3, unit="%", indicator="第三产业增加值")]),
    # a comparison with another place is a fact of its own, not a change
    ("全市固定资产投资同比增长6.8%，增速高于全省2.1个百分点。", "2024-07-25", "长治市",
     [dict(value=6.8, unit="%", indicator="固定资产投资"), dict(value=2.1, unit="个百分点", change=None)]),
    # 今年以来 dates the paragraph's figures
    ("今年以来，我市累计签约项目48个，签约金额达315亿元。", "2024-06-03", "晋城市",
     [dict(value=48, unit="个", indicator="签约项目", period="2024", place="晋城市"),
      dict(value=31500000000, unit="元", indicator="签约金额", period="2024")]),
    # 截至9月底: January to September
    ("截至9月底，全区累计发放创业担保贷款1.8亿元。", "2024-10-12", "潞州区",
     [dict(value=180000000, unit="元", indicator="创业担保贷款", period="2024-01/2024-09", place="潞州区")]),
    # a reporter's day dates the report, not the figures
    ("5月15日，记者从县统计局获悉，1至4月，全县社会消费品零售总额完成28.6亿元。", "2024-05-16", "壶关县",
     [dict(value=2860000000, unit="元", indicator="社会消费品零售总额", period="2024-01/2024-04")]),
    # an event's figures are of its day
    ("3月12日，义务植树活动在城郊林场举行，现场干部群众共栽植树苗2000余株。", "2024-03-13", "黎城县",
     [dict(value=2000, unit="株", indicator="树苗", period="2024-03-12", approx=True)]),
    # a town's figures (全镇) are tabulated under its county, as the gold pages do
    ("东阳镇地处城郊。全镇蔬菜种植面积达1.2万亩，年产值超3亿元。", "2024-08-09", "壶关县",
     [dict(value=12000, unit="亩", indicator="蔬菜种植面积", place="壶关县"),
      dict(value=300000000, unit="元", indicator="年产值", place="壶关县", approx=True)]),
    # 全县 in a city paper is the county the article is about
    ("沁县是小米之乡。全县谷子种植面积达到18万亩。", "2024-09-18", "长治市",
     [dict(value=180000, unit="亩", indicator="谷子种植面积", place="沁县")]),
    # a national figure has no local place
    ("我国国内生产总值超过126万亿元，增长5.2%。", "2024-03-06", "长治市",
     [dict(value=126000000000000, unit="元", indicator="国内生产总值", place=None,
           change={"basis": None, "value": 5.2, "unit": "%"})]),
    # a plan is never dated by the day of the event that reports it
    ("6月18日，全区32个重点项目集中开工，总投资48.3亿元。", "2025-06-19", "越城区",
     [dict(value=32, unit="个", indicator="重点项目", status="actual"),
      dict(value=4830000000, unit="元", indicator="总投资", status="plan", period=None)]),
    # place: an origin, a destination or a partner of the sentence is not what its figures are about
    ("今年以来，全市主动对接北京、天津，外贸进出口总值达到312亿元。", "2024-06-19", "沧州市",
     [dict(value=31200000000, unit="元", indicator="外贸进出口总值", place="沧州市")]),
    ("签约项目中，来自太原、大同的项目12个，总投资63亿元。", "2024-06-19", "长治市",
     [dict(value=12, unit="个", indicator="项目", place="长治市"),
      dict(value=6300000000, unit="元", indicator="总投资", place="长治市")]),
    # place: a place outside the paper's province named in a partner's name is not in force…
    ("开发区又引进浙江华峰化工有限公司建设总投资8.4亿元的项目。", "2025-05-23", "晋中市",
     [dict(value=840000000, unit="元", indicator="总投资", place="晋中市")]),
    # …but one that opens its sentence is that sentence's subject (and only that sentence's)
    ("浙江省安吉县发展特色民宿企业30余家。考察团一行当天返回，全区新签约项目5个。", "2023-02-25", "潞州区",
     [dict(value=30, unit="家", indicator="特色民宿企业", place="安吉县"),
      dict(value=5, unit="个", indicator="签约项目", place="潞州区")]),
    # place: 在全国/销往全国 is the reach of the figures after it in its sentence — national, no place
    ("该集团在全国布局了200余个产业园区。全区今年新签约项目5个。", "2023-02-25", "潞州区",
     [dict(value=200, unit="个", indicator="产业园区", place=None),
      dict(value=5, unit="个", indicator="签约项目", place="潞州区")]),
    # place: a short name that is more often a word (红山文化) is not a place in force unless it is the paper's own
    ("玉龙文化博物馆展示红山文化，馆藏文物2600余件。", "2023-09-05", "翁牛特旗",
     [dict(value=2600, unit="件", indicator="馆藏文物", place="翁牛特旗")]),
    # place: a province in a body's name (吉林农业大学) is no topic: the paper's place is more precise
    ("访吉林农业大学教授宋明哲\n目前，敦化人参种植面积在3万亩左右。", "2021-03-16", "敦化市",
     [dict(value=30000, unit="亩", indicator="人参种植面积", place="敦化市")]),
    # place: a city printed before its own district only qualifies it
    ("天水市秦州区人民医院招聘护理人员20名。", "2023-03-07", "天水市",
     [dict(value=20, unit="名", indicator="护理人员", place="秦州区")]),
    # place: 全市 after a county-level city named in its sentence is that city; 我市 is the paper's
    ("据嵊州市领带行业协会统计，上半年全市领带电商销售额达9.6亿元。", "2024-07-15", "绍兴市",
     [dict(value=960000000, unit="元", indicator="领带电商销售额", place="嵊州市")]),
    # place: a district named in passing in one paragraph does not carry to the next
    ("1月23日，市统计局发布全市经济运行数据。\n全市固定资产投资增长3.1%，青山区城市更新项目投资增长20%。\n"
     "全年社会消费品零售总额8068.2亿元，增长4.2%。",
     "2025-01-24", "武汉市",
     [dict(value=3.1, unit="%", place="武汉市"), dict(value=20, unit="%", place="青山区"),
      dict(value=806820000000, unit="元", indicator="社会消费品零售总额", place="武汉市")]),
    # the earlier level of 从…提高到… is no figure of its own
    ("企业产品一次合格率从91%提高到98%。", "2024-04-02", "长治市",
     [dict(value=98, unit="%", indicator="一次合格率")]),
    ("全镇污水收集率由62%提升到了87%。", "2024-04-02", "沁县",
     [dict(value=87, unit="%", indicator="污水收集率")]),
    # a paragraph that opens with its period, after a headline with another
    ("前10个月全县经济运行良好\n前三季度，全县城镇常住居民人均可支配收入达到42680元。", "2024-11-19", "长丰县",
     [dict(value=42680, unit="元", indicator="城镇常住居民人均可支配收入", period="2024-01/2024-09", place="长丰县")]),
    # changes printed together (分别) go to their levels in order
    ("全县粮食总产量达到9.6万吨，总产值2.3亿元，同比分别增长3.1%和4.5%。", "2024-01-15", "沁县",
     [dict(value=96000, unit="吨", indicator="粮食总产量", change={"basis": "同比", "value": 3.1, "unit": "%"}),
      dict(value=230000000, unit="元", indicator="总产值", change={"basis": "同比", "value": 4.5, "unit": "%"})]),
    # a Chinese-numeral count of things is a figure
    ("目前，合作社已建成七个育苗大棚。", "2024-03-20", "长子县",
     [dict(value=7, unit="个", indicator="育苗大棚")]),
    # not facts: dates, durations, ages, ordinals, slogans, names, phone numbers
    ("2023年，他连续3天在第2届“三个一批”活动中值守，今年71岁，落实“十四五”规划，电话0355-2021234。",
     "2024-02-02", "长治市", []),
    ("会议传达了八项规定精神和二届七次全会精神，强调要抓好三个方面的工作。", "2024-02-02", "长治市", []),
    ("年产5000吨有机肥项目开工。", "2024-04-10", "长治市", []),
]


@pytest.mark.parametrize("text,date,place,expected", CASES, ids=[c[0][:16] for c in CASES])
def test_facts_clause_table(text, date, place, expected):
    facts = facts_of(text, date, place)
    assert len(facts) == len(expected), [(f["indicator"], f["value"], f["unit"]) for f in facts]
    for want in expected:
        got = _pick(facts, want["value"], want["unit"])
        for field, value in want.items():
            if field in ("value", "unit"):
                continue
            if field == "indicator":
                assert _same_indicator(got["indicator"], value), (got["indicator"], value)
            else:
                assert got[field] == value, (field, got[field], value, got["text"])


@pytest.mark.parametrize("text,date,place,expected", CASES, ids=[c[0][:16] for c in CASES])
def test_facts_spans_are_the_printed_clause(text, date, place, expected):
    for f in facts_of(text, date, place):
        assert list(f) == list(FACT_FIELDS)
        s, e = f["span"]
        assert text[s:e] == f["text"]
        # the clause holds its number as printed, and stays inside one sentence
        assert not any(mark in f["text"] for mark in "。！？\n")
        assert f["status"] in ("actual", "target", "plan")


def test_facts_headline_repeating_the_body_is_one_fact():
    text = "全县规上工业增加值增长9.1%\n今年一季度，全县规上工业增加值完成41.2亿元，同比增长9.1%。"
    facts = facts_of(text, "2024-04-22", "屯留区")
    assert [(f["value"], f["unit"]) for f in facts] == [(4120000000, "元")]
    assert facts[0]["change"] == {"basis": "同比", "value": 9.1, "unit": "%"}


def test_facts_without_mentions_read_amounts_themselves():
    text = "今年全区新增城镇就业3200人，城镇登记失业率控制在4%以内。"
    with_mentions = facts_of(text, "2024-12-20", "潞州区")
    alone = find_facts(text, mentions={}, date="2024-12-20", place="潞州区")
    assert [(f["value"], f["unit"]) for f in alone] == [(f["value"], f["unit"]) for f in with_mentions]


@pytest.mark.parametrize("printed,key", [
    ("规上工业增加值", "industry_value_added_above_size"),
    ("全市规模以上工业增加值", "industry_value_added_above_size"),
    ("规上工业增加值增速", "industry_value_added_above_size_growth"),
    ("GDP", "gdp"),
    ("地区生产总值", "gdp"),
    ("社会消费品零售总额", "retail_sales"),
    ("城镇常住居民人均可支配收入", "urban_disposable_income"),
    ("固定资产投资", "fixed_asset_investment"),
    ("拆除围墙违建", None),
])
def test_facts_indicator_key_from_the_data_file(printed, key):
    assert indicator_key(printed) == key


def test_facts_indicator_keys_are_unique_and_variants_resolve_to_their_row():
    from baoxun.enrich.facts.words import indicators

    rows = indicators()
    keys = [k for k, _n, _v in rows]
    assert len(keys) == len(set(keys))
    for key, name, variants in rows:
        assert indicator_key(name) == key
        for v in variants:
            # a variant may be shadowed by a longer one it contains, never by a shorter one
            assert indicator_key(v) in keys


def test_facts_off_when_mentions_are_off():
    from baoxun import parse_page

    page_text = "本报讯 今年一季度，全县规上工业增加值完成41.2亿元，同比增长9.1%。"
    on = parse_page(page_text, date="2024-04-22", place="屯留区")
    off = parse_page(page_text, date="2024-04-22", place="屯留区", mentions=False)
    assert any(a.facts for a in on.articles)
    assert all(a.facts is None and "facts" not in a.to_dict() for a in off.articles)


@pytest.mark.parametrize("text", [
    "计划新建厂房3栋；\n已建成2栋。",          # a ； that ends a line
    "目标是：新增企业5家；；完成投资2亿元；",   # doubled and closing ；
    "；；；3家",
    "全县新增企业5家；",
])
def test_facts_semicolons_at_edges_end(text):
    """Sentences cut at ； next to a line break or another ； (a page once hung here)."""
    facts = facts_of(text, "2024-05-01", "长治市")
    assert all(text[f["span"][0]:f["span"][1]] == f["text"] for f in facts)
