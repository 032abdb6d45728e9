"""baoxun (本报讯): newspaper page dumps in, whole and enriched articles out."""
from __future__ import annotations

from .errors import BaoxunError, InputError
from .model import Article, Caption, Issue, Page, Paper

__version__ = "0.1.0"
__all__ = ["Article", "BaoxunError", "Caption", "InputError", "Issue", "Page", "Paper",
           "find_facts", "find_mentions", "parse_page", "__version__"]


def parse_page(text: str, *, source: str | None = None, date: str | None = None,
               place: str | None = None, paper: str | None = None, mentions: bool = True,
               ner: str = "lac") -> Page:
    """Parse one page dump into a :class:`Page` (see ``baoxun.pipeline``)."""
    from .pipeline import parse_page as _parse

    return _parse(text, source=source, date=date, place=place, paper=paper, mentions=mentions, ner=ner)


def find_mentions(text: str, *, date: str | None = None, place: str | None = None,
                  ner: str = "lac") -> dict:
    """The mentions (people, places, organisations, dates, amounts) of any Chinese text.
    ``ner="rules"`` skips the learned tagger (faster, finds fewer names)."""
    from .enrich import find_mentions as _find

    return _find(text, date=date, place=place, ner=ner)


def find_facts(text: str, *, mentions: dict | None = None, date: str | None = None,
               place: str | None = None, year: int | None = None) -> list[dict]:
    """The facts (figures with indicator, place, period, status, change) of any Chinese
    text, read from its ``mentions`` (found here with ``find_mentions`` when not given)."""
    from .enrich.facts import find_facts as _find

    if mentions is None:
        mentions = find_mentions(text, date=date, place=place)
    return _find(text, mentions=mentions, date=date, place=place, year=year)
