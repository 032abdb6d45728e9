"""Pages: several items of one paper and issue, printed in one dump style, with gold.

``make_page(corpus, i, seed, styles)`` is page *i* of ``seed``: the same page whatever
else is generated (its random generator is seeded by ``seed`` and ``i`` only), so
``iter_pages`` can stream 10^5 pages one at a time. A page holds 3–9 records of one
paper and place, moved by whole years into one year (:func:`baoxun.synth.records.
reissue`: month and day stay; records a move would falsify are left out); the issue is
the latest of their dates, so the others read as news of the weeks or months before.
Items are kept in column order (those under one section label together); sometimes a masthead (paper name + ``2024年5月16日 星期四``), a banner
slogan, a page-edge fragment at the top (the end of a piece, no start) or the bottom
(a headline with no body).

The gold page follows ``../shared/gold/README.md``: ``paper.place`` and the issue's
year come from the records; the issue date too when the page prints it (masthead,
running header), else it is the day after the latest dateline on the page, as the
README dates a page that does not pin its date; ``paper.name`` only when printed.
"""
from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from .gold import facts_item, mentions_item
from .plan import ItemPlan, Piece, gold_item, plan_item
from .records import Record, iter_groups, reissue, relative_lede
from .styles import BLANK, STYLES, Draft, Line, _liftable, _mid_sentence
from .vocab import WEEKDAYS, slogan

__all__ = ["Corpus", "SynthPage", "check_page", "make_page", "iter_pages", "write_page"]

#: Items per page (inclusive), as local pages print them.
MIN_ITEMS, MAX_ITEMS = 3, 9
#: How often a page prints its masthead, a banner, a top fragment, a bottom fragment.
MASTHEAD_P, BANNER_P, TOP_FRAGMENT_P, BOTTOM_FRAGMENT_P = 0.35, 0.12, 0.10, 0.08
#: Pseudo-genre of banner items (slogans that belong to no record).
BANNER = "banner"


@dataclass
class SynthPage:
    """A generated page: its text and gold (page record, mentions, facts)."""

    name: str
    style: str
    text: str
    gold: dict
    mentions: dict | None
    facts: dict | None
    noise: list[int] = field(default_factory=list)
    """0-based numbers of lines that belong to no item (masthead, running lines)."""
    extras: list[str] = field(default_factory=list)
    """Printed strings that are in no gold text field: leads, byline lines, tails, jump
    lines, noise lines."""
    caption_credits: list[str] = field(default_factory=list)
    """Caption credits as printed (``本报记者 X 摄``; the gold credit is ``X``)."""

    @property
    def check_text(self) -> str:
        """The text with masthead and running lines blanked: what check_gold.py must
        find every gold text in (a running header inside a sentence is no part of the
        paragraph, but check_gold.py only lifts captions out)."""
        lines = self.text.split("\n")
        for i in self.noise:
            lines[i] = ""
        return "\n".join(lines)


class Corpus:
    """Records grouped by paper and place: the groups a page may be drawn from."""

    def __init__(self, records: Iterable[Record]) -> None:
        self.records = list(records)
        self.groups = [g for _, g in iter_groups(self.records)]
        self._cache: dict = {}

    def __len__(self) -> int:
        return len(self.records)

    @property
    def genres(self) -> list[str]:
        return sorted({r.genre for r in self.records})

    def eligible(self, genres: frozenset | None) -> list[list[Record]]:
        """Per group, its records of ``genres`` (all when None); empty groups dropped."""
        if genres not in self._cache:
            self._cache[genres] = [rs for g in self.groups
                                   if (rs := [r for r in g if genres is None or r.genre in genres])]
        return self._cache[genres]


def _has_mid_caption(r: Record) -> bool:
    return any(_liftable(Piece("caption", c["text"], credit=c.get("credit"))) for c in r.captions) \
        and any(len(p) >= 24 for p in r.paragraphs)


def _jumpable(r: Record) -> bool:
    return r.kind in ("news", "feature") and len(r.paragraphs) >= 2


