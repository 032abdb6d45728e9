"""baoxun.synth: generated pages and their gold (check_gold.py, coverage, determinism)."""
from __future__ import annotations

import json
import re
import types
from pathlib import Path

import pytest

from baoxun.synth import STYLES, Corpus, RecordError, check_page, iter_pages, load_records, make_page
from baoxun.layout.patterns import WEATHER_HEAD
from baoxun.synth.plan import caption_credit
from baoxun.synth.records import Record, squeeze

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "synth" / "records.jsonl"
PER_STYLE = 5


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """The hand-written fixture records and the example pages' records."""
    return Corpus(load_records([str(FIXTURE), "examples"], root=ROOT))


def pages_of(corpus: Corpus, style: str, n: int = PER_STYLE, seed: int = 5):
    """``n`` pages of one style (page i of a one-style list is that style)."""
    return list(iter_pages(corpus, n, seed, [style]))


def residue(page) -> tuple[str, list[str]]:
    """What is left of the page once every gold text and every known printed extra is
    taken out (whitespace and # markers ignored), and the gold texts not found."""
    s = squeeze(page.text)
    missing: list[str] = []

    def cut(t: str, every: bool = False) -> bool:
        nonlocal s
        t = squeeze(t)
        if not t:
            return True
        if t not in s:
            return False
        s = s.replace(t, "", -1 if every else 1)
        return True

    lines = page.text.split("\n")
    for i in page.noise:
        cut(lines[i])
    for a in page.gold["articles"]:
        for c in a["captions"]:
            if not cut(c["text"]):
                missing.append("caption: " + c["text"])
    for credit in page.caption_credits:
        cut(credit)
    paras = sorted((p for a in page.gold["articles"] for p in a["paragraphs"]), key=len, reverse=True)
    heads = {h for a in page.gold["articles"] for h in a["headlines"]}
    heads |= {a["section"] for a in page.gold["articles"] if a["section"]}
    # paragraphs first, then bylines and jump lines, then headlines (printed up to three
    # times), then paragraphs that a headline also holds (a signature line, a subhead)
    inside = [p for p in paras if any(squeeze(p) in squeeze(h) for h in heads)]
    for p in [p for p in paras if p not in inside]:
        if not cut(p):
            missing.append("paragraph: " + p[:30])
    for x in sorted(page.extras, key=len, reverse=True):
        cut(x)
    for h in sorted(heads, key=len, reverse=True):
        if not cut(h, every=True):
            missing.append("headline: " + h)
    for p in inside:
        cut(p)
    return s.replace("#", ""), missing


@pytest.mark.parametrize("style", list(STYLES))
def test_synth_gold_passes_check_gold_on_every_style(style, corpus, shared):
    for page in pages_of(corpus, style):
        assert check_page(page, shared) == [], page.name


@pytest.mark.parametrize("style", list(STYLES))
def test_synth_no_gold_text_is_lost_or_invented(style, corpus):
    """Every gold paragraph, caption and headline is on the page, and nothing is on
    the page that the gold (or a byline, jump line or running line) does not hold."""
    for page in pages_of(corpus, style, n=8):
        rest, missing = residue(page)
        assert missing == [], page.name
        assert rest == "", f"{page.name}: printed but in no gold text: {rest[:80]!r}"


def test_synth_whole_items_keep_every_paragraph_and_subhead(corpus):
    by_id = {r.id: r for r in corpus.records}
    seen = 0
    for page in iter_pages(corpus, 44, seed=2):
        for item in page.gold["articles"]:
            rec = by_id.get(item.get("record"))
            if rec is None or item["kind"] == "fragment" or item["continued_from"] or item["continues_to"]:
                continue
            body = list(rec.paragraphs)
            for sh in sorted(rec.subheads, key=lambda s: s["before"], reverse=True):
                body.insert(sh["before"], sh["text"])
            if item["kind"] == "weather":
                # a weather box's panels (明日天气, 生活指数) are its headings, as in ../shared/gold
                panels = [t for t in body if WEATHER_HEAD.match(t)]
                assert all(t in item["headlines"] for t in panels), (page.name, rec.id)
                body = [t for t in body if t not in panels]
            assert item["paragraphs"] == body, (page.name, rec.id)
            assert [c["text"] for c in item["captions"]] == [c["text"] for c in rec.captions] or \
                sorted(c["text"] for c in item["captions"]) == sorted(c["text"] for c in rec.captions)
            seen += 1
    assert seen > 100


