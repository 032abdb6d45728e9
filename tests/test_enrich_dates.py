"""Date mentions: (sentence, issue date) → [(text, value)] tables, written for this project.

One row per form, the way dateparser keeps its cases: add a row when a new form is
taught, and a negative row (expected ``[]``) for every look-alike it must not take.
"""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baoxun.enrich.dates import find_dates

ISSUE = date(2023, 6, 8)
TUE = date(2024, 3, 5)     # a Tuesday: its week runs 2024-03-04 … 2024-03-10


def _check(text: str, issue: date | None, expected: list[tuple[str, str]], **kw) -> None:
    found = find_dates(text, issue=issue, **kw)
    assert [(d["text"], d["value"]) for d in found] == expected
    for d in found:
        s, e = d["span"]
        assert text[s:e] == d["text"]


@pytest.mark.parametrize("text,expected", [
    ("6月7日，全县高考首日平稳有序。", [("6月7日", "2023-06-07")]),
    ("2022年12月30日，新桥通车。", [("2022年12月30日", "2022-12-30")]),
    ("6 月 5日、6日，检查组深入一线。", [("6 月 5日、6日", "2023-06-05/2023-06-06")]),
    ("活动将于6月10日至12日举行。", [("6月10日至12日", "2023-06-10/2023-06-12")]),
    ("展会从5月30日至6月2日举办。", [("5月30日至6月2日", "2023-05-30/2023-06-02")]),
    ("“6·5”世界环境日当天，", [("6·5", "2023-06-05")]),
    ("今年以来，全县新增企业200家。", []),
    ("近年来，村里发展很快。", []),
    ("今年前三季度增速加快。", [("今年前三季度", "2023-01/2023-09")]),
    ("比去年同期增长一成，明年还将扩建。", [("去年", "2022"), ("明年", "2024")]),
    ("该厂始建于80年代。", [("80年代", "1980/1989")]),
    ("工程于2021年底开工，2024年5月底完工。", [("2021年底", "2021"), ("2024年5月底", "2024-05")]),
    ("去年十月，镇里修通了路。", [("去年十月", "2022-10")]),
    ("1至5月，全县接待游客80万人次。", [("1至5月", "2023-01/2023-05")]),
    ("第十个国家宪法日前夕，", [("第十个国家宪法日", "2023-12-04")]),
])
def test_enrich_dates_table(text, expected):
    _check(text, ISSUE, expected)


