"""Layout stage: lines, masthead, reflow (tables of input → expected, own sentences)."""
from __future__ import annotations

import pytest

from baoxun.layout import patterns as P
from baoxun.layout.lines import display_width, split_lines
from baoxun.layout.masthead import read_masthead
from baoxun.layout.reflow import reflow


def _blocks(text: str):
    blocks, layout = reflow(split_lines(text))
    return [(b.kind, b.text) for b in blocks], layout


def test_layout_lines_keep_offsets_and_heading_marks():
    text = "\n\n## 春耕备耕正当时\n\n本报讯 记者王明报道：村里很忙。\n"
    lines = split_lines(text)
    assert [l.text for l in lines] == ["春耕备耕正当时", "本报讯 记者王明报道：村里很忙。"]
    for line in lines:
        assert text[line.start:line.start + len(line.text)] == line.text
    assert lines[0].heading == 2 and lines[1].heading == 0
    assert lines[1].blank_before == 1


@pytest.mark.parametrize("text,width", [("春耕", 4), ("2024年", 6), ("“好”", 6), ("ab", 2)])
def test_layout_display_width_counts_han_as_two(text, width):
    assert display_width(text) == width


@pytest.mark.parametrize("line,ends", [
    ("村民们纷纷点赞。", True),
    ("“真是太方便了！”", True),
    ("为公司发展奠定了基础。(张三)", True),
    ("农民在田里劳作。李四 摄", True),
    ("活动现场，志愿", False),
    ("区农业农村局：", False),
    ("探索出了“企业+", False),
])
def test_layout_ends_sentence(line, ends):
    assert P.ends_sentence(line) is ends


@pytest.mark.parametrize("line,dispatch", [
    ("本报讯 记者王明报道：", True),
    ("本报讯（记者 王明 李华）3月2日，", True),
    ("本报北京10月9日电（记者张强）", True),
    ("新华社北京3月5日电（记者 赵一 钱二）", True),
    ("本报绍兴5月8日讯 近日，", True),
    ("本报记者近日从县里获悉", False),
])
def test_layout_dispatch_pattern(line, dispatch):
    assert P.is_dispatch(line) is dispatch


def test_layout_wide_column_cut_is_joined():
    text = ("稻田里一片金黄\n\n本报讯 记者王明报道：今年全县水稻喜获丰收，种植大户纷纷\n\n"
            "开镰收割，田间地头一派繁忙景象。\n\n据了解，全县水稻种植面积稳中有增。\n")
    blocks, layout = _blocks(text)
    assert not layout.narrow
    kinds = [k for k, _ in blocks]
    assert kinds == ["head", "dispatch", "text"]
    assert blocks[1][1].endswith("纷纷开镰收割，田间地头一派繁忙景象。")


def test_layout_caption_inside_a_sentence_is_lifted():
    text = ("本报讯 记者王明报道：志愿者们为老人理发，还帮助他们打扫卫生、整理\n\n\n\n"
            "志愿者为老人理发。县文明办提供\n\n房间，受到群众好评。\n")
    blocks, _ = reflow(split_lines(text))
    body = [b for b in blocks if b.kind == "dispatch"][0]
    assert body.text.endswith("整理房间，受到群众好评。")
    assert body.captions == [("志愿者为老人理发。", "县文明办提供")]


def test_layout_narrow_indent_starts_paragraphs():
    # a 14-character column: paragraph openings are indented by two characters
    lines = ["本报讯 记者王明报道：近日，我县", "", "召开全县秋粮收购工作推进会，部",
             "", "署秋粮收购各项工作任务要求。", "", "会议要求，各乡镇要压实",
             "", "责任，确保农民售粮方便快捷，", "", "切实保护种粮农民利益不受损。",
             "", "会议还通报了前期工作开展", "", "情况和下一步工作的安排部署。",
             "", "秋粮收购推进会召开", ""]
    text = "\n".join(lines * 2)
    blocks, layout = _blocks(text)
    assert layout.narrow
    texts = [t for k, t in blocks if k in ("text", "dispatch")]
    assert "会议要求，各乡镇要压实责任，确保农民售粮方便快捷，切实保护种粮农民利益不受损。" in texts


def test_layout_masthead_is_read_off():
    text = "清溪日报\n\n2022年6月8日 星期三\n\n第3版 要闻\n\n稻田里一片金黄\n\n本报讯 记者王明报道：丰收了。\n"
    head, rest = read_masthead(split_lines(text))
    assert head.paper == "清溪日报"
    assert head.date_line == "2022年6月8日 星期三"
    assert head.page_label == "第3版 要闻"
    assert [l.text for l in rest][0] == "稻田里一片金黄"


@pytest.mark.parametrize("title", ["2016年我市财政收入迈上新台阶", "“在这里投资，我们很放心”"])
def test_a_title_as_wide_as_the_column_after_a_finished_sentence_does_not_continue_it(title):
    """A narrow page set by characters: a title that fills the column as a prose line would,
    printed after a finished sentence and over its ——deck, does not continue the paragraph
    above — no paragraph ends on a line with no sentence in it."""
    from baoxun.layout.reflow import Block, Layout, _joins

    lines = split_lines("年全市财政收支保持平稳运行，为今\n年实现更高质量发展打下了坚实基础。\n"
                        f"{title}\n——一般公共预算收入达2103.\n")
    for line in lines:
        line.__dict__["width"] = 2 * len(line.text)     # set by characters
    layout = Layout(True, 34, False, False, by_characters=True)
    assert not _joins(Block("text", lines[:2]), lines[2], lines[3], layout)
    # the same line under a prose line that runs on does continue it
    assert _joins(Block("text", lines[:1]), lines[1], lines[2], layout)


@pytest.mark.parametrize("text, title", [
    ("归根结底一句话：办法总比困难多，大家说是不是？", False),   # a sentence with a colon, not a kicker
    ("青禾镇：苹果红了，更要“品牌”亮了", True),        # a body's kicker inline
    ("区政协：专题协商，助推产业发展", True),
    ("柯南溪：故事讲完了，生活还在继续", True),        # a person quoted by name
    ("保供稳价，社区团购开进小区", True),
])
def test_a_comma_title_with_a_colon_names_a_body_place_or_person_before_it(text, title):
    from baoxun.layout.reflow import _comma_title_text

    assert _comma_title_text(text) is title


@pytest.mark.parametrize("line, byline", [
    ("□ 谭 晓 阳", True),              # a three-character name spaced out
    ("□ 本报记者 林 蔚然", True),
    ("□ 本报记者 邓 菲 夏 雨", True),   # two padded names
    ("本报记者 王 刚 摄", False),       # a picture's credit, its 摄 no part of a name
])
def test_layout_padded_names_in_bylines(line, byline):
    assert bool(P.BYLINE_LINE.match(line) or P.BYLINE_PLAIN.match(line)) is byline


@pytest.mark.parametrize("line", [
    "山城网 | 山城日报官方网站　　　　登录 | 注册 | 手机版",
    "未经授权禁止转载、摘编、复制或建立镜像",
    "网友评论（3）　　我要评论",
    "阅读次数：1207",
])
def test_layout_a_website_s_furniture_lines_print_nothing(line):
    text = "\n".join([line, "", "城区新增公共充电桩六百个",
                      "本报讯（记者 沈岚）今年以来，城区新建公共充电桩六百个，覆盖全部街道。", ""])
    _, lines = read_masthead(split_lines(text))
    assert all(line.split()[0] not in x.text for x in lines), [x.text for x in lines]
