"""baoxun (本报讯): newspaper page dumps in, whole and enriched articles out."""
from __future__ import annotations

from .errors import BaoxunError, InputError
from .model import Article, Caption, Issue, Page, Paper

__version__ = "0.1.0"
__all__ = ["Article", "BaoxunError", "Caption", "InputError", "Issue", "Page", "Paper",
           "find_mentions", "parse_page", "__version__"]


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
