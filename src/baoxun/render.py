"""A page record as Markdown, for a person to read (``baoxun parse --format md``)."""
from __future__ import annotations

from .model import Article, Page

_KIND_LABEL = {"news": "消息", "feature": "通讯", "photo": "图片", "notice": "公告",
               "weather": "天气", "banner": "通栏", "fragment": "残篇"}


def _byline(art: Article) -> str:
    parts = []
    if art.dispatch:
        parts.append(art.dispatch)
    for label, names in (("记者", art.reporters), ("通讯员", art.correspondents),
                         ("作者", art.authors), ("摄影", art.photographers)):
        if names:
            parts.append(f"{label} {'、'.join(names)}")
    return " · ".join(parts)


def article_markdown(art: Article) -> str:
    """One item: section, kicker, title, subtitle, byline, body, captions, jump lines."""
    out: list[str] = []
    meta = [_KIND_LABEL.get(art.kind, art.kind)]
    if art.section:
        meta.append(f"栏目：{art.section}")
    if art.dateline_date:
        meta.append(art.dateline_date)
    out.append(f"<sub>{' · '.join(meta)}</sub>")
    if art.kicker:
        out.append(f"*{art.kicker}*")
    if art.title:
        out.append(f"## {art.title}")
    if art.subtitle:
        out.append(f"**——{art.subtitle}**")
    byline = _byline(art)
    if byline:
        out.append(f"> {byline}")
    if art.continued_from:
        out.append(f"（上接{art.continued_from}）")
    out.extend(art.paragraphs)
    if art.continues_to:
        out.append(f"（下转{art.continues_to}）")
    for cap in art.captions:
        credit = f" —— {cap.credit}" if cap.credit else ""
        out.append(f"> 图：{cap.text}{credit}")
    return "\n\n".join(out)


def page_markdown(page: Page) -> str:
    """A whole page: a header line with its facts, then every item in order."""
    facts = [page.source or "<page>"]
    if page.paper.name:
        facts.append(page.paper.name)
    if page.paper.place:
        facts.append(page.paper.place)
    if page.issue.date:
        facts.append(f"{page.issue.date} ({page.issue.date_source})")
    elif page.issue.year:
        facts.append(str(page.issue.year))
    head = f"# {' · '.join(facts)}"
    items = [article_markdown(a) for a in page.articles]
    return "\n\n---\n\n".join([head, *items]) + "\n"