def test_synth_pages_are_deterministic(corpus):
    a = [(p.name, p.text, json.dumps(p.gold, ensure_ascii=False)) for p in iter_pages(corpus, 12, seed=9)]
    b = [(p.name, p.text, json.dumps(p.gold, ensure_ascii=False)) for p in iter_pages(corpus, 12, seed=9)]
    assert a == b
    alone = make_page(corpus, 7, seed=9)
    assert (alone.name, alone.text) == a[7][:2]          # page i does not depend on n
    other = make_page(corpus, 7, seed=10)
    assert other.text != alone.text


def test_synth_iter_pages_is_a_generator(corpus):
    gen = iter_pages(corpus, 10**6, seed=1)
    assert isinstance(gen, types.GeneratorType)
    assert next(gen).name.endswith("_000000_wide")


def test_synth_styles_print_what_they_are_named_after(corpus):
    def gold_of(style):
        return [(p, a) for p in pages_of(corpus, style, n=10) for a in p.gold["articles"]]

    jumps = gold_of("jump")
    assert any(a["continues_to"] for _, a in jumps) and any(a["continued_from"] for _, a in jumps)
    for p, a in jumps:
        for field, word in (("continues_to", "下转"), ("continued_from", "接")):
            if a[field]:
                assert re.search(word + re.escape(a[field]) + "[）)]", p.text)
    running = pages_of(corpus, "running", n=10)
    assert all(p.noise for p in running)
    assert any(re.search(r"责任编辑|本版编辑", p.text) for p in running)
    kick = pages_of(corpus, "kicker_after", n=10)
    after_title = 0
    for p in kick:
        lines = [ln.strip().lstrip("#").strip() for ln in p.text.split("\n") if ln.strip()]
        for a in p.gold["articles"]:
            if a["kicker"] and a["title"] and a["kicker"] in lines and a["title"] in lines:
                after_title += lines.index(a["kicker"]) > lines.index(a["title"])
    assert after_title >= 3
    epaper = pages_of(corpus, "epaper", n=6)
    assert all(re.search(r"^#{1,2} ", p.text, re.M) for p in epaper)
    assert all("\n\n" not in p.text.strip("\n") for p in pages_of(corpus, "noblank", n=6))


def test_synth_caption_mid_drops_captions_inside_sentences(corpus):
    inside = 0
    for page in pages_of(corpus, "caption_mid", n=12):
        flat = squeeze(page.text)
        for a in page.gold["articles"]:
            for c in a["captions"]:
                for para in a["paragraphs"]:
                    p = squeeze(para)
                    k = flat.find(squeeze(c["text"]))
                    before = flat[:k]
                    # the caption sits after a proper prefix of one of the item's paragraphs
                    if any(before.endswith(p[:j]) for j in range(4, len(p) - 2)):
                        inside += 1
                        break
    assert inside >= 3


@pytest.mark.parametrize("printed, credit, photographers", [
    ("李勇 摄", "李勇", ["李勇"]),
    ("本报记者 李勇 摄", "李勇", ["李勇"]),
    ("通讯员 王芳 李强 摄", "王芳 李强", ["王芳", "李强"]),
    ("图/张明", "张明", ["张明"]),
    ("覃 燕 摄", "覃燕", ["覃燕"]),
    ("县文旅局供图", "县文旅局供图", []),
    ("新华社记者 张明 摄", "张明", ["张明"]),
    ("新华社发", "新华社发", []),
    ("古丽米热·阿不都 摄", "古丽米热·阿不都", ["古丽米热·阿不都"]),
    ("省建巷社区提供", "省建巷社区提供", []),
    (None, None, []),
])
def test_synth_caption_credit_table(printed, credit, photographers):
    assert caption_credit(printed) == (credit, photographers)


def test_synth_record_with_unprinted_credit_is_refused():
    rec = {"id": "x", "genre": "消息", "paper": "某报", "place": "安吉县", "issue_date": "2024-05-16",
           "kind": "news", "lead": "本报讯", "reporters": ["王芳"], "paragraphs": ["正文。"]}
    with pytest.raises(RecordError, match="王芳"):
        Record.from_dict(rec)
    rec["lead"] = "本报讯（记者 王芳）"
    assert Record.from_dict(rec).reporters == ["王芳"]