def _pick_group(groups: list[list[Record]], style: str, rng: random.Random) -> list[Record]:
    want = {"caption_mid": _has_mid_caption, "jump": _jumpable}.get(style)
    if want is not None:
        good = [g for g in groups if any(want(r) for r in g)]
        if good and rng.random() < 0.9:
            groups = good
    return rng.choices(groups, weights=[len(g) for g in groups])[0]


def _pick_items(group: list[Record], style: str, rng: random.Random) -> tuple[list[Record], list[Record]]:
    """The page's records and the spare ones, all moved into the first pick's year.

    The issue is the latest of the picks' own dates (so every item reports the days or
    months before it, and 今年 means one year on the whole page); a record whose lede
    counts from its day of issue (昨天, 7日) is kept only when its day is the issue's."""
    want = {"caption_mid": _has_mid_caption, "jump": _jumpable}.get(style)
    pool = [r for r in group if want(r)] if want and rng.random() < 0.9 else []
    anchor = rng.choice(pool or group)
    year = date.fromisoformat(anchor.issue_date).year
    others = [x for r in group if r is not anchor and (x := reissue(r, year)) is not None]
    k = rng.randint(MIN_ITEMS, MAX_ITEMS) - 1
    picks = [anchor] + rng.sample(others, min(k, len(others)))
    if want and not any(want(r) for r in picks):
        extra = [r for r in others if want(r) and r not in picks]
        if extra and len(picks) > 1:
            picks[rng.randrange(1, len(picks))] = rng.choice(extra)
    issue = max(r.issue_date for r in picks)
    fits = lambda r: r.issue_date <= issue and (r.issue_date == issue or not relative_lede(r))  # noqa: E731
    picks = [r for r in picks if fits(r)]
    spare = [r for r in others if r not in picks and fits(r)]
    rng.shuffle(spare)
    return picks, spare


def _column_order(picks: list[Record]) -> list[Record]:
    """Items under one section label kept together, in the order the labels first occur."""
    first: dict = {}
    for i, r in enumerate(picks):
        first.setdefault(r.section, i)
    return sorted(picks, key=lambda r: (first[r.section], picks.index(r)))


def _banner(rec: Record, rng: random.Random) -> ItemPlan:
    fake = Record(id="banner", genre=BANNER, paper=rec.paper, place=rec.place,
                  issue_date=rec.issue_date, kind="news", paragraphs=[], mentions={}, facts=[],
                  origin="synth")
    return ItemPlan(record=fake, kind="banner", section=None,
                    heads=[Piece("title", slogan(rng))], byline=None, body=[], dispatch=None,
                    dateline=None, partial=True)


def _top_fragment(rec: Record, rng: random.Random) -> ItemPlan | None:
    """The end of a piece whose start is on another page (no headline, no byline)."""
    plan = plan_item(rec, rng)
    paras = plan.paras()
    first = paras[-2] if len(paras) >= 2 and rng.random() < 0.5 else paras[-1]
    at = _mid_sentence(first.text, rng)
    if at is None:
        return None
    body = plan.body[plan.body.index(first):]
    cut = Piece("para", first.text[at:], suffix=first.suffix, suffix_kind=first.suffix_kind,
                start=False)
    body[0] = cut
    plan.body = [p for p in body if p.role != "caption"]
    plan.heads, plan.byline, plan.section = [], None, None
    plan.kind, plan.dispatch, plan.dateline, plan.partial = "fragment", None, None, True
    return plan


def _bottom_fragment(rec: Record) -> ItemPlan:
    """A headline the page edge cut off from its body."""
    return ItemPlan(record=rec, kind="fragment", section=None, heads=[Piece("title", rec.title)],
                    byline=None, body=[], dispatch=None, dateline=None, partial=True)


