"""The facts finder: an article's text and its mentions in, the figures a statistician
would tabulate out (gold/FACTS.md), each with its span.

Stages, for every number the text holds (``values.candidate_values``):
  1. its clause and sentence (``layout``), and the stretch of the clause that belongs to
     it: from the clause start, or from the previous number of the same clause;
  2. a change printed after a level (同比增长15.9% after 504.87亿元) joins that level's
     fact as its ``change``; a change with no level of its own is a fact whose indicator
     ends in its verb (订单增加, 产值提高); a comparison (高于全省…5.5个百分点) is a fact
     of its own (``context.change_before``, ``context.comparison_before``);
  3. a counted subject (全市10个工业类开发区 before 规上工业增加值完成…) is no fact: it is
     the next figure's subject;
  4. the indicator: the noun phrase after a count (40余家|企业) or after 的 (600多万元的|
     资金缺口), else the phrase before the number with its edges cut (``phrases``); a share
     with nothing before 占 takes the indicator of the figure it shares;
  5. status, period and place in force where the number is printed (``context``), a
     target pushed by a future period, and the canonical ``indicator_key``
     (``data/indicators.tsv``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from . import words
from .context import change_before, comparison_before, place_in_force, status_in_force
from .layout import Layout
from .period import is_future, period_in_force, periods
from .phrases import Phrase, counting_verb, left_phrase, right_phrase, tidy
from .values import Value, candidate_values

__all__ = ["find_facts"]

# Words that may stand before a change verb without making it a figure of its own
# (，同比也增长5%): adverbs of the change, not an indicator.
_CHANGE_ADVERBS = frozenset({"也", "均", "分别", "还", "又", "再", "仍", "共", "，", ",", "、", "整体", "总体", "同步"})


@dataclass(slots=True)
class _Fact:
    value: Value
    indicator: str
    start: int                       # the fact's text span
    end: int
    ind_start: int                   # where its indicator starts (status and plan words are read from there)
    subject: str | None = None
    change: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _has_words(lay: Layout, lo: int, hi: int) -> bool:
    return any(not t.word.isspace() and t.word not in _CHANGE_ADVERBS and t.pos != "x"
               for t in lay.tokens(lo, hi))


def _level_for(facts: list[_Fact], v: Value, sentence_start: int, prev_value: Value | None) -> _Fact | None:
    """The figure a change printed at ``v`` belongs to: the last fact of the sentence,
    directly before it, with no change yet and a level the change can change (a % change
    of an amount or count, a change in points of a rate)."""
    if not facts or prev_value is None:
        return None
    last = facts[-1]
    if last.value is not prev_value or last.start < sentence_start or last.change is not None:
        return None
    if v.unit == "%" and last.value.unit == "%":
        return None
    if v.unit == "个百分点" and last.value.unit != "%":
        return None
    return last


def _next_in_clause(values: list[Value], i: int, clause_end: int) -> Value | None:
    if i + 1 < len(values) and values[i + 1].start < clause_end:
        return values[i + 1]
    return None


def find_facts(text: str, *, mentions: dict[str, Any] | None, date: str | Date | None = None,
               place: str | None = None, year: int | None = None) -> list[dict[str, Any]]:
    """The facts of an article: ``text`` (headlines, paragraphs and captions joined by
    newlines) with its ``mentions`` (``baoxun.find_mentions``; its amounts, dates, places
    and organisations are read), the issue ``date``, the paper's ``place`` (what 全市/我市
    mean) and the issue ``year``. Returns dicts in the shape of gold/FACTS.md plus
    ``indicator_key`` and ``span`` (``[start, end)`` into ``text``), in text order."""
    if not text:
        return []
    mentions = mentions or {}
    if isinstance(date, str):
        date = Date.fromisoformat(date)
    values = candidate_values(text, mentions)
    if not values:
        return []
    lay = Layout(text, mentions, date, place, year)
    ps = periods(lay)
    facts: list[_Fact] = []
    last_end: dict[int, int] = {}           # clause start → where the previous figure's words end
    prev: Value | None = None
    skip: set[int] = set()
    for i, v in enumerate(values):
        cs, ce = lay.clause(v.start)
        ss, _se = lay.sentence(v.start)
        if v.end > ce:                      # a number across a clause mark (1,000 with a full-width comma)
            ce = lay.clause(v.end - 1)[1]
        lo = last_end.get(cs, cs)
        if i in skip or _earlier_level(text, lo, v):
            prev = v
            continue
        shared = _respective_changes(lay, values, i, lo, ce, ss, facts)
        if shared:                          # 同比分别增长8.3%和11.6%: one change per level, in order
            skip.update(shared)
            last_end[cs] = values[max(shared)].end if shared else v.end
            prev = v
            continue
        made = _fact_of(lay, values, i, v, lo, cs, ce, ss, facts, prev)
        prev = v
        if made is None:
            continue
        if made is _SUBJECT:
            continue
        if isinstance(made, _Fact):
            if made.subject is None and facts and facts[-1].start >= ss:
                made.subject = facts[-1].subject      # the sentence's subject carries on
            facts.append(made)
            last_end[cs] = max(made.end, v.end)
        else:                               # a change joined to its level
            last_end[cs] = v.end
    records = [_record(lay, ps, f) for f in facts]
    for prev_f, f, r, before in zip(facts, facts[1:], records[1:], records):
        # a plan sizing what the sentence just counted (项目117个，总投资399.49亿元) is of its
        # period — unless that is a day, the event's (6月18日，32个项目集中开工，总投资…)
        if r["status"] == "plan" and r["period"] is None and before["status"] == "actual" \
                and len(before["period"] or "") != 10 \
                and lay.sentence(prev_f.value.start) == lay.sentence(f.value.start):
            r["period"] = before["period"]
    return _distinct(records)


def _distinct(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One fact per figure: a headline that repeats a figure of the body (力争完成…15%)
    is the same fact; the later (body) printing is kept."""
    seen: dict[tuple, int] = {}
    for i, r in enumerate(records):
        key = (r["indicator"], r["value"], r["unit"], r["status"])
        seen[key] = i
    kept = [r for i, r in enumerate(records) if seen[(r["indicator"], r["value"], r["unit"], r["status"])] == i]
    # a headline's 规上工业增加值增长8.6% is the change the body prints with its level
    def standalone(r: dict[str, Any]) -> bool:
        c = r.get("change")
        return bool(c) and c.get("unit") == r["unit"] and abs(c.get("value") or 0) == abs(r["value"])

    changes = [(r["indicator"], r["change"]) for r in kept if r.get("change") and not standalone(r)]
    return [r for r in kept if not standalone(r) and not (r["unit"] in ("%", "个百分点") and r.get("change") is None
                                                         and _repeats(r, changes))
            or standalone(r) and not _repeats(r, changes)]


