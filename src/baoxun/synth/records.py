"""Article records (稿件): the unit the development corpus is written in.

A record is one article as ``corpus/FORMAT.md`` describes it: its headline stack, how
its byline is printed (``lead`` / ``byline_line`` / ``tail``), its gold credits, its
body (paragraphs and 小标题 subheads), its captions, and what a careful reader
extracts from it (``mentions``, ``facts``).  This module reads records from

* ``corpus/articles/*.jsonl`` (the corpus proper; source name ``articles``),
* any JSON Lines file of such records (``tests/fixtures/synth/records.jsonl``),
* the bundled example pages' gold (``examples/gold/*.json``; source ``examples``):
  each gold item becomes a record, its byline printed in one of the usual forms,
* the real articles in ``../shared/corpora/*.jsonl`` (source ``corpora``;
  development only, never copied into the project): 新民晚报 with kicker/title/
  subtitle fields and credits at the body's start or end, 解放日报 with deck lines
  and ``本报讯（记者 X）`` leads inside the paragraphs. They carry no mentions or
  facts gold.

A record that cannot be rendered with exact gold (a credit that is printed nowhere, a
subhead past the body's end, no body) is reported and skipped, never half-used.
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from ..errors import BaoxunError

__all__ = ["GENRES", "KINDS", "Record", "RecordError", "read_jsonl", "from_page_gold",
           "from_shared_corpus", "load_records", "reissue", "relative_lede", "squeeze", "collapse"]

#: The genres of corpus/FORMAT.md (稿件体裁).
GENRES = ("消息", "通讯", "特写", "人物", "综述", "评论", "本报评论员", "理论", "访谈",
          "图片新闻", "简讯", "公告", "公示", "启事", "天气", "便民信息", "新华社",
          "本报外地电", "记者手记", "大事记")
#: Gold kinds a record may have (SCHEMA.md; banner and fragment are made by the pages).
KINDS = ("news", "feature", "photo", "notice", "weather")
CREDIT_FIELDS = ("reporters", "correspondents", "authors", "photographers")

_WS = re.compile(r"\s+")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class RecordError(BaoxunError):
    """A record that cannot be rendered with exact gold; the message names why."""


def squeeze(text: str | None) -> str:
    """The text with all whitespace removed (how check_gold.py and score.py compare)."""
    return _WS.sub("", text or "")


def collapse(text: str) -> str:
    """Whitespace runs as one space, ends trimmed (how SCHEMA.md stores headlines)."""
    return _WS.sub(" ", text).strip()


@dataclass
class Record:
    """One article record (corpus/FORMAT.md); ``origin`` says where it was read."""

    id: str
    genre: str
    paper: str | None
    place: str | None
    issue_date: str
    kind: str
    paragraphs: list[str]
    section: str | None = None
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    lead: str | None = None
    byline_line: str | None = None
    tail: str | None = None
    dispatch: str | None = None
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    dateline_date: str | None = None
    subheads: list[dict] = field(default_factory=list)
    captions: list[dict] = field(default_factory=list)
    mentions: dict | None = None
    facts: list | None = None
    origin: str = "articles"
    credits_unknown: bool = False

    @property
    def group(self) -> tuple:
        """(paper, place, issue date): records of one paper and place may share a page."""
        return (self.paper, self.place, self.issue_date)

    @property
    def year(self) -> int:
        return int(self.issue_date[:4])

    @classmethod
    def from_dict(cls, d: dict, origin: str = "articles") -> "Record":
        """A record from its JSON object; raises :class:`RecordError` naming the bad field."""
        if not isinstance(d, dict):
            raise RecordError(f"not a JSON object: {str(d)[:40]!r}")
        rid = str(d.get("id") or "?")

        def text(name: str, required: bool = False) -> str | None:
            v = d.get(name)
            if v is None or (isinstance(v, str) and not v.strip()):
                if required:
                    raise RecordError(f"{rid}: {name} is missing")
                return None
            if not isinstance(v, str):
                raise RecordError(f"{rid}: {name} must be a string, not {v!r:.40}")
            return v

        def names(name: str) -> list[str]:
            v = d.get(name) or []
            if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
                raise RecordError(f"{rid}: {name} must be a list of names, not {v!r:.60}")
            return [x.strip() for x in v]

        paragraphs = d.get("paragraphs")
        if not isinstance(paragraphs, list) or not paragraphs or \
                not all(isinstance(p, str) and p.strip() for p in paragraphs):
            raise RecordError(f"{rid}: paragraphs must be a non-empty list of strings")
        issue = text("issue_date", required=True)
        if not _DATE.match(issue):
            raise RecordError(f"{rid}: issue_date not ISO: {issue!r}")
        try:
            date.fromisoformat(issue)
        except ValueError:
            raise RecordError(f"{rid}: issue_date not a date: {issue!r}") from None
        kind = text("kind", required=True)
        if kind not in KINDS:
            raise RecordError(f"{rid}: kind {kind!r} is not one of {', '.join(KINDS)}")
        dl = text("dateline_date")
        if dl is not None and not _DATE.match(dl):
            raise RecordError(f"{rid}: dateline_date not ISO: {dl!r}")
        subheads = d.get("subheads") or []
        if not isinstance(subheads, list):
            raise RecordError(f"{rid}: subheads must be a list")
        for sh in subheads:
            if not isinstance(sh, dict) or not isinstance(sh.get("text"), str) or not sh["text"].strip() \
                    or not isinstance(sh.get("before"), int) or not 0 <= sh["before"] <= len(paragraphs):
                raise RecordError(f"{rid}: bad subhead {sh!r:.60} (needs text and 0 <= before <= "
                                  f"{len(paragraphs)})")
        captions = d.get("captions") or []
        if not isinstance(captions, list):
            raise RecordError(f"{rid}: captions must be a list")
        for cap in captions:
            if not isinstance(cap, dict) or not isinstance(cap.get("text"), str) or not cap["text"].strip() \
                    or not (cap.get("credit") is None or isinstance(cap.get("credit"), str)):
                raise RecordError(f"{rid}: bad caption {cap!r:.60}")
        mentions = d.get("mentions")
        if mentions is not None and not isinstance(mentions, dict):
            raise RecordError(f"{rid}: mentions must be an object")
        facts = d.get("facts")
        if facts is not None and (not isinstance(facts, list) or not all(isinstance(f, dict) for f in facts)):
            raise RecordError(f"{rid}: facts must be a list of objects")
        rec = cls(
            id=rid, genre=text("genre") or "消息", paper=text("paper"), place=text("place"),
            issue_date=issue, kind=kind, paragraphs=[p for p in paragraphs],
            section=text("section"), kicker=text("kicker"), title=text("title"),
            subtitle=text("subtitle"), lead=text("lead"), byline_line=text("byline_line"),
            tail=text("tail"), dispatch=text("dispatch"),
            reporters=names("reporters"), correspondents=names("correspondents"),
            authors=names("authors"), photographers=names("photographers"),
            dateline_date=dl, subheads=[dict(s) for s in subheads],
            captions=[{"text": c["text"], "credit": c.get("credit")} for c in captions],
            mentions=mentions, facts=facts, origin=origin,
            credits_unknown=bool(d.get("credits_unknown")),
        )
        rec.check()
        return rec

    def check(self) -> None:
        """Raise :class:`RecordError` when the gold could not come from the printed page."""
        if self.subtitle:
            self.subtitle = self.subtitle.lstrip("—-─ 　") or None
        printed = squeeze("".join(x or "" for x in (
            self.lead, self.byline_line, self.tail,
            *(c.get("credit") for c in self.captions))))
        for f in CREDIT_FIELDS:
            for n in getattr(self, f):
                if squeeze(n) not in printed:
                    if f == "photographers" and self.kind == "photo" and not self.tail:
                        continue              # printed by the page as "X 摄"
                    raise RecordError(f"{self.id}: {f[:-1]} {n!r} is printed in no lead, byline, "
                                      "tail or caption credit")
        if self.kind == "photo" and not self.title and not self.paragraphs:
            raise RecordError(f"{self.id}: a photo needs its caption in paragraphs")


# --------------------------------------------------------------------------- re-issuing

#: Explicit years within this many years of a record's issue move with it when it is
#: re-issued; older ones (1994年, 80年代) are history and stay.
REISSUE_WINDOW = 6
_YEAR_IN_TEXT = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?=\s*(?:年|-|—|–|～|~|至|到|/|$))")
_YEAR_IN_VALUE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: What a whole-year move would make false: anniversary counts (建党100周年, 第七个农民
#: 丰收节), weekdays, the lunar calendar and festivals, five-year plans, 2月29日, and
#: dates relative to the day of issue in the lede (昨天, a bare 7日).
_UNSHIFTABLE = re.compile(r"周年|第[一二三四五六七八九十百零\d]+[个届次]|星期|礼拜|周[一二三四五六日]|"
                          r"农历|春节|除夕|元宵|端午|中秋|重阳|清明|腊八|七夕|立春|冬至|"
                          r"十[一二三四五]五|2\s*月\s*29\s*日")
_RELATIVE_LEDE = re.compile(r"昨天|昨日|前天|今天|今日|当天|明天|(?<![月\d\s])\s*\d{1,2}\s*日")


def _shift_years(text, dy: int, base: int, pattern=_YEAR_IN_TEXT):
    if not isinstance(text, str) or not dy:
        return text
    return pattern.sub(lambda m: str(int(m.group(1)) + dy)
                       if abs(int(m.group(1)) - base) <= REISSUE_WINDOW else m.group(1), text)


def relative_lede(rec: "Record") -> bool:
    """Whether the lede dates its event against the day of issue (昨天, 当天, a bare 7日):
    such a record can only be printed in its own issue."""
    return bool(_RELATIVE_LEDE.search(rec.paragraphs[0][:60]))


def reissue(rec: "Record", year: int) -> "Record | None":
    """The record moved by whole years into ``year``: dates in the text, the dateline,
    the mentions' and facts' values and texts move alike; month and day stay. ``None``
    when a move would make something false (anniversary counts, weekdays, the lunar
    calendar, five-year plans, 2月29日: see ``_UNSHIFTABLE``)."""
    own = date.fromisoformat(rec.issue_date)
    dy = year - own.year
    if dy == 0:
        return rec
    texts = [rec.title, rec.kicker, rec.subtitle, rec.lead, rec.byline_line, rec.tail,
             *rec.paragraphs, *(s["text"] for s in rec.subheads),
             *(c["text"] for c in rec.captions)]
    if any(t and _UNSHIFTABLE.search(t) for t in texts):
        return None
    try:
        new_issue = own.replace(year=own.year + dy)
    except ValueError:
        return None
    base = own.year

    def t(x):
        return _shift_years(x, dy, base)

    def v(x):
        return _shift_years(x, dy, base, _YEAR_IN_VALUE)

    mentions = None
    if rec.mentions is not None:
        mentions = dict(rec.mentions)
        mentions["dates"] = [dict(d, text=t(d.get("text")), value=v(d.get("value")))
                             if isinstance(d, dict) else d for d in rec.mentions.get("dates") or []]
    facts = None
    if rec.facts is not None:
        facts = [dict(f, text=t(f.get("text")), period=v(f.get("period"))) for f in rec.facts]
    return replace(
        rec, issue_date=new_issue.isoformat(),
        title=t(rec.title), kicker=t(rec.kicker), subtitle=t(rec.subtitle), lead=t(rec.lead),
        byline_line=t(rec.byline_line), tail=t(rec.tail),
        dateline_date=v(rec.dateline_date),
        paragraphs=[t(p) for p in rec.paragraphs],
        subheads=[dict(s, text=t(s["text"])) for s in rec.subheads],
        captions=[dict(c, text=t(c["text"])) for c in rec.captions],
        mentions=mentions, facts=facts)


def read_jsonl(path: Path, origin: str = "articles", problems: list[str] | None = None) -> list[Record]:
    """The valid records of one JSON Lines file; bad lines are named in ``problems``."""
    out: list[Record] = []
    for no, line in enumerate(Path(path).read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(Record.from_dict(json.loads(line), origin))
        except (ValueError, RecordError) as exc:
            if problems is None:
                raise RecordError(f"{path}:{no}: {exc}") from None
            problems.append(f"{Path(path).name}:{no}: {exc}")
    return out


# --------------------------------------------------------------------------- gold pages

_LEAD_FORMS = ("{d}（{who}）", "{d}（{who}）", "{d}({who})", "{d} ({who}) ", "{d} {who2}报道：")


def _lead_for(dispatch: str, reporters: list[str], corr: list[str], rng: random.Random) -> str:
    """A printed lead for a gold item's dispatch and credits (本报讯（记者 X 通讯员 Y）...)."""
    if not reporters and not corr:
        return dispatch + rng.choice((" ", "　", ""))
    sp = " " if rng.random() < 0.6 else ""
    parts = []
    if reporters:
        parts.append("记者" + sp + " ".join(reporters))
    if corr:
        parts.append("通讯员" + sp + " ".join(corr))
    form = rng.choice(_LEAD_FORMS)
    if "报道" in form and (dispatch != "本报讯" or len(reporters) + len(corr) > 2):
        form = _LEAD_FORMS[0]
    return form.format(d=dispatch, who=" ".join(parts), who2=" ".join(parts))