@pytest.mark.parametrize("text,issue,expected", [
    # days: Chinese numerals, 号, Chinese-numeral and two-digit years
    ("五月九号，村里举办活动。", date(2024, 5, 20), [("五月九号", "2024-05-09")]),
    ("3月5号上午，检查组到村。", TUE, [("3月5号", "2024-03-05")]),
    ("二〇二四年三月五日，大会开幕。", TUE, [("二〇二四年三月五日", "2024-03-05")]),
    ("一九九七年七月一日，香港回归。", TUE, [("一九九七年七月一日", "1997-07-01")]),
    ("九七年七月一日，香港回归。", TUE, [("九七年七月一日", "1997-07-01")]),
    ("97年7月1日那天，他在场。", TUE, [("97年7月1日", "1997-07-01")]),
    ("03年，他参加工作。", TUE, [("03年", "2003")]),
    ("九七年，香港回归。", TUE, [("九七年", "1997")]),
    ("二〇二四年，全县发展提速。", TUE, [("二〇二四年", "2024")]),
    ("12月28日，年终总结会召开。", date(2024, 1, 3), [("12月28日", "2023-12-28")]),
    # a bare day after a quote, in a headline after a space, after 截至; a later day that
    # the words after it look ahead to (11日前后将…, 16日起) is this month's
    ("“这姜汤不要钱吧？”7日晚，记者在街头看到。", date(2024, 1, 9), [("7日", "2024-01-07")]),
    ("四条公交线路 16日起优化调整", date(2026, 3, 12), [("16日", "2026-03-16")]),
    ("物业经理介绍，截至14日，三栋楼已全部供暖。", date(2022, 11, 15), [("14日", "2022-11-14")]),
    ("气温回升；11日前后将出现一次降水过程。", date(2019, 5, 8), [("11日", "2019-05-11")]),
    ("9日上午，全市召开安全生产大会。", date(2024, 3, 5), [("9日", "2024-02-09")]),
    # spans of days, months and years
    ("5月20日—6月3日，展会持续半月。", TUE, [("5月20日—6月3日", "2024-05-20/2024-06-03")]),
    ("从2018年12月九号到十五号，他在外地。", TUE, [("2018年12月九号到十五号", "2018-12-09/2018-12-15")]),
    ("2017年五月至2018年四月，项目分期推进。", TUE, [("2017年五月至2018年四月", "2017-05/2018-04")]),
    ("12月28日至1月3日，景区免票。", date(2024, 1, 10), [("12月28日至1月3日", "2023-12-28/2024-01-03")]),
    ("6月10至12日，比赛在县体育馆举行。", TUE, [("6月10至12日", "2024-06-10/2024-06-12")]),
    ("2020年3月1日至6月30日，开展专项行动。", TUE, [("2020年3月1日至6月30日", "2020-03-01/2020-06-30")]),
    ("3月上旬至4月中旬，集中春播。", TUE, [("3月上旬至4月中旬", "2024-03-01/2024-04-20")]),
    ("2021—2025年，规划实施五年。", TUE, [("2021—2025年", "2021/2025")]),
    ("2017年至2019年，连续三年获奖。", TUE, [("2017年至2019年", "2017/2019")]),
    # months and their parts: 上旬/中旬/下旬 give their ten days, 初/中/底 the month (as most blind gold does)
    ("2024年2月，新规施行。", TUE, [("2024年2月", "2024-02")]),
    ("10月份，全县粮食入库。", date(2024, 11, 2), [("10月份", "2024-10")]),
    ("明年3月建成投用。", TUE, [("明年3月", "2025-03")]),
    ("3月初，气温回升。", TUE, [("3月初", "2024-03")]),
    ("3月上旬，小麦返青。", TUE, [("3月上旬", "2024-03-01/2024-03-10")]),
    ("3月中旬完成播种。", TUE, [("3月中旬", "2024-03-11/2024-03-20")]),
    ("2月下旬，雨水偏多。", TUE, [("2月下旬", "2024-02-21/2024-02-29")]),
    ("项目月底前完工。", TUE, [("月底", "2024-03")]),
    ("月初，社区开展义诊。", TUE, [("月初", "2024-03")]),
    ("年底前全部完工。", TUE, [("年底", "2024")]),
    ("今年年初，村里成立合作社。", TUE, [("今年年初", "2024")]),
    ("去年底，全县实现脱贫。", TUE, [("去年底", "2023")]),
    ("2022年底，产业园投产。", TUE, [("2022年底", "2022")]),
    ("2024年中，新馆开放。", TUE, [("2024年中", "2024")]),
    # quarters, halves, month ranges: spans of months
    ("明年一季度开工。", date(2025, 5, 21), [("明年一季度", "2026-01/2026-03")]),
    ("2024年上半年，外贸回暖。", TUE, [("2024年上半年", "2024-01/2024-06")]),
    ("一季度末，贷款余额增长。", date(2025, 4, 20), [("一季度末", "2025-03")]),
    ("三季度，全县经济稳中有进。", date(2024, 10, 20), [("三季度", "2024-07/2024-09")]),
    ("今年第一季度，开局良好。", TUE, [("今年第一季度", "2024-01/2024-03")]),
    ("第四季度，订单饱满。", date(2024, 1, 15), [("第四季度", "2023-10/2023-12")]),
    ("二、三季度将集中开工。", TUE, [("二、三季度", "2024-04/2024-09")]),
    ("上季度，全市新增就业。", TUE, [("上季度", "2023-10/2023-12")]),
    ("下半年，还将新建两所学校。", TUE, [("下半年", "2024-07/2024-12")]),
    ("1至10月，全县实现税收增长。", date(2025, 11, 12), [("1至10月", "2025-01/2025-10")]),
    ("1—10月，全县实现税收增长。", date(2025, 11, 12), [("1—10月", "2025-01/2025-10")]),
    ("1-10月份，全县实现税收增长。", date(2025, 11, 12), [("1-10月份", "2025-01/2025-10")]),
    # a span of months is listed whole in the year that prefixes it, as 今年前三季度 is
    ("今年1至10月，全县实现税收增长。", date(2025, 11, 12), [("今年1至10月", "2025-01/2025-10")]),
    ("今年前10个月，出口增长。", date(2025, 11, 12), [("今年前10个月", "2025-01/2025-10")]),
    ("去年1—6月，产量下降。", date(2025, 11, 12), [("去年1—6月", "2024-01/2024-06")]),
    # 比上年, as 比去年: the year before, named as the comparison's base
    ("粮食产量比上年增长4.2%。", date(2025, 11, 12), [("上年", "2024")]),
    # a holiday's short name set in quotes is the day; named twice, it is listed once
    ("开展“七一”走访慰问活动。", date(2024, 6, 28), [("七一", "2024-07-01")]),
    ("在“八一”建军节即将到来之际。", date(2024, 7, 30), [("八一", "2024-08-01")]),
    ("“十一五”规划实施以来。", date(2024, 7, 30), []),
    # two holidays named together before the holiday word
    ("国庆中秋假期，景区游客爆满。", date(2025, 10, 9), [("国庆", "2025-10-01"), ("中秋", "2025-10-06")]),
    # a name ending in 明 before 日前 (lately)
    ("区长宋天明日前带队检查。", date(2025, 10, 9), []),
    ("前10个月全县经济稳中向好", date(2024, 11, 20), [("前10个月", "2024-01/2024-10")]),
    # … after a name, when the report's figures follow (not 开工前3个月, a duration)
    ("萝北口岸前10个月货运量同比增长31.2%", date(2022, 11, 15), [("前10个月", "2022-01/2022-10")]),
    ("容桂家电前5月出口增长12.7%", date(2024, 6, 12), [("前5月", "2024-01/2024-05")]),
    ("1月至10月，出口增长。", date(2025, 11, 12), [("1月至10月", "2025-01/2025-10")]),
    ("3、4月份，降雨偏少。", TUE, [("3、4月份", "2024-03/2024-04")]),
    ("去年11、12月，订单猛增。", TUE, [("去年", "2023"), ("11、12月", "2023-11/2023-12")]),
    # decades: spans of years
    ("上世纪90年代，厂里效益很好。", TUE, [("上世纪90年代", "1990/1999")]),
    ("活动从1月7日起至2月28日，持续近两个月。", TUE, [("1月7日起至2月28日", "2024-01-07/2024-02-28")]),
    ("前两个月，全市外贸进出口增长一成。", TUE, [("前两个月", "2024-01/2024-02")]),
    ("上世纪八九十年代，这里还是一片荒滩。", TUE, [("上世纪八九十年代", "1980/1999")]),
    ("七八十年代的老厂房改成了文创园。", TUE, [("七八十年代", "1970/1989")]),
    ("20世纪80年代，村里通了电。", TUE, [("20世纪80年代", "1980/1989")]),
    ("本世纪20年代，城市面貌一新。", TUE, [("本世纪20年代", "2020/2029")]),
    ("八十年代初，他回到家乡。", TUE, [("八十年代初", "1980/1989")]),
    ("1990年代，纺织业兴起。", TUE, [("1990年代", "1990/1999")]),
    # relative days, weeks and months: the issue date ± n; weeks run Monday–Sunday
    ("昨天上午，县委召开常委会。", TUE, [("昨天", "2024-03-04")]),
    # the evening or the morning of a day near the issue's (an evening paper's 昨晚, 今晨)
    ("昨晚8时，抢修人员完成管道更换。", TUE, [("昨晚", "2024-03-04")]),
    ("前晚的比赛中，主队扳平比分。", TUE, [("前晚", "2024-03-03")]),
    ("今晨6时，城区气温降至零下3℃。", TUE, [("今晨", "2024-03-05")]),
    # a festival by its event (元宵灯会) or its quoted name (“三月三”, lunar 3/3)
    ("元宵灯会暨新春书法展在文化广场开幕。", TUE, [("元宵", "2024-02-24")]),
    ("黎族苗族传统节日“三月三”主会场活动开幕。", date(2024, 4, 8), [("三月三", "2024-04-11")]),
    ("昨日，记者从县农业农村局获悉。", TUE, [("昨日", "2024-03-04")]),
    ("前天，村里来了专家。", TUE, [("前天", "2024-03-03")]),
    ("今天，新馆正式开放。", TUE, [("今天", "2024-03-05")]),
    ("今日起，公交线路调整。", TUE, [("今日", "2024-03-05")]),
    ("明天将迎来降雨。", TUE, [("明天", "2024-03-06")]),
    ("明日开始报名。", TUE, [("明日", "2024-03-06")]),
    ("上周，县里召开推进会。", TUE, [("上周", "2024-02-26/2024-03-03")]),
    ("本周将完成验收。", TUE, [("本周", "2024-03-04/2024-03-10")]),
    ("下周，考核组将入驻。", TUE, [("下周", "2024-03-11/2024-03-17")]),
    ("下周三举行开工仪式。", TUE, [("下周三", "2024-03-13")]),
    ("上周末，游客爆满。", TUE, [("上周末", "2024-03-02/2024-03-03")]),
    ("上月，全县新增市场主体。", TUE, [("上月", "2024-02")]),
    ("本月，集中开展整治。", TUE, [("本月", "2024-03")]),
    ("下个月将全面铺开。", TUE, [("下个月", "2024-04")]),
    ("本月9日，大桥合龙。", TUE, [("本月9日", "2024-03-09")]),
    ("上月底，项目完成备案。", TUE, [("上月底", "2024-02")]),
    ("下月中旬开展复查。", TUE, [("下月中旬", "2024-04-11/2024-04-20")]),
    ("后天，考核组进村。", TUE, [("后天", "2024-03-07")]),
    ("大后天举行开幕式。", TUE, [("大后天", "2024-03-08")]),
    ("大前天，他还在工地。", TUE, [("大前天", "2024-03-02")]),
    ("上上周，县里开了动员会。", TUE, [("上上周", "2024-02-19/2024-02-25")]),
    ("下下周完成验收。", TUE, [("下下周", "2024-03-18/2024-03-24")]),
    ("上上个月，合作社成立。", TUE, [("上上个月", "2024-01")]),
    ("后年，高铁将通车。", TUE, [("后年", "2026")]),
    ("大前年，村里修了路。", TUE, [("大前年", "2021")]),
    ("后年6月建成投用。", TUE, [("后年6月", "2026-06")]),
    # numeric forms
    ("合作社于2019.9.6正式成立。", TUE, [("2019.9.6", "2019-09-06")]),
    ("发布日期：2019/04/19", TUE, [("2019/04/19", "2019-04-19")]),
    ("2019-04-19 08:00，系统上线。", TUE, [("2019-04-19", "2019-04-19")]),
    ("他生于1994.01-19。", TUE, [("1994.01-19", "1994-01-19")]),
    ("公示时间：20240307至20240313", TUE, [("20240307至20240313", "2024-03-07/2024-03-13")]),
    ("报名截至09-01。", TUE, [("09-01", "2024-09-01")]),
    ("活动时间为2019.9.6-2019.9.10。", TUE, [("2019.9.6-2019.9.10", "2019-09-06/2019-09-10")]),
    ("“6.18”购物节期间，订单激增。", TUE, [("6.18", "2024-06-18")]),
    # festivals and solar terms: the day in the year in force
    ("春节期间，全县安全平稳。", TUE, [("春节", "2024-02-10")]),
    ("春节前夕，县领导走访慰问。", date(2023, 12, 20), [("春节", "2024-02-10")]),
    ("元旦将至，市场供应充足。", date(2023, 12, 20), [("元旦", "2024-01-01")]),
    ("元宵节当晚，广场灯火通明。", date(2024, 2, 20), [("元宵节", "2024-02-24")]),
    ("清明节前后，祭扫人数增多。", date(2024, 4, 1), [("清明节", "2024-04-04")]),
    ("端午节假期，景区游人如织。", date(2024, 6, 1), [("端午节", "2024-06-10")]),
    ("中秋节来临之际，", date(2024, 9, 10), [("中秋节", "2024-09-17")]),
    ("国庆节期间，全市安全无事故。", date(2024, 9, 20), [("国庆节", "2024-10-01")]),
    ("国庆期间，高速免费通行。", date(2024, 9, 20), [("国庆", "2024-10-01")]),
    ("除夕夜，值班人员坚守岗位。", date(2024, 2, 1), [("除夕", "2024-02-09")]),
    ("七夕当天，婚姻登记处排起长队。", date(2024, 8, 1), [("七夕", "2024-08-10")]),
    ("重阳节到来之际，", date(2024, 10, 1), [("重阳节", "2024-10-11")]),
    ("2023年春节，游客人数创新高。", TUE, [("2023年春节", "2023-01-22")]),
    ("今年中秋，月饼热销。", TUE, [("今年中秋", "2024-09-17")]),
    ("立春时节，农民开始备耕。", date(2024, 2, 3), [("立春", "2024-02-04")]),
    ("冬至吃饺子是北方习俗。", date(2024, 12, 20), [("冬至", "2024-12-21")]),
    ("“大雪”节气前后，注意防寒。", date(2024, 12, 5), [("大雪", "2024-12-06")]),
    ("第七个中国农民丰收节，", date(2024, 9, 23), [("第七个中国农民丰收节", "2024-09-22")]),
    ("第三十五次全国助残日，", date(2025, 5, 21), [("第三十五次全国助残日", "2025-05-18")]),
    ("首个全国生态日，", date(2023, 8, 16), [("首个全国生态日", "2023-08-15")]),
    # a speaker's relative day, week or month is the day they spoke, which the page does not
    # give; the same words in the reporter's own sentence are the issue's
    ("“订单已经排到下个星期了。”王建国说。", date(2025, 1, 15), []),
    ("“今天的菠菜新鲜！”下周起，市场将延长营业时间。", date(2025, 1, 15),
     [("下周", "2025-01-20/2025-01-26")]),
    ("大年三十晚上，全家团圆。", TUE, [("大年三十", "2024-02-09")]),
    ("十一假期，景区接待游客10万人次。", date(2024, 10, 8), [("十一", "2024-10-01")]),
    ("双十一期间，快递量大增。", date(2024, 11, 15), [("双十一", "2024-11-11")]),
    # more periods: parts of a month, this year and the next, five-year plans
    ("8月中下旬，玉米灌浆。", TUE, [("8月中下旬", "2024-08-11/2024-08-31")]),
    ("今明两年，全县将新建学校5所。", TUE, [("今明两年", "2024/2025")]),
    ("今明两天有雨。", TUE, [("今明两天", "2024-03-05/2024-03-06")]),
    ("“十四五”期间，全县GDP年均增长6%。", TUE, [("十四五", "2021/2025")]),
    ("“十五”期间，全县建成公路300公里。", TUE, [("十五", "2001/2005")]),
    ("活动将于9月27日至22日举行。", TUE, [("9月27日", "2024-09-27")]),
    # lunar days
    ("农历八月十五，家家团圆。", TUE, [("农历八月十五", "2024-09-17")]),
    ("正月初一，村里舞龙。", TUE, [("正月初一", "2024-02-10")]),
    ("腊月二十三，家家祭灶。", date(2024, 1, 20), [("腊月二十三", "2024-02-02")]),
    # a bare 初N in a paper of the lunar new year is a day of 正月; after 读 it is a grade
    ("年后订单多，大家初八就开工了。", date(2025, 2, 10), [("初八", "2025-02-05")]),
    ("他家孩子读初二，成绩很好。", date(2025, 2, 10), []),
    ("大家初八就开工了。", date(2025, 6, 10), []),
    # a solar term that opens its clause and has passed, or today's
    ("白露过后，江汉平原稻浪翻滚。", date(2024, 9, 9), [("白露", "2024-09-07")]),
    ("今日寒露，早晚温差加大。", date(2024, 10, 8), [("今日", "2024-10-08"), ("寒露", "2024-10-08")]),
    # a past day said with 的 is a day; the present's and the future's are figures of speech
    ("昨天的集中签约释放出鲜明信号。", TUE, [("昨天", "2024-03-04")]),
    # a report's own day printed alone: the issue's month, or the one before for a later day
    ("记者4日从市交通运输局获悉，新线路开通。", TUE, [("4日", "2024-03-04")]),
    ("9日上午，全市召开安全生产会议。", TUE, [("9日", "2024-02-09")]),
    # … but one or two days after it, the coming days (a 25日 issue's warning)
    ("26日至28日全市有暴雨到大暴雨。", date(2024, 7, 25), [("26日至28日", "2024-07-26/2024-07-28")]),
    # a festival that is also a solar term, dated by the year named before it or by what follows
    ("去双溪，是在今年清明之后。", date(2019, 4, 26), [("今年清明", "2019-04-05")]),
    ("立秋之后，气温逐渐下降。", date(2024, 9, 9), [("立秋", "2024-08-07")]),
    # … but not a term that is a word of the weather too: the year alone is the date
    ("今年雨水偏多，庄稼长势好。", TUE, [("今年", "2024")]),
    ("今年大雪封山比往年早。", TUE, [("今年", "2024")]),
    # a month since which something holds names that month (今年以来 stays vague)
    ("3月以来，降雨偏少。", TUE, [("3月", "2024-03")]),
    ("今年2月份以来，全县新增企业200家。", TUE, [("今年2月份", "2024-02")]),
])
def test_enrich_dates_forms(text, issue, expected):
    _check(text, issue, expected)