def _masthead(paper: str | None, day: date, rng: random.Random) -> list[Line]:
    lines = []
    if paper:
        lines.append(Line(paper, noise=True))
    week = f"星期{WEEKDAYS[day.weekday()]}"
    lines.append(Line(rng.choice((f"{day.year}年{day.month}月{day.day}日 {week}",
                                  f"{day.year}年{day.month}月{day.day}日  {week}",
                                  f"{week} {day.year}年{day.month}月{day.day}日")), noise=True))
    return lines


def _extras(plans: list[ItemPlan]) -> list[str]:
    out: list[str] = []
    for plan in plans:
        if plan.byline:
            out.append(plan.byline.text)
        for p in plan.pieces():
            if p.prefix:
                out.append(p.prefix)
            if p.suffix:
                out.append(p.suffix)
            if p.role in ("tail", "noise"):
                out.append(p.text)
    return out


def make_page(corpus: Corpus, index: int, seed: int = 0,
              styles: Sequence[str] = tuple(STYLES), genres: Iterable[str] | None = None,
              exclude: Iterable[str] = ()) -> SynthPage:
    """Page ``index`` of ``seed``: style ``styles[index % len(styles)]``, records of
    ``genres`` only (all when None); styles in ``exclude`` (held out) are never used
    inside a composed style (``mixed``, ``jump`` on an ``after`` page …)."""
    styles = list(styles)
    unknown = [s for s in styles if s not in STYLES]
    if unknown or not styles:
        raise ValueError(f"unknown style {unknown[0] if unknown else '(none)'}; "
                         f"known: {', '.join(STYLES)}")
    gset = frozenset(genres) if genres is not None else None
    groups = corpus.eligible(gset)
    if not groups:
        raise ValueError(f"no records of genres {sorted(gset or [])} to make pages from")
    rng = random.Random(f"baoxun-synth:{seed}:{index}")
    style = styles[index % len(styles)]
    group = _pick_group(groups, style, rng)
    picks, spare = _pick_items(group, style, rng)
    first = max(picks, key=lambda r: r.issue_date)       # its day is the issue's
    day = date.fromisoformat(first.issue_date)
    picks = _column_order(picks)
    plans = [plan_item(r, rng) for r in picks]
    banner_ok = gset is None or BANNER in gset
    if banner_ok and style != "after" and rng.random() < BANNER_P:
        plans.insert(0, _banner(first, rng))
    if spare and rng.random() < TOP_FRAGMENT_P:
        top = _top_fragment(spare[0], rng)
        if top is not None:
            spare.pop(0)
            plans.insert(0, top)
    draft = Draft(plans, rng, spare, day, first.paper, exclude=frozenset(exclude))
    lines = STYLES[style](draft)
    tails = [r for r in draft.spare if r.title]
    if tails and style not in ("after", "jump", "mixed") and rng.random() < BOTTOM_FRAGMENT_P:
        frag = _bottom_fragment(tails[0])
        draft.plans.append(frag)
        gap = [BLANK, BLANK] if any(not ln.text for ln in lines) else []
        lines += gap + [Line(frag.heads[0].text)]
    top_lines = list(draft.top)
    if rng.random() < MASTHEAD_P:
        top_lines = _masthead(first.paper, day, rng) + top_lines
        draft.paper_named = draft.paper_named or bool(first.paper)
    all_lines: list[Line] = []
    sep = [BLANK] if any(not ln.text for ln in lines) else []
    for ln in top_lines:
        all_lines += [ln, *sep]
    all_lines += lines
    for ln in draft.bottom:
        all_lines += [*sep, ln]
    if rng.random() < 0.3:
        all_lines.insert(0, BLANK)
    name = f"syn{seed:02d}_{index:06d}_{style}"
    text = "\n".join(ln.text for ln in all_lines) + "\n"
    noise = [i for i, ln in enumerate(all_lines) if ln.noise]
    items = [gold_item(p) for p in draft.plans]
    issue = first.issue_date
    printed = f"{day.year}年{day.month}月{day.day}日"
    if not any(printed in all_lines[i].text for i in noise):
        # README: a page that does not print its date is dated the day after the
        # latest event it reports
        events = [a["dateline_date"] for a in items if a["dateline_date"]]
        if events:
            issue = (date.fromisoformat(max(events)) + timedelta(days=1)).isoformat()
    gold = {
        "source": f"{name}.txt",
        "paper": {"name": first.paper if draft.paper_named else None, "place": first.place},
        "issue": {"date": issue, "year": day.year, "date_source": "inferred"},
        "articles": items,
        "style": style,
        "styles_used": draft.used,
    }
    ments = [mentions_item(p.record, it) for p, it in zip(draft.plans, items)]
    facts = [facts_item(p.record, it) for p, it in zip(draft.plans, items)]
    return SynthPage(
        name=name, style=style, text=text, gold=gold,
        mentions={"source": f"{name}.txt", "articles": ments} if all(m is not None for m in ments) else None,
        facts={"source": f"{name}.txt", "articles": facts} if all(f is not None for f in facts) else None,
        noise=noise,
        extras=_extras(draft.plans) + [all_lines[i].text for i in noise],
        caption_credits=[p.credit for plan in draft.plans for p in plan.pieces()
                         if p.role == "caption" and p.credit],
    )


