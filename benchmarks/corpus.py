"""Synthetic newspaper page dumps for benchmarks.

Recombines the articles of the bundled example pages (``examples/gold/*.json``: their
headlines, sections, bylines, paragraphs and captions) into new pages of a target size,
printed in one of the three dump styles baoxun reads:

* ``wide``   — one paragraph per line, blank lines between, an occasional column cut in
               the middle of a sentence, sometimes a masthead (paper name + date line);
* ``narrow`` — paragraphs re-wrapped at 14–16 characters per line, every printed line
               followed by a blank line, paragraph starts indented (``　　``) or marked by
               a short last line only, headlines mostly printed *after* their body;
* ``epaper`` — the main headline printed twice, ``#``/``##`` markers, and now and then
               two paragraphs on one line with a printed space between them.

Each page gets its own date (every date in a recombined article is shifted by the
distance between its source page's issue and the new issue), its own county (real county
names; 我县/我市/我区 follow it and the source pages' place names are replaced) and its own
reporters (names drawn from common surnames). Pages are cut at a page edge (a
``fragment``) when the next article would overshoot the target size.

Deterministic: page *i* of seed *s* is the same whatever ``n`` is, and nothing but the
examples is read. ``iter_pages`` is a generator, so 10**5 pages never sit in memory.

``synth_pages`` (``--synth``) streams the development corpus generator's pages instead
(``baoxun.synth``: the article records of ``corpus/articles`` in eleven dump styles,
with ``--gold`` their gold too); those pages are not sized to a target, so the
``--min-kb``/``--max-kb`` benchmarks keep the recombined examples above.

    python benchmarks/corpus.py 1000 /tmp/pages            # writes 1000 .txt files
    python benchmarks/corpus.py 50 /tmp/pages --seed 7 --min-kb 5 --max-kb 8
    python benchmarks/corpus.py 200 /tmp/dev --synth --gold --styles narrow,jump
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

STYLES = ("wide", "narrow", "epaper")

# Real counties / county-level cities / districts with a two-character stem.
COUNTIES = (
    "于都县", "洛宁县", "临泉县", "安吉县", "婺源县", "平遥县", "德清县", "长兴县",
    "永嘉县", "宜良县", "乐亭县", "南靖县", "凤凰县", "通江县", "寿光市", "江油市",
    "义乌市", "桐乡市", "曲阜市", "丰城市", "晋江市", "麦积区", "柯桥区", "江宁区",
    "黄陂区", "番禺区", "萧山区", "长清区",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦白江阎薛尹段雷侯龙史陶黎贺顾毛郝龚邵万钱覃"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉红林晶建国文斌宇浩凯雪琳欣怡思佳雨晓晨子涵梓轩一鸣可馨俊峰海燕立新春丹婷倩志远"
PAPER_SUFFIXES = ("日报", "报", "新闻", "融媒")
WEEKDAYS = "一二三四五六日"

_DATE_MD = re.compile(r"(\d{1,2})(\s*)月(\s*)(\d{1,2})(\s*)日")
_YEAR = re.compile(r"(20[0-3]\d)(\s*)年")
_WE = re.compile(r"(我|全)[县市区]")
_SENTENCE_END = set("。！？”；：…）)")


# --------------------------------------------------------------------------- sources

@dataclass
class Item:
    """One article of a gold record, with what is needed to re-date and re-place it."""
    kind: str
    section: str | None
    headlines: list[str]
    dispatch: str | None
    reporters: list[str]
    correspondents: list[str]
    authors: list[str]
    photographers: list[str]
    paragraphs: list[str]
    captions: list[dict]
    continued_from: str | None
    continues_to: str | None
    src_issue: date
    src_stem: str
    src_suffix: str
    names: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def load_items() -> tuple[Item, ...]:
    items: list[Item] = []
    for path in sorted((EXAMPLES / "gold").glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        place = (rec.get("paper") or {}).get("place") or "本县"
        issue = date.fromisoformat(rec["issue"]["date"])
        for a in rec["articles"]:
            it = Item(
                kind=a["kind"], section=a.get("section"), headlines=list(a["headlines"]),
                dispatch=a.get("dispatch"), reporters=list(a["reporters"]),
                correspondents=list(a["correspondents"]), authors=list(a["authors"]),
                photographers=list(a["photographers"]), paragraphs=list(a["paragraphs"]),
                captions=[dict(c) for c in a.get("captions") or []],
                continued_from=a.get("continued_from"), continues_to=a.get("continues_to"),
                src_issue=issue, src_stem=place[:-1], src_suffix=place[-1],
            )
            it.names = sorted({*it.reporters, *it.correspondents, *it.authors,
                               *it.photographers}, key=len, reverse=True)
            items.append(it)
    if not items:
        raise SystemExit(f"no gold records under {EXAMPLES / 'gold'}")
    return tuple(items)


def _pools() -> dict[str, list[Item]]:
    pools: dict[str, list[Item]] = {}
    for it in load_items():
        key = it.kind
        if it.kind == "fragment":
            key = "fragment_head" if not it.paragraphs else "fragment_tail"
        pools.setdefault(key, []).append(it)
    return pools


# --------------------------------------------------------------------------- variation

@dataclass
class PageCtx:
    rng: random.Random
    issue: date
    county: str
    paper: str
    style: str
    width: int = 15
    indent: str = ""
    heads_after: bool = True
    names: dict[str, str] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return self.county[:-1]

    @property
    def suffix(self) -> str:
        return self.county[-1]

    def person(self, old: str) -> str:
        new = self.names.get(old)
        if new is None:
            r = self.rng
            given = "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2, 2))))
            new = self.names[old] = r.choice(SURNAMES) + given
        return new


def _shift_dates(text: str, it: Item, ctx: PageCtx) -> str:
    delta = ctx.issue - it.src_issue
    dy = ctx.issue.year - it.src_issue.year

    def md(m: re.Match) -> str:
        mo, d = int(m.group(1)), int(m.group(4))
        try:
            old = date(it.src_issue.year, mo, d)
        except ValueError:
            return m.group(0)
        if old - it.src_issue > timedelta(days=200):       # a December date in a January issue
            old = old.replace(year=old.year - 1)
        new = old + delta
        return f"{new.month}{m.group(2)}月{m.group(3)}{new.day}{m.group(5)}日"

    text = _DATE_MD.sub(md, text)
    if dy:
        text = _YEAR.sub(lambda m: f"{int(m.group(1)) + dy}{m.group(2)}年", text)
    return text


def _vary(text: str, it: Item, ctx: PageCtx) -> str:
    """Re-date, re-place and re-name one piece of an item's text."""
    if not text:
        return text
    text = _shift_dates(text, it, ctx)
    if it.src_stem and it.src_stem in text:
        text = text.replace(it.src_stem, ctx.stem)
    text = _WE.sub(lambda m: m.group(1) + ctx.suffix, text)
    for old in it.names:
        if old in text:
            text = text.replace(old, ctx.person(old))
    return text