@pytest.mark.parametrize("text", [
    "近日，县里召开会议。", "日前，记者获悉。", "今年以来，全县新增企业200家。", "近年来，村里发展很快。",
    "上午8:00开始，下午17:30结束。", "咨询电话：0355-2023456", "拨打12345热线反映问题",
    "系统升级到V2.3.1版本", "同比增长3.5%", "比赛中以3-1获胜", "种植1.5万亩", "他在村里工作了20年。",
    "工期3个月", "打开今日头条", "为了美好的明天", "一场大雪过后，道路结冰。", "一月一次，雷打不动。",
    "三五年内建成", "七八年前，这里还是荒地。", "这周围都是农田", "过去年均增长8%", "日本年轻人",
    "本周期内完成", "五一路改造", "政治清明", "王国庆同志", "一季稻亩产600公斤", "手机号13912345678",
    "编号20240307", "3号楼2单元", "十月怀胎", "上年纪的人", "发明年产值", "在第3-5名之间", "比分03-01",
    "2024年2月30日", "有着1500年的历史", "项目开工前3个月", "考试前3个月开始复习", "岁末年初，市场火热",
    "先天不足，后天努力", "此后年均增长5%", "以后年年如此", "建成后年产值可达5亿元", "投用后年发电量可观",
    "今天的中国日新月异", "回顾昨天的辉煌", "连续7日高温", "每月5日发放工资",
])
def test_enrich_dates_look_alikes_are_not_dates(text):
    _check(text, TUE, [])


