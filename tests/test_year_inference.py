"""The page's year and issue date: behaviour of the year model and its rule fallback."""
import calendar
import json
from datetime import date
from importlib.resources import files

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baoxun.assemble import dates
from baoxun.assemble.dates import (YEAR_FEATURES, candidate_features, candidates, infer_year, issue_date,
                                   model_year, page_evidence, rule_year, year_mentions)


def _kinds(text):
    return [(y, k) for y, k, _ in year_mentions(text)]


def test_mention_kinds():
    assert _kinds("2019年，全县粮食总产量达到42万吨。") == [(2019, "result")]
    assert _kinds("力争到2030年建成示范区。") == [(2030, "future")]
    assert _kinds("这座桥始建于1958年。") == [(1958, "origin")]
    assert _kinds("2022年，我县将继续推进道路建设。") == [(2022, "future")]
    assert _kinds("2023年一季度，全区工业产值增长8%。") == [(2023, "period")]
    assert _kinds("2015年至2020年，全镇累计植树50万株。") == [(2015, "origin"), (2020, "result")]


def test_a_span_of_years_ends_ahead_of_the_issue():
    # a plan's span: its end is a target; a heating season began in its first year
    assert _kinds("编制供热专项规划（2024—2035年）。") == [(2035, "future")]
    assert _kinds("现将2023—2024年供暖期供热费收缴事项公告如下。") == [(2023, "plain"), (2024, "future")]
    text = ("10月10日，市政府召开常务会议，研究2023—2024年供暖期城区供热保障工作。"
            "10月11日，市医保局开展政策宣传进乡村活动。")
    assert infer_year(text)[0] == 2023


def test_future_context_across_a_column_break():
    # the column broke the line between 到 and the year: still a target, not the present
    assert _kinds("县里提出，力争到\n2028年产值翻番。") == [(2028, "future")]


def test_last_years_results_and_this_year_as_jintian_give_the_next_year():
    text = ("本报讯 1月18日，记者从县统计局获悉，2020年，全县实现地区生产总值156亿元，"
            "同比增长4.1%。县统计局负责人说，今年全县将围绕工业强县目标，抓好项目建设。"
            "\n2月3日，县委召开全会，总结去年工作，部署今年任务。")
    year, how = infer_year(text)
    assert (year, how) == (2021, "year model")
    assert rule_year(text) == 2020          # the rule this replaces read it as 2020


def test_a_year_named_as_present_stays():
    text = ("10月12日，2024年全县秋季农产品博览会在县城开幕。"
            "10月15日，县领导调研秋收工作，今年全县粮食播种面积稳中有增。")
    assert infer_year(text)[0] == 2024


def test_next_years_plan_points_to_the_year_before():
    text = ("12月20日，县委经济工作会议召开。会议要求，明年要谋划2027年重点项目，"
            "2027年，全县将新开工项目60个。今年全县经济运行稳中有进。")
    assert infer_year(text)[0] == 2026


def test_leap_day_picks_a_leap_year():
    text = "2月29日，市里召开会议。2023年，全市地区生产总值增长5%。今年要再接再厉。"
    year, _ = infer_year(text)
    assert calendar.isleap(year)
    assert year == 2024


def test_leap_day_filters_the_candidates():
    ev = page_evidence("2月29日，2020年，全市……")
    _, cands = candidates(ev, leap_only=True)
    assert cands and all(calendar.isleap(c) for c in cands)


def test_printed_and_given_dates_win():
    assert infer_year("2019年，全县……", date(2022, 5, 1)) == (2022, "given")
    assert infer_year("2023年3月7日 星期二\n2019年，全县……") == (2023, "printed date")


def test_anniversary_wins_over_named_years():
    assert infer_year("第十个国家宪法日到来之际，回顾2019年以来的普法工作。")[0] == 2023


def test_no_year_named():
    assert infer_year("今年以来，全镇新修道路12公里。") == (None, "none")
    assert model_year("今年以来，全镇新修道路12公里。") is None


def test_feature_rows_match_the_feature_names():
    ev = page_evidence("2021年，全市……今年……3月4日，……")
    anchor, cands = candidates(ev)
    for c in cands:
        assert len(candidate_features(ev, anchor, c)) == len(YEAR_FEATURES)


