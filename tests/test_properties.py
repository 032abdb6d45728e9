"""Property tests: parse_page never raises, its record always fits the schema, and the
text of a generated page comes out whole (no sentence lost, none doubled)."""
from __future__ import annotations

import functools
import json
import random
import re
from dataclasses import dataclass, field
from importlib import resources

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baoxun import lexicon, parse_page

SETTINGS = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _validator() -> jsonschema.Draft202012Validator:
    text = resources.files("baoxun").joinpath("data/page.schema.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


VALIDATOR = _validator()


def _check_record(record: dict) -> None:
    errors = sorted(VALIDATOR.iter_errors(record), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    dumped = json.dumps(record, ensure_ascii=False)
    assert json.loads(dumped) == record


# --- any text -------------------------------------------------------------------------

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PIECES = st.one_of(
    st.text(CJK, min_size=1, max_size=8),
    st.sampled_from(list("。，、：“”（）#") + [" ", "　", "\n", "\n\n", "##", "# ", "——",
                                               "本报讯", "记者", "通讯员", "摄", "（上接第一版）",
                                               "（下转第3版）", "报道：", "今日天气", "提供"]),
    st.integers(min_value=0, max_value=3000).map(str),
    st.sampled_from(["3月4日", "2024年", "11 月 8日", "2024年2月30日", "12月", "我市", "我县"]),
)
NEWSPAPERISH = st.lists(PIECES, max_size=60).map("".join)


def _parse_and_check(text: str) -> None:
    page = parse_page(text, source="page.txt")
    record = page.to_dict()
    _check_record(record)
    assert record["source"] == "page.txt"


@SETTINGS
@given(st.text())
def test_properties_any_text_parses_to_a_valid_record(text):
    _parse_and_check(text)


@SETTINGS
@given(NEWSPAPERISH)
def test_properties_newspaperish_text_parses_to_a_valid_record(text):
    _parse_and_check(text)


@SETTINGS
@given(NEWSPAPERISH, st.dates().map(lambda d: d.isoformat()),
       st.text(CJK, min_size=2, max_size=4), st.text(CJK, min_size=2, max_size=6))
def test_properties_given_values_win_and_stay_valid(text, day, place, paper):
    page = parse_page(text, source="p.txt", date=day, place=place, paper=paper)
    record = page.to_dict()
    _check_record(record)
    assert record["issue"]["date"] == day
    assert record["issue"]["date_source"] == "given"
    assert record["paper"] == {"name": paper, "place": place}


@pytest.mark.parametrize("text", [
    "一\n一",
    "春耕备耕正当时\n\n春耕备耕正当时",
    "# 春耕备耕正当时\n\n# 春耕备耕正当时\n\n本报讯 记者王明报道：村里很忙。\n\n# 结尾一行标题\n\n# 结尾一行标题",
], ids=["one-hanzi", "headline-only-page", "page-foot-fragment"])
def test_properties_headline_run_without_body_is_deduped(text):
    for art in parse_page(text).to_dict()["articles"]:
        assert len(art["headlines"]) == len(set(art["headlines"])), art["headlines"]


# --- generated pages ------------------------------------------------------------------

#: Every sentence starts with a unique three-character token written in the ten
#: heavenly stems, and every headline line with a unique two-character token written in
#: ten of the earthly branches; neither set occurs anywhere else on a generated page, so
#: a sentence or headline can only be found where it was put.
STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "丑寅卯辰巳未申酉戌亥"
#: Filler: ordinary hanzi that mean nothing special to the parser (no 日/月/年/市/县/区/摄/
#: 讯/记/报/电/版/图/供/天/气, no one-character unit suffix such as 校/厂 that makes a line a
#: unit name, no surname or given name used for reporters, no token).
FILLER = ("春风山水花草林木云雨田园桥路湖河青绿红蓝白光星艺术音乐书画茶香果实稻麦瓜豆鱼虾"
          "鸟兽街巷舍楼台亭阁学教师生老人孩朋友家庭邻居车间机器技产品场企业服务群众活"
          "幸福美好快乐温暖安全健康发展建设推进提升加快完善创新改革开放合作交流共同努力奋斗")
#: A fixed jumble of the filler that sentence and headline bodies are cut from (drawing
#: one slice is far faster than drawing every character).
CORPUS = "".join(random.Random(20240305).choices(FILLER, k=800))
SURNAMES = "王李张刘陈杨赵吴孙郭"
GIVEN = "立伟芳娜敏静丽强磊军洋勇艳杰娟涛"

assert not set(STEMS) & set(BRANCHES)
assert not (set(STEMS) | set(BRANCHES)) & set(FILLER)
assert not (set(SURNAMES) | set(GIVEN)) & (set(FILLER) | set(STEMS) | set(BRANCHES))
assert not set(FILLER) & set(lexicon.words("unit_suffixes"))


def _token(i: int, digits: str, width: int) -> str:
    return "".join(digits[int(d)] for d in f"{i:0{width}d}")


@functools.cache
def _ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.integers(lo, hi)


@dataclass
class Generated:
    text: str
    sentences: list[str]
    headlines: list[str]
    repeated_headlines: list[str]
    cut_sentences: list[str]
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)


BYLINES = (
    "本报讯 记者{r}报道：",
    "本报讯（记者 {r}）",
    "本报讯 (记者{r} 通讯员{c}) ",
    "本报讯 通讯员{c}报道：",
)
NAMES = st.sampled_from([s + g for s in SURNAMES
                         for g in [*GIVEN, *(a + b for a in GIVEN for b in GIVEN)]])
BOOLS = st.booleans()
MASTHEADS = ("柯桥日报\n\n2023年5月9日 星期二", "长治日报\n\n2024年3月5日 星期二",
             "绍兴日报\n\n2024年8月13日 星期二")


@st.composite
def generated_pages(draw) -> Generated:
    """A wide page of one to three news items: perhaps a masthead; headline lines
    (kicker, title, ``——``subtitle, the title sometimes printed again, optionally with
    e-paper ``#`` marks); a ``本报讯`` lede in one of the common byline forms;
    paragraphs of unique sentences separated by blank lines; and now and then a
    paragraph cut by a column break inside a sentence."""
    n_sentences = iter(range(1000))
    n_heads = iter(range(100))

    def piece(lo: int, hi: int) -> str:
        # one draw for both length and place: draws are what generation costs
        size, at = divmod(draw(_ints(0, (hi - lo + 1) * len(CORPUS) - 1)), len(CORPUS))
        return (CORPUS + CORPUS)[at:at + lo + size]

    def sentence() -> str:
        # 16 to 34 characters: with the lede's three sentences, every item has a line
        # of over 40 characters and the page reads as wide
        return _token(next(n_sentences), STEMS, 3) + piece(12, 30) + "。"

    def headline() -> str:
        # at least 8 characters: a line of six or fewer over a title is a column label
        text = _token(next(n_heads), BRANCHES, 2) + piece(6, 14)
        if draw(BOOLS):  # a couplet: two phrases set apart by a space
            text += " " + piece(4, 10)
        return text

    def name() -> str:
        return draw(NAMES)

    heading_mark = draw(st.sampled_from(["", "# "]))
    out: list[str] = []
    if draw(_ints(0, 2)) == 0:
        out.append(draw(st.sampled_from(MASTHEADS)))
    gen = Generated("", [], [], [], [])
    for _ in range(draw(_ints(1, 3))):
        kicker = headline() if draw(BOOLS) else None
        title = headline()
        subtitle = "——" + headline() if draw(_ints(0, 2)) == 0 else None
        heads = [h for h in (kicker, title, subtitle) if h]
        gen.headlines.extend(heads)
        block = [heading_mark + h for h in heads]
        again = draw(_ints(0, 3))  # the title printed again, as e-papers do:
        if again == 1:  # right under itself
            block.insert(block.index(heading_mark + title) + 1, heading_mark + title)
        elif again == 2:  # at the foot of the stack
            block.append(heading_mark + title)
        if again in (1, 2):
            gen.repeated_headlines.append(title)
        out.extend(block)
        form = draw(st.sampled_from(BYLINES))
        reporter, correspondent = name(), name()
        if "{r}" in form:
            gen.reporters.append(reporter)
        if "{c}" in form:
            gen.correspondents.append(correspondent)
        byline = form.format(r=reporter, c=correspondent)
        n_paras = draw(_ints(1, 4))
        cut_at = draw(_ints(-1, n_paras - 1))  # -1: no column cut in this item
        for p in range(n_paras):
            # the lede has three or more sentences, so its line is long even when cut
            para = [sentence() for _ in range(draw(_ints(3 if p == 0 else 2, 4)))]
            gen.sentences.extend(para)
            text = "".join(para)
            if p == cut_at:
                # a column cut inside the paragraph's last sentence, after its token
                offset = len(text) - len(para[-1]) + draw(_ints(4, len(para[-1]) - 2))
                sep = draw(st.sampled_from(["\n", "\n\n", "\n\n\n"]))
                text = text[:offset] + sep + text[offset:]
                gen.cut_sentences.append(para[-1])
            if p == 0:
                text = byline + text
            out.append(text)
    gen.text = "\n\n".join(out) + "\n"
    return gen


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _all_text(record: dict) -> str:
    parts: list[str] = []
    for art in record["articles"]:
        parts.extend(art["headlines"])
        parts.extend(art["paragraphs"])
        parts.extend(c["text"] for c in art["captions"])
    return _squash("".join(parts))


@SETTINGS
@given(generated_pages())
def test_properties_generated_page_keeps_every_sentence_once(page):
    record = parse_page(page.text, source="gen.txt").to_dict()
    _check_record(record)
    found = _all_text(record)
    lost = [s for s in page.sentences if found.count(s) == 0]
    doubled = [s for s in page.sentences if found.count(s) > 1]
    assert not lost, f"sentences lost: {lost}"
    assert not doubled, f"sentences doubled: {doubled}"


@SETTINGS
@given(generated_pages())
def test_properties_generated_page_body_sentences_stay_in_paragraphs(page):
    record = parse_page(page.text, source="gen.txt").to_dict()
    body = _squash("|".join(p for art in record["articles"] for p in art["paragraphs"]))
    for s in page.sentences:
        assert body.count(s) == 1, f"body sentence not exactly once in one paragraph: {s}"


@SETTINGS
@given(generated_pages())
def test_properties_headline_printed_twice_is_kept_once(page):
    record = parse_page(page.text, source="gen.txt").to_dict()
    heads = _squash("|".join(h for art in record["articles"] for h in art["headlines"]))
    for title in page.repeated_headlines:
        n = heads.count(_squash(title))
        assert n == 1, f"{title!r} is {n} times in the output headlines"


@SETTINGS
@given(generated_pages())
def test_properties_headline_lines_stay_headlines(page):
    """Every headline line comes out in some item's headlines (a kicker and title may be
    read as one wrapped title, so lines are looked for inside headlines), never in a
    paragraph or caption."""
    record = parse_page(page.text, source="gen.txt").to_dict()
    arts = record["articles"]
    heads = _squash("|".join(h for art in arts for h in art["headlines"]))
    rest = _squash("|".join([p for art in arts for p in art["paragraphs"]]
                            + [c["text"] for art in arts for c in art["captions"]]))
    for line in page.headlines:
        assert heads.count(_squash(line)) == 1, f"headline {line!r} not once among the headlines"
        assert _squash(line) not in rest, f"headline {line!r} went into the body"


@SETTINGS
@given(generated_pages())
def test_properties_byline_names_are_credited(page):
    record = parse_page(page.text, source="gen.txt").to_dict()
    reporters = [n for art in record["articles"] for n in art["reporters"]]
    correspondents = [n for art in record["articles"] for n in art["correspondents"]]
    for name in page.reporters:
        assert name in reporters, f"记者 {name} not among {reporters}"
    for name in page.correspondents:
        assert name in correspondents, f"通讯员 {name} not among {correspondents}"
    for art in record["articles"]:
        if art["kind"] == "news" and art["paragraphs"]:
            assert art["dispatch"] == "本报讯"
            assert not art["paragraphs"][0].startswith("本报讯")