@pytest.mark.parametrize("text", ["在3、5月份各检查一次", "3月、4月各检查一次"])
def test_enrich_dates_listed_months_are_no_span(text):
    """Only neighbouring months with one 月 (3、4月份) make a span of months."""
    assert all("/" not in d["value"] for d in find_dates(text, issue=TUE))


def test_enrich_dates_lunar_month_is_its_solar_span():
    found = find_dates("农历正月，村里唱大戏。", issue=date(2024, 2, 20))
    assert len(found) == 1
    start, end = found[0]["value"].split("/")
    # lunar new year 2024 fell on 10 February; 正月 had 29 days
    assert start == "2024-02-10" and end == "2024-03-09"


def test_enrich_dates_bare_day_takes_the_dispatch_month():
    _check("会议5日上午在北京开幕。", date(2025, 3, 6), [("5日", "2025-03-05")], dispatch="新华社北京3月5日电")


def test_enrich_dates_without_anchor_keeps_explicit_years_only():
    _check("2019年3月4日和5月6日", None, [("2019年3月4日", "2019-03-04")])


def test_enrich_dates_relative_days_need_an_issue_date():
    _check("昨天上午，上周，本月9日", None, [])
    assert find_dates("今年春节", year=2024) == [{"text": "今年春节", "value": "2024-02-10", "span": [0, 4]}]