def test_shipped_weights_fit_the_features_and_name_their_refit():
    data = json.loads(files("baoxun").joinpath("data", "models", "year.json").read_text(encoding="utf-8"))
    assert data["features"] == list(YEAR_FEATURES)
    assert len(data["weights"]) == len(YEAR_FEATURES)
    assert data["refit"].startswith("python -m baoxun.assemble.dates fit")


def test_rule_fallback_without_weights(monkeypatch):
    monkeypatch.setattr(dates, "_year_weights", lambda: None)
    assert infer_year("2020年，全县实现地区生产总值156亿元。今年……")[0] == 2020


def test_issue_date_is_the_day_after_the_latest_event_of_the_year():
    got = issue_date([date(2021, 3, 4), date(2021, 3, 6), date(2020, 12, 30)], 2021)
    assert got == date(2021, 3, 7)
    assert issue_date([], 2021) is None


_PIECES = st.sampled_from(["2020年", "2019年，", "今年", "去年", "明年", "到2030年", "2月29日", "3月4日 星期一",
                           "第十一个国家宪法日", "始建于1962年", "1至5月", "2024年一季度", "\n", "，", "。",
                           "全市", "将", "年度", "20", "24年", "（", "〔2023〕", "年代"])


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(_PIECES, max_size=30).map("".join)))
def test_never_raises(text):
    year, how = infer_year(text)
    assert year is None or isinstance(year, int)
    assert isinstance(how, str)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_answer_is_a_candidate_or_a_rule_year(text):
    year, how = infer_year(text)
    if how == "year model":
        anchor, cands = candidates(page_evidence(text), bool(dates.LEAP_DAY.search(text)))
        assert year in cands


@pytest.mark.parametrize("year", [2016, 2019, 2023, 2025])
def test_shift_invariance(year):
    # the same page moved by whole years moves its answer alike
    text = (f"1月20日，记者从市统计局获悉，{year}年，全市实现地区生产总值300亿元，同比增长5%。"
            "今年，我市将继续扩大有效投资。")
    assert infer_year(text)[0] == year + 1


def test_a_reporting_period_anchors_the_year_over_a_piece_of_history():
    # 2024年1至10月 reports this year's figures; 2008年 is the history of a site
    text = ("11月20日，记者从县林业局获悉，2024年1至10月，全县林下经济产值同比增长12.4%。"
            "2008年，土楼被列入世界遗产名录。11月21日，县里举办了林下经济推介会。")
    assert infer_year(text)[0] == 2024


def test_a_championship_prepared_for_lies_ahead():
    assert _kinds("此次比赛也是为我区备战2026年全国青少年锦标赛选拔人才。") == [(2026, "future")]


@pytest.mark.parametrize("festival_day,year", [("10月11日重阳节当天", 2024), ("10月23日重阳节当天", 2023)])
def test_a_festival_printed_with_its_day_narrows_the_year(festival_day, year):
    # the page names only the year its figures are compared with; the day of 重阳节 (a lunar
    # festival) holds in one of the candidate years only
    text = ("前三季度，全区外贸进出口额比2023年同期增长2.6%。\n"
            f"{festival_day}，街道组织志愿者走访慰问辖区高龄老人。\n")
    assert infer_year(text) == (year, "year model")


def test_festival_days_are_read_in_both_orders():
    found = dates.festival_days("4月4日是清明节，也是小长假的第一天。冬至（12月21日）当天，社区包饺子。")
    assert [(m, d) for m, d, _ in found] == [(4, 4), (12, 21)]


def test_a_day_printed_with_its_lunar_date_narrows_the_year():
    # 腊月廿七 fell on 26 January in 2025 (the lunar year 2024's last month), in no other
    # candidate year
    facts = dates.festival_days("年货市集1月26日（农历腊月廿七）闭市。")
    assert facts == [(1, 26, "lunar:12-27")]
    assert dates._calendar_fits({"weekdays": [], "festivals": facts}, [2024, 2025, 2026]) == [2025]