# --------------------------------------------------------------------------- rendering

@dataclass
class Rendered:
    """An article broken into printed parts, before the page style lays it out."""
    section: str | None
    heads: list[str]
    title_index: int | None
    pre: list[str]               # lines printed between headlines and body (□ 本报记者 X)
    paras: list[tuple[str, str]]  # (kind, text): kind is "p", "cap" (caption) or "line"
    post: list[str]              # lines after the body (本报记者 X 摄)


def _byline(it: Item, ctx: PageCtx, reporters: list[str], corr: list[str]) -> str:
    r = ctx.rng
    dispatch = _vary(it.dispatch or "本报讯", it, ctx)
    paren = "电" in dispatch or (dispatch != "本报讯" and "讯" in dispatch)
    if not reporters and not corr:
        return dispatch + r.choice((" ", "　", ""))
    if not paren and len(reporters) + len(corr) == 1 and r.random() < 0.5:
        who = f"记者{reporters[0]}" if reporters else f"通讯员{corr[0]}"
        return f"{dispatch} {who}报道："
    sp = " " if r.random() < 0.6 else ""
    parts = []
    if reporters:
        parts.append("记者" + sp + " ".join(reporters))
    if corr:
        parts.append("通讯员" + sp + " ".join(corr))
    if r.random() < 0.6:
        return f"{dispatch}（{' '.join(parts)}）"
    return f"{dispatch} ({' '.join(parts)}) "