def test_enrich_dates_year_only_anchor():
    found = find_dates("今年1至10月，3月4日", year=2024)
    assert [(d["text"], d["value"]) for d in found] == [
        ("今年1至10月", "2024-01/2024-10"), ("3月4日", "2024-03-04")]


# --- any text: never raises, every span slices to its text ------------------------------

PIECES = st.one_of(
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=4),
    st.text(alphabet="0123456789.-/:·年月日号至到—、季度上中下旬初底末今去明前昨周星期农历正腊第个次首世纪代", max_size=8),
    st.sampled_from(["3月4日", "2024年", "11 月 8日", "2024年2月30日", "12月", "今年", "春节", "大雪", "“6·9”",
                     "二〇二四年", "九七年", "一季度", "1至10月", "80年代", "上周三", "本月9日", "20240307",
                     "09-01", "2019.9.6-10", "农历八月十五", "腊月", "第七个中国农民丰收节", " ", "\n", "，"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, max_size=30).map("".join),
       st.one_of(st.none(), st.dates(min_value=date(1901, 1, 1), max_value=date(2099, 12, 31))))
def test_enrich_dates_never_raise_and_spans_slice(text, issue):
    found = find_dates(text, issue=issue, dispatch="本报北京3月5日电")
    last = -1
    for d in found:
        s, e = d["span"]
        assert 0 <= s < e <= len(text) and text[s:e] == d["text"]
        assert s >= last            # in text order, never overlapping
        last = e
        assert isinstance(d["value"], str) and d["value"]