def _genre_of(art: dict) -> str:
    kind = art.get("kind")
    if kind == "photo":
        return "图片新闻"
    if kind == "weather":
        return "天气"
    if kind == "notice":
        return "公告"
    if kind == "feature":
        if art.get("authors") == ["本报评论员"]:
            return "本报评论员"
        return "评论" if art.get("authors") and not art.get("reporters") else "通讯"
    if (art.get("section") or "").replace(" ", "") in ("简讯", "要闻简报"):
        return "简讯"
    d = art.get("dispatch") or ""
    if d.startswith("新华社"):
        return "新华社"
    if d.startswith("本报") and d != "本报讯":
        return "本报外地电"
    return "消息"


def from_page_gold(gold_path: Path, mentions_path: Path | None = None,
                   seed: int = 0) -> list[Record]:
    """Records from one gold page (the bundled examples): every news, feature, photo,
    notice and weather item, with a byline printed in one of the usual forms.

    Jump parts, fragments and banners are left out (their text is not a whole piece).
    """
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    ments = None
    if mentions_path is not None and Path(mentions_path).exists():
        ments = json.loads(Path(mentions_path).read_text(encoding="utf-8"))["articles"]
    rng = random.Random(f"baoxun-synth-gold:{seed}:{Path(gold_path).stem}")
    issue = (gold.get("issue") or {}).get("date")
    place = (gold.get("paper") or {}).get("place")
    paper = (gold.get("paper") or {}).get("name") or (place[:-1] + "日报" if place else None)
    out: list[Record] = []
    for i, a in enumerate(gold.get("articles") or []):
        if a.get("kind") not in KINDS or a.get("continued_from") or a.get("continues_to") \
                or not a.get("paragraphs") or not issue:
            continue
        reporters, corr = list(a.get("reporters") or []), list(a.get("correspondents") or [])
        authors, photogs = list(a.get("authors") or []), list(a.get("photographers") or [])
        caps = []
        for c in a.get("captions") or []:
            credit = c.get("credit")
            if credit and credit in photogs:
                credit = rng.choice(("{} 摄", "本报记者 {} 摄", "{}摄")).format(credit)
            caps.append({"text": c.get("text") or "", "credit": credit})
        lead = byline = tail = None
        kind = a["kind"]
        if kind == "photo":
            who = " ".join(photogs)
            if photogs:
                tail = rng.choice(("{} 摄", "本报记者 {} 摄", "通讯员 {} 摄")).format(who)
            elif authors:
                tail = " ".join(authors)
        elif kind in ("news", "feature"):
            if a.get("dispatch"):
                lead = _lead_for(a["dispatch"], reporters, corr, rng)
                if authors:
                    tail = rng.choice(("（{}）", "({})")).format(" ".join(authors))
            else:
                bits = []
                if reporters:
                    bits.append("本报记者 " + " ".join(reporters))
                if corr:
                    bits.append("本报通讯员 " + " ".join(corr))
                if authors == ["本报评论员"]:
                    bits.append("本报评论员")
                elif authors:
                    bits.append(" ".join(authors))
                if bits:
                    byline = rng.choice(("□ ", "", "○ ")) + " ".join(bits)
        elif authors:
            tail = " ".join(authors)
        photo_caps = {squeeze(c.get("credit")) for c in a.get("captions") or []}
        d = {
            "id": f"{Path(gold_path).stem}-{i:02d}", "genre": _genre_of(a), "paper": paper,
            "place": place, "issue_date": issue, "kind": kind, "section": a.get("section"),
            "kicker": a.get("kicker"), "title": a.get("title"), "subtitle": a.get("subtitle"),
            "lead": lead, "byline_line": byline, "tail": tail, "dispatch": a.get("dispatch"),
            "reporters": reporters, "correspondents": corr, "authors": authors,
            # a caption's photographer is printed with the caption; others need a credit
            "photographers": [p for p in photogs if kind == "photo" or squeeze(p) in photo_caps],
            "dateline_date": a.get("dateline_date"), "paragraphs": list(a["paragraphs"]),
            "subheads": [], "captions": caps,
            "mentions": _mentions_record(ments[i]) if ments and i < len(ments) else None,
            "facts": None,
        }
        try:
            out.append(Record.from_dict(d, origin="examples"))
        except RecordError:
            continue
    return out