def _repeats(r: dict[str, Any], changes: list[tuple[str, dict[str, Any]]]) -> bool:
    return any(abs(c.get("value") or 0) == abs(r["value"]) and c.get("unit") == r["unit"] and ind and ind in r["indicator"]
               for ind, c in changes)


_SUBJECT = object()      # marker: the number is a counted subject, not a figure

# From one level to another (成功率从85%提高到96%): the first is an earlier level, not this
# period's figure; the second is the figure, its indicator what stands before 从.
_FROM_TO_AFTER = re.compile(r"^\s*(提高|提升|增加|增长|扩大|上升|下降|降低|减少|缩小|压缩|降)了?\s*(到|至|为)")
_FROM_TO_BEFORE = re.compile(r"[从由][^，,。；;]{0,16}?(提高|提升|增加|增长|扩大|上升|下降|降低|减少|缩小|压缩|降)了?\s*(到|至|为)了?\s*$")
# The words between two numbers of one 分别 list (8.3%和11.6%, 12.4%、15.8%).
_LIST_GAP = re.compile(r"^\s*(和|与|及|、|，|,)\s*$")


def _earlier_level(text: str, lo: int, v: Value) -> bool:
    """The *from* number of 从85%提高到96%: an earlier level, not a figure of its own."""
    return text[max(lo, v.start - 1):v.start] in ("从", "由") and _FROM_TO_AFTER.match(text[v.end:v.end + 8]) is not None