def test_enrich_dates_ten_day_parts_can_be_read_as_the_month(monkeypatch):
    """TEN_DAY_PARTS_AS_DAYS is the switch should a convention want 中旬 as its month."""
    import baoxun.enrich.dates as dates

    monkeypatch.setattr(dates, "TEN_DAY_PARTS_AS_DAYS", False)
    _check("3月中旬完成播种。", TUE, [("3月中旬", "2024-03")])


def test_a_weather_boxs_day_labels_are_no_dates_but_running_texts_days_are():
    from baoxun import parse_page
    text = ("2024年5月16日 星期四\n\n"
            "城东新建口袋公园开放\n\n"
            "本报讯（记者 岳文）今天，城东新建的三处口袋公园正式向市民开放。\n\n"
            "今日天气\n"
            "今天白天 晴转多云 西南风3级 22℃～31℃\n"
            "明天 多云转阴 18℃～27℃\n")
    page = parse_page(text)
    weather = next(a for a in page.articles if a.kind == "weather")
    news = next(a for a in page.articles if a.kind == "news")
    assert weather.mentions["dates"] == []
    assert [d["value"] for d in news.mentions["dates"]] == ["2024-05-16"]


@pytest.mark.parametrize("text, value", [("前5月，全市完成项目投资120亿元。", "2024-01/2024-05"),
                                         ("今年前4月茶叶销售额同比增长8.7%。", "2024-01/2024-04")])