def _mentions_record(m: dict) -> dict:
    return {k: m.get(k) or [] for k in ("people", "places", "organizations", "dates", "amounts")}


# --------------------------------------------------------------------------- real corpora

_BYLINE_HEAD = re.compile(
    r"^(?:◆\s*|文[／/]\s*|□\s*)?(?:(首席记者|本报记者|记者|特约记者|见习记者|本报通讯员|通讯员)\s*)?"
    r"([\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,3})$")
_CREDIT_TAIL = re.compile(
    r"^(.*?)(?:^|\s{2,}|(?<=[。！？”…）]))((?:本报|首席|特约|见习)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}"
    r"(?:\s+(?:(?:本报)?(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4})*(?:\s*摄影?报道|\s*摄)?)$", re.S)
_LEAD = re.compile(r"^(据?)((?:本报|新华社|中新社)[\u4e00-\u9fff\d]*?(?:讯|电))\s*"
                   r"(?:[（(]([^（）()]{2,40})[）)])?\s*")
_SENTENCE_END = "。！？!?”…）)"


def _credits_of(text: str) -> tuple[list[str], list[str], list[str]]:
    """Reporters, correspondents and photographers named in a printed credit."""
    reporters: list[str] = []
    corr: list[str] = []
    # 记者  杨洁  通讯员  刘一剑: each role word heads the names up to the next one
    for role, names in re.findall(r"(记者|通讯员)((?:(?!(?:本报|特约|见习|首席)?(?:记者|通讯员)).)*)", text):
        found = [n for n in re.findall(r"[\u4e00-\u9fff·]+", names) if n not in ("摄", "摄影", "报道", "摄影报道")]
        found = [re.sub(r"(摄影报道|摄影|报道|摄)$", "", n) for n in found]
        (reporters if role == "记者" else corr).extend(n for n in found if len(n) >= 2)
    photographers = reporters + corr if "摄" in text else []
    return reporters, corr, photographers


