"""Bylines in their printed forms → dispatch, credits and the lede (own sentences)."""
from __future__ import annotations

import pytest

from baoxun.assemble.byline import Credits, cut_trailing_author, parse_credits, read_dispatch, read_photo_credit

LEDE = "3月12日，全县春耕生产全面铺开。"


@pytest.mark.parametrize("line,dispatch,reporters,correspondents", [
    (f"本报讯 记者王宁报道：{LEDE}", "本报讯", ["王宁"], []),
    (f"本报讯（记者 王宁 陈曦）{LEDE}", "本报讯", ["王宁", "陈曦"], []),
    (f"本报讯 (记者王宁 通讯员李响){LEDE}", "本报讯", ["王宁"], ["李响"]),
    (f"本报讯 通讯员李响报道:{LEDE}", "本报讯", [], ["李响"]),
    (f"本报讯（通讯员 李响 记者 王宁）{LEDE}", "本报讯", ["王宁"], ["李响"]),
    (f"本报讯 记者 王宁 通讯员 李响 {LEDE}", "本报讯", ["王宁"], ["李响"]),
    (f"本报北京10月9日电（记者周岚）{LEDE}", "本报北京10月9日电", ["周岚"], []),
    (f"新华社北京3月5日电（记者 赵一 钱二）{LEDE}", "新华社北京3月5日电", ["赵一", "钱二"], []),
    (f"本报临泉6月8日讯 {LEDE}", "本报临泉6月8日讯", [], []),
    (f"本报记者 王宁 通讯员 李响报道：{LEDE}", None, ["王宁"], ["李响"]),
    (f"本报齐河讯（记者 孙 鹏 通讯员 贾立华）{LEDE}", "本报齐河讯", ["孙鹏"], ["贾立华"]),   # at a place, undated
    (f"本报讯 记者 邱 晨{LEDE}", "本报讯", ["邱晨"], []),     # the line's end parted names and date
])
def test_byline_dispatch_forms(line, dispatch, reporters, correspondents):
    credits = Credits()
    got, lede = read_dispatch(line, credits)
    assert got == dispatch
    assert credits.reporters == reporters and credits.correspondents == correspondents
    assert lede == LEDE


@pytest.mark.parametrize("paragraph,rest,authors,reporters", [
    ("为发展打下基础。(周宁)", "为发展打下基础。", ["周宁"], []),
    ("为发展打下基础。（王元 赵冰）", "为发展打下基础。", ["王元", "赵冰"], []),
    ("为发展打下基础。（记者 陈曦）", "为发展打下基础。", [], ["陈曦"]),
    ("会议听取了汇报（书面）", "会议听取了汇报（书面）", [], []),
])
def test_byline_trailing_credit(paragraph, rest, authors, reporters):
    credits = Credits()
    assert cut_trailing_author(paragraph, credits) == rest
    assert credits.authors == authors and credits.reporters == reporters


@pytest.mark.parametrize("credit,names", [
    ("李响 摄", ["李响"]), ("本报记者 王宁 摄", ["王宁"]), ("图/孟凡", ["孟凡"]),
    ("通讯员 张海 摄影", ["张海"]),
])
def test_byline_photo_credit(credit, names):
    assert read_photo_credit(credit) == names


def test_a_sentence_opening_with_the_reporter_is_no_byline():
    from baoxun.layout.reflow import anchor_kind
    from baoxun.layout.lines import split_lines
    (line,) = split_lines("记者了解到，近两年海\n")   # a narrow column cut the sentence there
    assert anchor_kind(line) != "byline"
    (line,) = split_lines("本报记者 那顺 通讯员 王若弦\n")
    assert anchor_kind(line) == "byline"


@pytest.mark.parametrize("text, names", [
    ("黎 明 轩", ["黎明轩"]),            # a three-character name spaced out
    ("李 天 平 摄", ["李天平"]),
    ("何 韵 摄", ["何韵"]),              # 摄 is the credit's verb, never a name's third character
    ("邓 琳 王 五", ["邓琳", "王五"]),     # two padded two-character names
    ("邓 琳、王 五", ["邓琳", "王五"]),
])
def test_spaced_out_names_are_joined(text, names):
    from baoxun.assemble.byline import split_names
    assert split_names(text) == names