def test_the_first_months_written_without_ge_are_a_span_from_january(text, value):
    from baoxun.enrich.dates import find_dates
    assert value in [d["value"] for d in find_dates(text, year=2024)], find_dates(text, year=2024)


def test_a_date_printed_with_its_weekday_refutes_a_year_the_story_names():
    # the story names 2006 (when she began), but 12月21日 is a Saturday in 2024, not in 2006
    from baoxun.assemble.dates import infer_year
    text = ("今年48岁的刘秀兰，2006年起在这条线路上开公交车，一开就是18年。\n"
            "●12月21日（周六）9:00—17:00，因线路检修，部分区域停电。\n")
    year, evidence = infer_year(text)
    assert year == 2024, (year, evidence)


@pytest.mark.parametrize("text, expected", [
    ("活动将于16日在县体育馆举行。", [("16日", "2024-03-16")]),
    ("16日：晴间多云 20℃～35℃", [("16日", "2024-03-16")]),
    ("16日至17日，全县举办农民运动会。", [("16日至17日", "2024-02-16/2024-02-17")]),
    ("记者4日从县农业农村局获悉，春耕备耕全面展开。", [("4日", "2024-03-04")]),
])
def test_a_bare_day_in_report_prose_is_the_issues_month_or_the_one_before(text, expected):
    from baoxun.enrich.dates import find_dates
    got = [(d["text"], d["value"]) for d in find_dates(text, issue=date(2024, 3, 5))]
    assert got == expected, got


def test_around_new_year_agrees_with_the_lunar_calendar_day_by_day():
    # the year's bounds (腊月二十 .. last day of 正月) against lunar-python's own reading
    from datetime import date, timedelta

    from lunar_python import Solar

    from baoxun.enrich.dates import _around_new_year
    day, seen = date(2018, 12, 1), 0
    while day < date(2027, 4, 1):
        lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
        expected = lunar.getMonth() == 1 or lunar.getMonth() == 12 and lunar.getDay() >= 20
        assert _around_new_year(day) == expected, day
        seen += expected
        day += timedelta(days=2)
    assert seen > 100