def _is_subhead(p: str) -> bool:
    p = p.strip()
    return 2 <= len(p) <= 20 and p[-1] not in _SENTENCE_END + "，、；：:,"


def from_shared_corpus(path: Path) -> list[Record]:
    """Records from one file of ``../shared/corpora`` (development only).

    新民晚报 lines keep their kicker/title/subtitle; a byline at the body's start
    (``本报记者  X``, ``◆X``, ``文/X``, a lone name) becomes ``byline_line``, one at its end
    (``本报记者  X``, ``本报通讯员  Y  记者  Z``) the ``tail``. 解放日报 lines print their deck
    lines inside the paragraphs: the leading ones (no sentence end) are dropped, a
    ``本报讯（记者 X）`` opening becomes the ``lead``, and ``authors`` without a lead are
    printed as a ``本报记者 X`` byline line. Pieces whose credits cannot be told are
    marked ``credits_unknown`` (score.py leaves them out of credits_acc).
    """
    origin = Path(path).stem
    out: list[Record] = []
    for no, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        src = json.loads(line)
        paras = [p.strip() for p in src.get("paragraphs") or [] if p and p.strip()]
        paras = [p for p in paras if not p.startswith(">>>")]
        if not paras or not src.get("title"):
            continue
        d: dict = {"id": f"{origin}-{no:03d}", "paper": src.get("paper"), "place": "上海市",
                   "issue_date": src.get("date"), "title": src["title"],
                   "kicker": src.get("kicker"), "subtitle": src.get("subtitle"),
                   "reporters": [], "correspondents": [], "authors": [], "photographers": []}
        known = False
        if "authors" in src:                                  # 解放日报: decks inside the body
            while len(paras) > 1 and paras[0][-1] not in _SENTENCE_END and not _LEAD.match(paras[0]):
                paras.pop(0)
            for i in range(min(3, len(paras))):
                if _LEAD.match(paras[i]) and i:
                    paras = paras[i:]
                    break
        m = _LEAD.match(paras[0])
        if m and len(m.group(0)) < len(paras[0]):
            d["lead"] = m.group(0)
            d["dispatch"] = "本报讯" if m.group(2).startswith("本报") and m.group(2).endswith("讯") \
                else m.group(2)
            r, c, _ = _credits_of(m.group(3) or "")
            d["reporters"], d["correspondents"] = r, c
            paras[0] = paras[0][len(m.group(0)):]
            known = True
        else:
            b = _BYLINE_HEAD.match(paras[0])
            if b and len(paras) > 1:
                d["byline_line"] = paras.pop(0)
                names = b.group(2).split()
                if b.group(1) and "通讯员" in b.group(1):
                    d["correspondents"] = names
                elif b.group(1):
                    d["reporters"] = names
                else:
                    d["authors"] = names
                known = True
            elif src.get("authors") and not src.get("kicker") and "authors" in src:
                d["byline_line"] = "本报记者 " + " ".join(src["authors"])
                d["reporters"] = list(src["authors"])
                known = True
        t = _CREDIT_TAIL.match(paras[-1])
        # a composite piece (组合报道) signs each section on a line of its own: its last
        # signature is one section's, not the piece's — the lines stay in the body
        composite = any((m := _CREDIT_TAIL.match(q)) and not m.group(1).strip() for q in paras[:-1])
        if t and (t.group(1).strip() or len(paras) > 1) and not composite:
            d["tail"] = t.group(2)
            r, c, ph = _credits_of(t.group(2))
            if ph:
                d["photographers"] = ph
            else:
                d["reporters"] += [x for x in r if x not in d["reporters"]]
                d["correspondents"] += [x for x in c if x not in d["correspondents"]]
            if t.group(1).strip():
                paras[-1] = t.group(1).rstrip()
            else:
                paras.pop()
            known = True
        if not paras:
            continue
        body: list[str] = []
        subheads: list[dict] = []
        for i, p in enumerate(paras):
            if body and i < len(paras) - 1 and _is_subhead(p) and not _is_subhead(paras[i + 1]):
                subheads.append({"before": len(body), "text": p})
            else:
                body.append(p)
        d.update(paragraphs=body, subheads=subheads, kind="news" if d.get("dispatch") else "feature",
                 genre="消息" if d.get("dispatch") else "通讯", credits_unknown=not known,
                 mentions=None, facts=None)
        try:
            out.append(Record.from_dict(d, origin=origin))
        except RecordError:
            continue
    return out


