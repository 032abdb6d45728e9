"""Date mentions: (sentence, issue date) → (text, value) tables, written for this project."""
from __future__ import annotations

from datetime import date

import pytest

from baoxun.enrich.dates import find_dates

ISSUE = date(2023, 6, 8)


@pytest.mark.parametrize("text,expected", [
    ("6月7日，全县高考首日平稳有序。", [("6月7日", "2023-06-07")]),
    ("2022年12月30日，新桥通车。", [("2022年12月30日", "2022-12-30")]),
    ("6 月 5日、6日，检查组深入一线。", [("6 月 5日、6日", "2023-06-05/2023-06-06")]),
    ("活动将于6月10日至12日举行。", [("6月10日至12日", "2023-06-10/2023-06-12")]),
    ("展会从5月30日至6月2日举办。", [("5月30日至6月2日", "2023-05-30/2023-06-02")]),
    ("“6·5”世界环境日当天，", [("6·5", "2023-06-05")]),
    ("今年以来，全县新增企业200家。", []),
    ("近年来，村里发展很快。", []),
    ("今年前三季度增速加快。", [("今年", "2023")]),
    ("比去年同期增长一成，明年还将扩建。", [("去年", "2022"), ("明年", "2024")]),
    ("该厂始建于80年代。", []),
    ("工程于2021年底开工，2024年5月底完工。", [("2021年底", "2021"), ("2024年5月底", "2024-05")]),
    ("去年十月，镇里修通了路。", [("去年十月", "2022-10")]),
    ("1至5月，全县接待游客80万人次。", [("1至5月", "2023-01/2023-05")]),
    ("第十个国家宪法日前夕，", [("第十个国家宪法日", "2023-12-04")]),
])
def test_enrich_dates_table(text, expected):
    found = find_dates(text, issue=ISSUE)
    assert [(d["text"], d["value"]) for d in found] == expected
    for d in found:
        s, e = d["span"]
        assert text[s:e] == d["text"]


def test_enrich_dates_lunar_month_is_its_solar_span():
    found = find_dates("农历正月，村里唱大戏。", issue=date(2024, 2, 20))
    assert len(found) == 1
    start, end = found[0]["value"].split("/")
    # lunar new year 2024 fell on 10 February; 正月 had 29 days
    assert start == "2024-02-10" and end == "2024-03-09"


def test_enrich_dates_december_in_a_january_issue_is_last_year():
    found = find_dates("12月28日，年终总结会召开。", issue=date(2024, 1, 3))
    assert found[0]["value"] == "2023-12-28"


def test_enrich_dates_bare_day_takes_the_dispatch_month():
    found = find_dates("会议5日上午在北京开幕。", issue=date(2025, 3, 6), dispatch="新华社北京3月5日电")
    assert [(d["text"], d["value"]) for d in found] == [("5日", "2025-03-05")]


def test_enrich_dates_without_anchor_keeps_explicit_years_only():
    found = find_dates("2019年3月4日和5月6日", issue=None)
    assert [(d["text"], d["value"]) for d in found] == [("2019年3月4日", "2019-03-04")]