def test_synth_mentions_and_facts_line_up_with_gold_items(corpus):
    checked = 0
    for page in iter_pages(corpus, 33, seed=4):
        if page.mentions is None:
            continue
        items = page.gold["articles"]
        assert len(page.mentions["articles"]) == len(items)
        for item, m in zip(items, page.mentions["articles"]):
            text = squeeze("".join(item["headlines"] + item["paragraphs"] + [c["text"] for c in item["captions"]]))
            assert m["title"] == (item["title"] or item["paragraphs"][0][:12] if item["paragraphs"] else item["title"])
            for key in ("dates", "amounts"):
                for x in m[key]:
                    assert squeeze(x["text"]) in text
            for p in m["people"]:
                assert squeeze(p["name"]) in text
            for pl in m["places"]:
                assert set(pl) == {"name", "province", "city", "county"}
        if page.facts is not None:
            assert len(page.facts["articles"]) == len(items)
        checked += 1
    assert checked > 10


def test_synth_reads_the_shared_corpora(shared):
    records = load_records(["corpora"], shared=shared)
    if not records:
        pytest.skip("no ../shared/corpora")
    assert all(r.mentions is None and r.facts is None for r in records)
    corpus = Corpus(records)
    for page in iter_pages(corpus, 11, seed=3):
        assert page.mentions is None
        assert check_page(page, shared) == [], page.name


def test_synth_corpus_articles_render_with_exact_gold(shared):
    """Every record of corpus/articles loads, and its pages pass check_gold.py."""
    problems: list[str] = []
    records = load_records(["articles"], root=ROOT, problems=problems)
    if not records:
        pytest.skip("corpus/articles holds no records yet")
    assert problems == []
    corpus = Corpus(records)
    for page in iter_pages(corpus, 2 * len(STYLES), seed=11):
        assert check_page(page, shared) == [], page.name
        rest, missing = residue(page)
        assert (rest, missing) == ("", []), page.name


def _corpus_line(paragraphs: list[str], **extra) -> str:
    return json.dumps({"paper": "某某晚报", "date": "2022-04-02", "title": "社区里的新鲜事",
                       "paragraphs": paragraphs, **extra}, ensure_ascii=False)


@pytest.mark.parametrize("printed, reporters, correspondents", [
    ("本报记者  柯南溪", ["柯南溪"], []),
    ("本报记者  柯南溪  通讯员  麦秋禾", ["柯南溪"], ["麦秋禾"]),
    ("本报通讯员  麦秋禾  记者  柯南溪", ["柯南溪"], ["麦秋禾"]),
    ("本报记者  柯南溪  简一苇", ["柯南溪", "简一苇"], []),
])
def test_synth_a_closing_signature_on_its_own_line_is_the_pieces_credit(tmp_path, printed, reporters,
                                                                         correspondents):
    """A paper that prints its reporters' line alone after the last paragraph: the line is
    the piece's credit (each role word heads its own names), not a paragraph."""
    from baoxun.synth.records import from_shared_corpus

    path = tmp_path / "paper.jsonl"
    path.write_text(_corpus_line(["街道里新开了一家书店。", "居民说周末常来坐坐。", printed]) + "\n",
                    encoding="utf-8")
    (rec,) = from_shared_corpus(path)
    assert (rec.reporters, rec.correspondents) == (reporters, correspondents)
    assert printed not in rec.paragraphs and not rec.credits_unknown


def test_synth_a_composite_pieces_section_signatures_stay_in_its_body(tmp_path):
    """组合报道: each section closes with its own reporter's line, so the last line signs
    one section, not the piece — every signature stays a line of the body."""
    from baoxun.synth.records import from_shared_corpus

    paras = ["街道里新开了一家书店。", "本报记者  柯南溪", "菜场的早市又热闹起来。", "本报记者  简一苇"]
    path = tmp_path / "paper.jsonl"
    path.write_text(_corpus_line(paras) + "\n", encoding="utf-8")
    (rec,) = from_shared_corpus(path)
    kept = rec.paragraphs + [s["text"] if isinstance(s, dict) else s.text for s in rec.subheads]
    assert set(kept) == set(paras) and rec.credits_unknown and rec.reporters == []