# --------------------------------------------------------------------------- loading

def project_root() -> Path:
    """The checkout this module sits in (``src/baoxun/synth`` → the repository)."""
    return Path(__file__).resolve().parents[3]


def shared_dir() -> Path | None:
    """``../shared`` beside the checkout (or ``$BAOXUN_SHARED``), if it is there."""
    import os

    for cand in (os.environ.get("BAOXUN_SHARED"), project_root().parent / "shared",
                 Path.cwd().parent / "shared"):
        if cand and (Path(cand) / "gold" / "score.py").exists():
            return Path(cand)
    return None


#: Sources ``load_records`` knows by name.
SOURCES = ("articles", "examples", "corpora")


def load_records(sources: Iterable[str] = ("articles",), *, root: Path | None = None,
                 shared: Path | None = None, problems: list[str] | None = None) -> list[Record]:
    """Records from the named sources (``articles``, ``examples``, ``corpora``) or from
    paths to ``.jsonl`` files / folders of them. Bad records are skipped and named in
    ``problems``; a missing source gives no records (and a line in ``problems``)."""
    root = root or project_root()
    problems = problems if problems is not None else []
    out: list[Record] = []
    for src in sources:
        if src == "articles":
            files = sorted((root / "corpus" / "articles").glob("*.jsonl"))
            if not files:
                problems.append(f"no records in {root / 'corpus' / 'articles'}")
            for f in files:
                out.extend(read_jsonl(f, "articles", problems))
        elif src == "examples":
            gold_dir = root / "examples" / "gold"
            for g in sorted(gold_dir.glob("*.json")):
                out.extend(from_page_gold(g, gold_dir / "mentions" / g.name))
        elif src == "corpora":
            sh = shared or shared_dir()
            files = sorted((sh / "corpora").glob("*.jsonl")) if sh else []
            if not files:
                problems.append("no ../shared/corpora here")
            for f in files:
                out.extend(from_shared_corpus(f))
        else:
            p = Path(src)
            files = sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
            for f in files:
                if not f.exists():
                    problems.append(f"{f}: no such file")
                    continue
                out.extend(read_jsonl(f, f.stem, problems))
    return out


def iter_groups(records: Iterable[Record]) -> Iterator[tuple[tuple, list[Record]]]:
    """Records grouped by paper and place, in a stable order (a page draws its items
    from one group, re-issued to one date: see :func:`reissue`)."""
    groups: dict[tuple, list[Record]] = {}
    for r in records:
        groups.setdefault(r.group[:2], []).append(r)
    for key in sorted(groups, key=lambda k: tuple(str(x) for x in k)):
        yield key, groups[key]