def _respective_changes(lay: Layout, values: list[Value], i: int, lo: int, ce: int, ss: int,
                        facts: list[_Fact]) -> list[int]:
    """同比分别增长8.3%和11.6% after two levels: the changes go to the levels in the
    order printed. Returns the indexes of the values used (empty when it does not apply)."""
    v = values[i]
    if v.kind not in ("percent", "points"):
        return []
    ch = change_before(lay.text, lo, v.start)
    if ch is None or "分别" not in lay.text[ch[0].start():ch[0].end()] or _has_words(lay, lo, ch[0].start()):
        return []
    run = [i]
    j = i + 1
    while j < len(values) and values[j].start < ce and values[j].unit == v.unit \
            and _LIST_GAP.match(lay.text[values[j - 1].end:values[j].start]):
        run.append(j)
        j += 1
    levels = [f for f in facts if f.start >= ss and f.change is None and f.value.unit != v.unit]
    if len(run) < 2 or len(levels) < len(run):
        return []
    _m, basis, sign = ch
    for f, k in zip(levels[-len(run):], run):
        f.change = {"basis": basis, "value": _signed(values[k].value, sign), "unit": values[k].unit}
    return run


def _fact_of(lay: Layout, values: list[Value], i: int, v: Value, lo: int, cs: int, ce: int, ss: int,
             facts: list[_Fact], prev: Value | None) -> Any:
    text = lay.text
    # 2. changes and comparisons
    if v.kind in ("percent", "points"):
        ch = change_before(text, lo, v.start)
        if ch is not None:
            m, basis, sign = ch
            if not _has_words(lay, lo, m.start()):
                level = _level_for(facts, v, ss, prev)
                if level is not None:
                    level.change = {"basis": basis, "value": _signed(v.value, sign), "unit": v.unit}
                    level.end = max(level.end, v.end)
                    return True
            ph = left_phrase(lay, lo, m.start())
            if ph is None or not ph.text:
                return None
            verb = m.group("up") or m.group("down")
            # a change printed with no level of its own: the rate is the figure, and its change
            # (全县规上工业增加值同比增长9.2% → 9.2 %, 同比 +9.2 %)
            change = {"basis": basis, "value": _signed(v.value, sign), "unit": v.unit}
            return _Fact(v, ph.text + verb, ph.start, v.end, ph.start, ph.subject, change)
        if v.kind == "points" and comparison_before(text, lo, v.start):
            body = tidy(text[lo:v.start]).rstrip("约近了")
            if len(body) < 2:
                return None
            return _Fact(v, body, lo + (len(text[lo:v.start]) - len(text[lo:v.start].lstrip())), v.end, lo)
    # 3–4. the indicator: after the number, else before it
    nxt = _next_in_clause(values, i, ce)
    hi = nxt.start if nxt is not None else ce
    rp: Phrase | None = None
    if v.kind == "count" or text[v.end:v.end + 1] == "的" and _weak_left(lay, lo, v.start):
        verb = counting_verb(lay, lo, v.start) if v.kind == "count" else []
        rp = right_phrase(lay, v.end, hi, verb, after_preposition=_after_preposition(lay, lo, v.start))
    if v.kind == "count" and rp is not None and nxt is not None and not _counted(lay, values, i + 1, ce) \
            and not _acts(lay, rp.end, nxt.start):
        lp = left_phrase(lay, lo, v.start)
        if lp is None or not lp.text:
            return _SUBJECT                 # 全市10个工业类开发区|规上工业增加值完成…
    if rp is not None and rp.text:
        start = min(rp.start, v.start)
        lp = left_phrase(lay, lo, v.start)
        subject = lp.subject if lp is not None else None
        return _Fact(v, rp.text, start, max(rp.end, v.end), start, subject)
    hi_left = v.start
    m = _FROM_TO_BEFORE.search(text, lo, v.start)
    if m is not None:
        hi_left = m.start()                 # 染色一次成功率|从85%提高到96%
    lp = left_phrase(lay, lo, hi_left)
    if lp is None:
        return None
    if not lp.text:
        if "占" in text[lo:v.start] and facts and facts[-1].start >= ss:
            share_of = facts[-1]            # 工业投资完成240.13亿元，占全市52.6%
            return _Fact(v, share_of.indicator, share_of.ind_start, v.end, share_of.ind_start, share_of.subject)
        return None
    if len(lp.text) < 2 and v.kind != "count":
        return None
    return _Fact(v, lp.text, lp.start, v.end, lp.start, lp.subject)