@pytest.mark.parametrize("text, names", [
    ("记者 苏 明远 通讯员 韦 红", ["苏明远", "韦红"]),
    ("杜 若兰", ["杜若兰"]),
])
def test_a_surname_set_apart_from_its_given_name_is_one_name(text, names):
    # a lone character is no name: a surname padded off its two-character given name joins it
    credits = Credits()
    parse_credits(text, credits)
    got = credits.reporters + credits.correspondents + credits.authors
    assert got == names


def test_a_words_and_pictures_credit_names_the_writer_as_photographer_too():
    credits = Credits()
    parse_credits("文/图 庞　宇", credits)
    assert (credits.authors, credits.photographers) == (["庞宇"], ["庞宇"])


@pytest.mark.parametrize("byline, reporters", [
    ("晚报讯（晚报记者 何俊熙 通讯员 松宣）", ["何俊熙"]),   # an evening paper's own staff
    ("本刊讯（本刊记者 王 立）", ["王立"]),                  # a magazine's or a 侨刊's
])
def test_a_paper_s_own_role_before_its_reporter_names_no_one(byline, reporters):
    from baoxun import parse_page
    page = parse_page(f"城东新建三座口袋公园\n\n{byline}近日，城东三座口袋公园建成开放。\n", mentions=False)
    art = page.articles[0]
    assert art.reporters == reporters and not art.authors, (art.reporters, art.authors)


@pytest.mark.parametrize("credit", ["安志刚/摄", "安志刚／摄", "安志刚 摄"])
def test_a_photographer_credited_with_a_slash_before_摄_is_credited(credit):
    from baoxun.layout import patterns as P
    assert P.is_credit_line(credit)
    text = "\n".join(["城江晨报　2025年9月30日　星期二　第7版　视觉", "",
                      "草原牛羊肥壮", "",
                      "9月26日，城南镇的牧民正将育肥出栏的牦牛赶往交易市场。今年前8个月，全县牛羊出栏量同比增长6.3%。",
                      credit, ""])
    from baoxun.pipeline import parse_page
    arts = [a for a in parse_page(text, mentions=False).articles if a.paragraphs]
    assert arts and arts[0].photographers == ["安志刚"], [(a.kind, a.photographers, a.captions) for a in arts]


@pytest.mark.parametrize("line,reporter,correspondent", [
    ("□ 本报记者 阿拉腾其木格 通讯员 孙海龙", "阿拉腾其木格", "孙海龙"),   # a Mongolian name of six, then the next credit
    ("□ 本报记者 敖登格日乐 本报通讯员 李 娜", "敖登格日乐", "李娜"),
])
def test_a_long_name_before_the_next_role_keeps_its_role(line, reporter, correspondent):
    from baoxun.assemble.byline import read_byline_line
    c = Credits()
    read_byline_line(line, c)
    assert c.reporters == [reporter] and c.correspondents == [correspondent] and not c.authors, \
        (c.reporters, c.correspondents, c.authors)


@pytest.mark.parametrize("line, names", [("记者 贺 川 报道", ["贺川"]), ("本报记者 王 芳 李 强 报道", ["王芳", "李强"]),
                                         ("记者林川报道", ["林川"])])
def test_the_verb_closing_a_byline_line_is_no_reporter(line, names):
    from baoxun.assemble.byline import Credits, read_byline_line
    c = Credits()
    read_byline_line(line, c)
    assert c.reporters == names


@pytest.mark.parametrize("line", ["□ 记者 王芳 综合报道", "记者 王芳 跟踪报道"])
def test_a_kind_of_report_closing_a_byline_is_no_reporter(line):
    from baoxun.assemble.byline import Credits, read_byline_line
    c = Credits()
    read_byline_line(line, c)
    assert c.reporters == ["王芳"]