def render_item(it: Item, ctx: PageCtx) -> Rendered:
    r = ctx.rng

    def v(s: str) -> str:
        return _vary(s, it, ctx)

    heads = [v(h) for h in it.headlines]
    reporters = [ctx.person(n) for n in it.reporters]
    corr = [ctx.person(n) for n in it.correspondents]
    authors = [ctx.person(n) for n in it.authors]
    photogs = [ctx.person(n) for n in it.photographers]
    paras = [v(p) for p in it.paragraphs]
    pre: list[str] = []
    post: list[str] = []
    body: list[tuple[str, str]] = []

    if it.kind == "photo":
        credit = r.choice(("本报记者 {} 摄", "本报通讯员 {} 摄", "通讯员 {} 摄", "{} 摄"))
        credit = credit.format(" ".join(photogs or [ctx.person("摄影")]))
        text = paras[0] if paras else ""
        if r.random() < 0.3:
            body.append(("p", text + credit))
        else:
            body.append(("p", text))
            post.append(credit)
        return Rendered(None, [], None, [], body, post)

    if it.kind in ("news", "feature", "fragment") and paras:
        if it.dispatch:
            paras[0] = _byline(it, ctx, reporters, corr) + paras[0]
            if authors:
                paras[-1] += "（" + " ".join(authors) + "）" if r.random() < 0.7 \
                    else "(" + " ".join(authors) + ")"
        else:
            if reporters:
                pre.append("□ 本报记者 " + " ".join(reporters))
            if corr:
                pre.append("□ 本报通讯员 " + " ".join(corr))
            if authors:
                if it.kind == "fragment":
                    paras[-1] += "（" + " ".join(authors) + "）"
                else:
                    pre.append(" ".join(authors))
    if it.continued_from:
        paras[0] = f"（上接{it.continued_from}）" + paras[0]
    if it.continues_to:
        paras[-1] += f"（下转{it.continues_to}）"

    kind = "line" if it.kind == "weather" else "p"
    if it.kind == "weather" and len(heads) > 1 and paras:
        half = (len(paras) + 1) // 2
        body = [("line", heads[0])] + [(kind, p) for p in paras[:half]] + \
               [("line", heads[1])] + [(kind, p) for p in paras[half:]]
        heads = []
    else:
        body = [(kind, p) for p in paras]
    # Captions fall between paragraphs, mostly near the end.
    for cap in it.captions:
        text = v(cap.get("text") or "")
        credit = v(cap.get("credit") or "")
        if credit and credit in photogs:
            credit = f"本报记者 {credit} 摄"
        pos = r.randint(max(1, len(body) - 2), len(body)) if body else 0
        body.insert(pos, ("cap", text + credit))

    title = None
    if heads:
        cands = [i for i, h in enumerate(heads)
                 if not h.startswith("——") and not h.endswith("：")]
        title = max(cands, key=lambda i: len(heads[i])) if cands else 0
    return Rendered(v(it.section) if it.section else None, heads, title, pre, body, post)


def _cut_point(text: str, r: random.Random) -> int | None:
    """A place in the middle of a sentence where a printed column may end."""
    if len(text) < 40:
        return None
    for _ in range(6):
        i = r.randint(12, len(text) - 8)
        if text[i - 1] not in _SENTENCE_END and not text[i - 1].isspace():
            return i
    return None


_NO_LINE_START = set("，。、；：！？）》”’…%")


def _wrap(text: str, width: int, indent: str) -> list[str]:
    """Printed column lines of ``width`` characters; closing punctuation is never the
    first character of a line (it stays on the line before, as typesetters do)."""
    text = indent + text
    lines: list[str] = []
    i, n = 0, len(text)
    while i < n:
        j = min(i + width, n)
        while j < n and text[j] in _NO_LINE_START:
            j += 1
        lines.append(text[i:j])
        i = j
    return lines or [""]


def layout_wide(a: Rendered, ctx: PageCtx) -> str:
    r = ctx.rng
    out: list[str] = []
    if a.section:
        out.append(a.section)
    out.extend(a.heads)
    out.extend(a.pre)
    for kind, text in a.paras:
        if kind == "p" and r.random() < 0.15 and (i := _cut_point(text, r)):
            out.extend((text[:i], text[i:]))
        else:
            out.append(text)
    out.extend(a.post)
    return "\n\n".join(out)