# Word endings that make a word tagged as a verb a noun of measure (增速, 增幅, 总量).
_NOMINAL_ENDS = ("速", "率", "幅", "值", "额", "量", "数", "比")


def _weak_left(lay: Layout, lo: int, hi: int) -> bool:
    """Nothing but a verb before an amount followed by 的 (提供|1000万元的风险保障): the
    noun after 的 is what it measures. With a noun before it (总投资20亿元的X项目) the
    amount measures that noun and 的 only names the project."""
    lp = left_phrase(lay, lo, hi)
    if lp is None or not lp.text:
        return True
    toks = [t for t in lay.tokens(lp.start, lp.end) if t.word not in ("了", "过")]
    # 增速, 增幅 are tagged as verbs but name a rate (…增速15%的增长目标)
    return bool(toks) and toks[-1].pos in ("v", "vi", "vg") and not toks[-1].word.endswith(_NOMINAL_ENDS)


def _acts(lay: Layout, lo: int, hi: int) -> bool:
    """A counted noun followed by its own verb (86家企业|提供就业岗位2300余个): the count is
    a figure (the agents); followed by another noun (10个开发区|规上工业增加值完成…) or an
    adverb (160多个村|平均每年增加…) it is the next figure's subject."""
    toks = [t for t in lay.tokens(lo, hi) if not t.word.isspace()]
    return bool(toks) and toks[0].pos in ("v", "vi") and toks[0].word not in words.words("light_verbs")


def _after_preposition(lay: Layout, lo: int, hi: int) -> bool:
    toks = [t for t in lay.tokens(lo, hi) if not t.word.isspace()]
    return bool(toks) and toks[-1].word in words.words("prepositions")


def _counted(lay: Layout, values: list[Value], j: int, ce: int) -> bool:
    """True when the number at ``j`` is itself a count followed by its noun (40余家企业
    带来150余个|岗位): then the count before it is a figure, not a subject."""
    w = values[j]
    if w.kind != "count":
        return False
    nxt = values[j + 1].start if j + 1 < len(values) and values[j + 1].start < ce else ce
    rp = right_phrase(lay, w.end, nxt)
    return rp is not None and bool(rp.text)


def _signed(value: float | int, sign: int) -> float | int:
    return -value if sign < 0 else value


def _record(lay: Layout, ps: list, f: _Fact) -> dict[str, Any]:
    v = f.value
    status = status_in_force(lay, v.start, f.ind_start, f.end)
    if status == "plan" and f.change is not None and f.change.get("basis") and f.change.get("unit") != v.unit:
        status = "actual"          # a year-on-year change is a statistic's, not a project's plan
    period = period_in_force(lay, ps, v.start, status)
    if status == "actual" and is_future(period, lay):
        status = "target"
    subject = f.subject
    return {
        "indicator": f.indicator,
        "indicator_key": words.indicator_key(f.indicator),
        "subject": subject,
        "place": place_in_force(lay, v.start, f.ind_start),
        "period": period,
        "status": status,
        "value": v.value,
        "unit": v.unit,
        "approx": v.approx,
        "change": f.change,
        "text": lay.text[f.start:f.end],
        "span": [f.start, f.end],
    }
