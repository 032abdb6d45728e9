"""The page record as typed dataclasses: the contract of ../shared/SCHEMA.md.

Field names here are the JSON field names. They may gain siblings, never lose or
rename one (downstream archives and the reference scorer read them by name).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The item kinds a page can hold (SCHEMA.md, "Article level").
KINDS = ("news", "feature", "photo", "notice", "weather", "banner", "fragment")


@dataclass
class Caption:
    """A photo caption (图片说明) attached to a text item, with who took or gave it."""

    text: str
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit}


@dataclass
class Article:
    """One item of a page (稿件): headline stack, byline, body, captions, jump lines."""

    kind: str = "news"
    section: str | None = None
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    headlines: list[str] = field(default_factory=list)
    dispatch: str | None = None
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    dateline_date: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    continued_from: str | None = None
    continues_to: str | None = None
    #: enrichment (SCHEMA.md "Mentions"); ``None`` until the enrich stage runs.
    mentions: dict[str, Any] | None = None
    #: figures the article reports (SCHEMA.md "Facts"); ``None`` until the facts stage runs.
    facts: list[dict[str, Any]] | None = None

    @property
    def text(self) -> str:
        """The article's text as SCHEMA.md defines it for mention spans:
        headlines, paragraphs and caption texts joined by ``\\n``."""
        return "\n".join([*self.headlines, *self.paragraphs, *(c.text for c in self.captions)])

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "section": self.section,
            "kicker": self.kicker,
            "title": self.title,
            "subtitle": self.subtitle,
            "headlines": list(self.headlines),
            "dispatch": self.dispatch,
            "reporters": list(self.reporters),
            "correspondents": list(self.correspondents),
            "authors": list(self.authors),
            "photographers": list(self.photographers),
            "dateline_date": self.dateline_date,
            "paragraphs": list(self.paragraphs),
            "captions": [c.to_dict() for c in self.captions],
            "continued_from": self.continued_from,
            "continues_to": self.continues_to,
        }
        if self.mentions is not None:
            out["mentions"] = self.mentions
        if self.facts is not None:
            out["facts"] = self.facts
        return out


@dataclass
class Paper:
    """The newspaper: its name (报名) and the locality it serves (what 我市 means)."""

    name: str | None = None
    place: str | None = None


@dataclass
class Issue:
    """The issue (期) the page belongs to. ``date_source`` is ``given`` or ``inferred``."""

    date: str | None = None
    year: int | None = None
    date_source: str | None = None


@dataclass
class Page:
    """One newspaper page (版面) made whole: its paper, its issue and its items."""

    source: str | None = None
    paper: Paper = field(default_factory=Paper)
    issue: Issue = field(default_factory=Issue)
    articles: list[Article] = field(default_factory=list)
    #: how paper.place and issue.date were decided, for people who ask "why?"
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "paper": {"name": self.paper.name, "place": self.paper.place},
            "issue": {"date": self.issue.date, "year": self.issue.year,
                      "date_source": self.issue.date_source},
            "articles": [a.to_dict() for a in self.articles],
            "evidence": self.evidence,
        }