def layout_narrow(a: Rendered, ctx: PageCtx) -> str:
    r = ctx.rng
    w = ctx.width
    body: list[str] = list(a.pre)
    for kind, text in a.paras:
        if kind == "line":
            body.append(text)
        else:
            body.extend(_wrap(text, w, ctx.indent if kind == "p" else ""))
    body.extend(a.post)
    heads: list[str] = []
    for h in a.heads:
        if len(h) > w + 3 and r.random() < 0.5:          # long headlines wrap too
            cut = r.randint(w - 3, min(len(h) - 2, w + 2))
            heads.append(h[:cut] + "\n" + h[cut:])
        else:
            heads.append(h)
    if a.section:
        heads.insert(0, a.section)
    parts = body + heads if ctx.heads_after else heads + body
    return "\n\n".join(parts)


def layout_epaper(a: Rendered, ctx: PageCtx) -> str:
    r = ctx.rng
    out: list[str] = []
    if a.section:
        out.append(("## " if r.random() < 0.5 else "") + a.section)
    heads = list(a.heads)
    if heads and a.title_index is not None:
        t = a.title_index
        marked = ("# " if r.random() < 0.75 else "## ") + heads[t]
        heads[t] = marked
        for i, h in enumerate(heads):
            if i != t and r.random() < 0.2:
                heads[i] = "## " + h
        if r.random() < 0.5 or t == len(heads) - 1:
            heads.insert(t + 1, marked)                    # printed twice, back to back
        else:
            heads.append(marked)                           # …or again under the stack
    out.extend(heads)
    out.extend(a.pre)
    line = ""
    for kind, text in a.paras:
        if kind == "p" and line and r.random() < 0.25:
            line += " " + text                             # a printed space: new paragraph
            continue
        if line:
            out.append(line)
        line = text
        if kind == "p" and r.random() < 0.08 and (i := _cut_point(text, r)):
            out.append(text[:i])
            line = text[i:]
    if line:
        out.append(line)
    out.extend(a.post)
    return "\n\n".join(out)


LAYOUTS = {"wide": layout_wide, "narrow": layout_narrow, "epaper": layout_epaper}


# --------------------------------------------------------------------------- pages

def _masthead(ctx: PageCtx) -> str:
    d = ctx.issue
    return f"{ctx.paper}\n\n{d.year}年{d.month}月{d.day}日 星期{WEEKDAYS[d.weekday()]}"