def iter_pages(corpus: Corpus, n: int, seed: int = 0, styles: Sequence[str] = tuple(STYLES),
               genres: Iterable[str] | None = None, start: int = 0,
               exclude: Iterable[str] = ()) -> Iterator[SynthPage]:
    """Pages ``start`` … ``start + n - 1`` of ``seed``, made one at a time."""
    genres = list(genres) if genres is not None else None
    exclude = tuple(exclude)
    for i in range(start, start + n):
        yield make_page(corpus, i, seed, styles, genres, exclude)


def write_page(page: SynthPage, out_dir: Path) -> None:
    """``pages/NAME.txt``, ``gold/NAME.json`` and, when known, ``gold/mentions/NAME.json``
    and ``gold/facts/NAME.json`` under ``out_dir`` (the layout score*.py read)."""
    out_dir = Path(out_dir)
    (out_dir / "pages").mkdir(parents=True, exist_ok=True)
    (out_dir / "gold").mkdir(parents=True, exist_ok=True)
    (out_dir / "pages" / f"{page.name}.txt").write_text(page.text, encoding="utf-8")
    dump = lambda obj: json.dumps(obj, ensure_ascii=False, indent=1)  # noqa: E731
    (out_dir / "gold" / f"{page.name}.json").write_text(dump(page.gold), encoding="utf-8")
    if page.mentions is not None:
        (out_dir / "gold" / "mentions").mkdir(exist_ok=True)
        (out_dir / "gold" / "mentions" / f"{page.name}.json").write_text(dump(page.mentions), encoding="utf-8")
    if page.facts is not None:
        (out_dir / "gold" / "facts").mkdir(exist_ok=True)
        (out_dir / "gold" / "facts" / f"{page.name}.json").write_text(dump(page.facts), encoding="utf-8")


def check_page(page: SynthPage, shared: Path) -> list[str]:
    """Run ``../shared/gold/check_gold.py`` on a page's gold against its
    :attr:`SynthPage.check_text`; returns its problem lines (empty when it passes)."""
    import subprocess
    import sys
    import tempfile

    script = Path(shared) / "gold" / "check_gold.py"
    with tempfile.TemporaryDirectory(prefix="baoxun-check-") as tmp:
        g, raw = Path(tmp) / f"{page.name}.json", Path(tmp) / f"{page.name}.txt"
        g.write_text(json.dumps(page.gold, ensure_ascii=False), encoding="utf-8")
        raw.write_text(page.check_text, encoding="utf-8")
        run = subprocess.run([sys.executable, str(script), str(g), str(raw)],
                             capture_output=True, text=True, encoding="utf-8")
    if run.returncode == 0:
        return []
    lines = [ln for ln in run.stdout.splitlines() if ln and not ln.endswith("problems")]
    return lines or [run.stdout.strip() or run.stderr.strip() or f"exit {run.returncode}"]