def _cut_to(text: str, budget: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 size is at most ``budget`` bytes."""
    raw = text.encode("utf-8")[:budget]
    return raw.decode("utf-8", errors="ignore").rstrip()


def make_page(index: int, seed: int = 0, min_kb: float = 5, max_kb: float = 20) -> tuple[str, str]:
    """Page number ``index`` of ``seed``: (name, text)."""
    r = random.Random(f"baoxun-bench:{seed}:{index}")
    pools = _pools()
    style = STYLES[r.randrange(3)]
    county = r.choice(COUNTIES)
    issue = date(2015, 1, 1) + timedelta(days=r.randrange(11 * 365))
    ctx = PageCtx(rng=r, issue=issue, county=county,
                  paper=county[:-1] + r.choice(PAPER_SUFFIXES), style=style,
                  width=r.randint(14, 16), indent=r.choice(("　　", "")),
                  heads_after=r.random() < 0.85)
    lo, hi = int(min_kb * 1024), int(max_kb * 1024)
    target = r.randint(min(lo + 400, hi), hi)
    layout = LAYOUTS[style]
    sep_big = "\n\n\n\n" if style != "narrow" else "\n\n"

    chunks: list[str] = []
    size = 0

    def add(text: str) -> None:
        nonlocal size
        chunks.append(text)
        size += len(text.encode("utf-8")) + len(sep_big)

    if style != "narrow" and r.random() < 0.5:
        add(_masthead(ctx))
    if r.random() < 0.3 and "banner" in pools:
        add(layout(render_item(r.choice(pools["banner"]), ctx), ctx))
    if r.random() < 0.15 and "fragment_tail" in pools:
        add(layout(render_item(r.choice(pools["fragment_tail"]), ctx), ctx))

    body_kinds = ["news"] * 8 + ["feature"] * 2 + ["photo"] * 2 + ["notice", "weather"]
    body_kinds = [k for k in body_kinds if k in pools]
    used: set[int] = set()
    while size < target - 300:
        pool = pools[r.choice(body_kinds)]
        it = r.choice(pool)
        if id(it) in used and len(used) < len(load_items()) // 2:
            it = r.choice(pool)                            # prefer unseen items on a page
        used.add(id(it))
        text = layout(render_item(it, ctx), ctx)
        need = len(text.encode("utf-8")) + len(sep_big)
        if size + need > target:
            budget = target - size - len(sep_big)
            if budget < 200:
                break
            text = _cut_to(text, budget)                   # the page edge cuts it off
            if r.random() < 0.4 and "fragment_head" in pools and style != "narrow":
                head = layout(render_item(r.choice(pools["fragment_head"]), ctx), ctx)
                if len(head.encode("utf-8")) < budget // 3:
                    text = _cut_to(text, budget - len(head.encode("utf-8")) - 4)
                    add(text)
                    text = head
            add(text)
            break
        add(text)

    page = sep_big.join(chunks) + "\n"
    if r.random() < 0.5:
        page = "\n" + page
    return f"syn{seed:02d}_{index:06d}_{style}", page


def iter_pages(n: int, seed: int = 0, min_kb: float = 5,
               max_kb: float = 20) -> Iterator[tuple[str, str]]:
    """Yield ``n`` synthetic pages as (name, text), one at a time."""
    if min_kb > max_kb:
        raise ValueError("min_kb must not exceed max_kb")
    for i in range(n):
        yield make_page(i, seed, min_kb, max_kb)


def _synth_corpus(sources: tuple[str, ...]):
    sys.path.insert(0, str(ROOT / "src"))
    from baoxun.synth import Corpus, load_records

    records = load_records(sources, root=ROOT, problems=[])
    if not records:
        records = load_records(["examples"], root=ROOT)
    return Corpus(records)


def synth_pages(n: int, seed: int = 0, styles: list[str] | None = None,
                sources: tuple[str, ...] = ("articles",)) -> Iterator[tuple[str, str]]:
    """Yield ``n`` pages of ``baoxun.synth`` as (name, text), one at a time (every
    style in turn unless ``styles``); the example pages' records when
    ``corpus/articles`` is empty."""
    corpus = _synth_corpus(sources)
    from baoxun.synth import STYLES, iter_pages as synth_iter

    for page in synth_iter(corpus, n, seed, styles or list(STYLES)):
        yield page.name, page.text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write N synthetic page dumps to OUT_DIR.")
    ap.add_argument("n", type=int, metavar="N")
    ap.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--min-kb", type=float, default=5)
    ap.add_argument("--max-kb", type=float, default=20)
    ap.add_argument("--synth", action="store_true",
                    help="pages of baoxun.synth (corpus/articles in eleven dump styles)")
    ap.add_argument("--styles", help="with --synth: comma-separated styles (default all)")
    ap.add_argument("--gold", action="store_true", help="with --synth: write gold/ beside pages/")
    args = ap.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    if args.synth:
        corpus = _synth_corpus(("articles",))
        from baoxun.synth import STYLES, iter_pages as synth_iter, write_page

        styles = [s for s in (args.styles or "").split(",") if s] or list(STYLES)
        for page in synth_iter(corpus, args.n, args.seed, styles):
            if args.gold:
                write_page(page, args.out_dir)
            else:
                (args.out_dir / f"{page.name}.txt").write_text(page.text, encoding="utf-8")
            total += len(page.text.encode("utf-8"))
        print(f"wrote {args.n} pages, {total / 1e6:.2f} MB, to {args.out_dir}", file=sys.stderr)
        return 0
    for name, text in iter_pages(args.n, args.seed, args.min_kb, args.max_kb):
        data = text.encode("utf-8")
        (args.out_dir / f"{name}.txt").write_bytes(data)
        total += len(data)
    print(f"wrote {args.n} pages, {total / 1e6:.2f} MB, to {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
