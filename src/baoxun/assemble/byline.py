"""Bylines (署名) in every printed form → dispatch and credited names.

  本报讯 记者李茹报道:            → dispatch 本报讯, reporters [李茹]
  本报讯(记者 殷雪鸢 胡引平)       → reporters [殷雪鸢, 胡引平]
  本报讯 (记者周宁 陈曦 通讯员王磊)
  本报讯 通讯员李芳华报道:          → correspondents [常芳芦]
  本报北京10月9日电（记者X）       → dispatch as printed up to 电
  □ 本报通讯员 岳路艺              → correspondents (a feature's byline line)
  …奠定了坚实基础。(周伟才)        → authors [周伟才]
  本报记者 司敏 摄 / 李勇 摄       → photographers
The lead-in is cut from the first paragraph; what is left is the lede.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import lexicon
from ..layout import patterns as P

# Role words as printed, longest first. 记者/本报记者 → reporters, 通讯员 → correspondents.
_ROLE = re.compile(r"(本报特约记者|本报见习记者|本报首席记者|本报融媒体记者|本报融媒记者|本报全媒体记者|本报记者|"
                   r"本报特约通讯员|本报通讯员|本报评论员|特约评论员|特约通讯员|新华社记者|首席记者|融媒体记者|"
                   r"融媒记者|全媒体记者|特约记者|见习记者|实习记者|实习生|记者|通讯员|评论员|撰稿|作者|来信读者|来信人|读者)")
# A paper's name before its staff's role (长沙晚报全媒体记者 石磊, 江门日报记者): the paper's, no name.
_PAPER_BEFORE_ROLE = re.compile(rf"(?:{P.PAPER_PREFIX}|(?<![\u4e00-\u9fff])(?:晚报|日报|本刊|本网|本台))"
                                r"(?=(?:全媒体|融媒体?|首席|见习|特约|实习)?(?:记者|通讯员))")   # (晚报记者 X: the evening paper's own)
# A commentary signed by the paper's commentator, with no name: the role is the author.
_COMMENTATOR = {"本报评论员", "本报特约评论员", "特约评论员", "评论员"}
_REPORTER_ROLES = {"本报特约记者", "本报见习记者", "本报首席记者", "本报融媒体记者", "本报融媒记者", "本报全媒体记者",
                   "本报记者", "新华社记者", "首席记者", "融媒体记者", "融媒记者", "全媒体记者", "特约记者",
                   "见习记者", "实习记者", "记者"}
_CORRESPONDENT_ROLES = {"本报特约通讯员", "本报通讯员", "特约通讯员", "通讯员"}
_NAME = re.compile(rf"^{P.NAME}$")
# The credit part of a dispatch, bracketed: 本报讯(记者 X Y 通讯员 Z)
_BRACKETED = re.compile(r"^\s*[（(]([^（()）]{2,60})[)）]\s*")
# …or run-in, closed by 报道 and a colon: 本报讯 记者X 通讯员Y报道：
_RUN_IN = re.compile(r"^\s*((?:本报)?(?:记者|通讯员|特约记者|见习记者)[^：:，,。]{1,40}?)报道\s*[：:，,]?\s*")
# A bare run-in credit with no 报道: 本报讯 记者 张三 李四 3月5日，…  (names then a space)
_RUN_IN_BARE = re.compile(rf"^\s*((?:本报)?(?:记者|通讯员)\s*{P.NAME}(?:\s+(?:通讯员|记者)?\s*{P.NAME})*)(?:\s+|(?=[0-9０-９]))")
# (… 记者 邱 晨 / 7月24日，…: the line's end parted the names from the date the column joined to them)


@dataclass
class Credits:
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)

    def add(self, role: str, names: list[str]) -> None:
        if role in _REPORTER_ROLES:
            target = self.reporters
        elif role in _CORRESPONDENT_ROLES:
            target = self.correspondents
        else:
            target = self.authors
        for name in names:
            if name not in target:
                target.append(name)


# 李 天 平: three characters spaced out, none of them 摄, and no fourth after them (邓 琳 王
# 五 is two names)
_PADDED3 = re.compile(r"(?<![\u4e00-\u9fff])(?<![\u4e00-\u9fff][ \u3000])([\u4e00-\u9fff])[ \u3000]"
                      r"([\u4e00-\u9fff])[ \u3000]((?!摄)[\u4e00-\u9fff])(?![ \u3000]?(?!摄)[\u4e00-\u9fff])")
_PADDED = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])(?:[ \u3000]|  )([\u4e00-\u9fff])(?![\u4e00-\u9fff])")   # (刘  晓: two half-width spaces)


def split_names(text: str) -> list[str]:
    """``殷雪鸢 胡引平`` / ``王元龙、赵冰玉`` → names; anything not name-shaped is dropped.
    Two names the line break ran together (闵晓辉 / 章雅芳 → 闵晓辉章雅芳) are two again."""
    out = []
    text = _PADDED3.sub(r"\1\2\3", text)   # 李 天 平: a three-character name spaced out
    text = _PADDED.sub(r"\1\2", text)    # 邓 琳: a two-character name padded to three
    tokens = re.split(r"[\s、，,；;]+", text.strip())
    for k in range(len(tokens) - 1):
        if len(tokens[k]) == 1 and re.fullmatch(r"[\u4e00-\u9fff]{2}", tokens[k + 1]) \
                and lexicon.has_surname(tokens[k]):
            # 黄 思颖: a surname set apart from its given name (a lone character is no name)
            tokens[k], tokens[k + 1] = "", tokens[k] + tokens[k + 1]
    for n in tokens:
        if _NAME.match(n):
            out.append(n)
        else:
            out.extend(_run_together(n))
    return out


def _run_together(text: str) -> list[str]:
    """Five or six hanzi that split one way only into two surname-led names of two or
    three characters (3+3, 2+3, 3+2); else, when no split reads so, one name printed whole
    (a Mongolian or Uyghur name: 敖登格日乐, 阿拉腾其木格); otherwise nothing."""
    if not 5 <= len(text) <= 6 or not re.fullmatch(r"[\u4e00-\u9fff]+", text):
        return []
    cuts = [k for k in (2, 3) if 2 <= len(text) - k <= 3
            and lexicon.has_surname(text[:k]) and lexicon.has_surname(text[k:])]
    return [text[:cuts[0]], text[cuts[0]:]] if len(cuts) == 1 else [] if cuts else [text]


_COMPILED = re.compile(r"[\s\u3000]+(?:整理|采写|整理报道)\s*$")
_COMPILER = re.compile(rf"^\s*{P.COMPILER_ROLE}")


def parse_credits(text: str, credits: Credits, default_role: str = "作者") -> None:
    """Read ``记者X Y 通讯员Z`` into ``credits``; names before any role get ``default_role``;
    ``文/图 X`` credits X with the words and the pictures."""
    m = re.match(rf"^\s*{P.WRITER_PHOTO}\s*", text)
    if m is not None:
        names = split_names(text[m.end():])
        credits.add("作者", names)
        credits.photographers.extend(n for n in names if n not in credits.photographers)
        return
    text = _COMPILER.sub("", text)     # 整理　卢嘉欣: who put the piece together is its author
    text = _COMPILED.sub("", text)     # 本报记者 邓凯 整理: the same, said after the name
    parts = _ROLE.split(_PAPER_BEFORE_ROLE.sub("", text))
    role = default_role
    if parts and parts[0].strip():
        credits.add(role, split_names(parts[0]))
    for k in range(1, len(parts), 2):
        role = parts[k]
        credits.add(role, split_names(parts[k + 1]))


def read_dispatch(first: str, credits: Credits) -> tuple[str | None, str]:
    """Split a dispatch lead-in off the first paragraph: ``(dispatch, lede)``."""
    m = P.DISPATCH.match(first)
    if not m:
        c = P.CREDIT_LEDE.match(first)
        if c:        # 本报记者 王宁报道：… — credits with no dispatch marker
            parse_credits(first[:c.end()].rstrip("：: ").removesuffix("报道"), credits, default_role="记者")
            return None, first[c.end():].lstrip(" \u3000")
        return None, first
    dispatch = re.sub(r"\s+", "", m.group(1))
    rest = first[m.end():]
    for pattern in (_BRACKETED, _RUN_IN, _RUN_IN_BARE):
        cm = pattern.match(rest)
        if cm and _ROLE.search(cm.group(1)):
            parse_credits(cm.group(1), credits, default_role="记者")
            rest = rest[cm.end():]
            break
        if cm and pattern is _BRACKETED and split_names(cm.group(1)):
            # 本报讯（张三）: a name alone in brackets is the writer
            parse_credits(cm.group(1), credits)
            rest = rest[cm.end():]
            break
    return dispatch, rest.lstrip(" \u3000:：，,")


_WORDS_AND_PICTURES = re.compile(r"\s*文\s*[/／]\s*图$")


def add_names(target: list[str], names: list[str]) -> None:
    """Append the names not yet in ``target``, in order."""
    for name in names:
        if name and name not in target:
            target.append(name)


_ROLE_COLON = re.compile(r"(?<=记者|讯员|论员|习生|撰稿)[：:]\s*")


# The verb that closes a byline line (记者 王芳 报道, 本报记者李强报道：).
_REPORTED = re.compile(r"(?<=[\u4e00-\u9fff])[\s\u3000]*(?:综合|连线|跟踪|联合|专题|现场)?报道[：:]?[\s\u3000]*$")


def read_byline_line(text: str, credits: Credits) -> None:
    """A feature's byline line (□ 本报通讯员 岳路艺) or a lone author name."""
    text = _ROLE_COLON.sub(" ", text)     # 记者：古丽扎尔·买买提 (a post's credit, its role with a colon)
    text = _REPORTED.sub("", text)        # 记者 于 洋 报道: the verb closes the credit, no name
    split = P.SPLIT_CREDIT.match(text.strip())
    if split:              # 文/记者 范晓 图/记者 杜浩: the writer, then who took the pictures
        parse_credits(split.group("w"), credits)
        add_names(credits.photographers, read_photo_credit(split.group("p")))
        return
    body = P.BYLINE_BODY.match(text.strip())
    if body is not None:   # □ 某某县人民法院　包海燕: the writer, after the body they write for
        credits.add("作者", split_names(body.group(1) or body.group(2)))
        return
    m = P.BYLINE_LINE.match(text)
    role = re.sub(r"^[□■◆●◎○]\s*", "", text.strip())
    lead = re.match(r"^(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[:：]?\s*", text.strip())
    if lead:               # 文/图 本报记者 刘洋: who wrote the piece took its pictures, named first
        text = text.strip()[lead.end():] + " 文/图"
    text = re.sub(r"^(?:文|撰文|图文)\s*[/／:：]\s*", "", text.strip())    # 文/付秀宏
    if role in _COMMENTATOR:
        credits.add("作者", [role])  # 本报评论员 signs as the paper (gold README): the author
        return
    pictures = _WORDS_AND_PICTURES.search(text)
    if m:
        names = f"{m.group(1)} {m.group(2) or ''} {m.group(3) or ''}"
    elif P.BYLINE_PLAIN.match(text):
        names = text[:pictures.start()] if pictures else text
    else:
        writers = split_names(text[:pictures.start()] if pictures else text)
        credits.add("作者", writers)
        if pictures:       # □杨秀琴 文/图: the writer took the pictures too
            add_names(credits.photographers, writers)
        return
    if pictures:           # 首席记者 杜若飞 文/图, □杨秀琴 文/图: who wrote the piece took its pictures too
        writers = Credits()
        parse_credits(names, writers)
        add_names(credits.photographers, writers.reporters + writers.correspondents + writers.authors)
    parse_credits(names, credits)


def cut_trailing_author(paragraph: str, credits: Credits) -> str:
    """Remove a closing ``(周伟才)`` / ``（记者 张三）`` credit and record it."""
    m = P.TRAILING_BYLINE.search(paragraph)
    if m:
        parse_credits(m.group(1), credits)
        return paragraph[:m.start()].rstrip()
    m = P.TRAILING_AUTHOR.search(paragraph)
    if m and split_names(m.group(1)):
        parse_credits(m.group(1), credits)
        return paragraph[:m.start()].rstrip()
    return paragraph


def read_photo_credit(text: str) -> list[str]:
    """``本报记者 司敏 摄`` → [司敏]; ``图/孟繁宇`` → [孟繁宇]; ``（杨晓慧 摄）`` → [杨晓慧]."""
    text = _unbracketed(text)
    t = re.sub(r"\s*[/／]?\s*摄影?$|\s*供图$|\s+[作绘]$", "", text.strip())
    t = re.sub(r"^(?:图|漫画|插图|绘图)\s*[/／:：]\s*", "", t)
    t = _ROLE.sub(" ", _PAPER_BEFORE_ROLE.sub("", t))     # 沈阳晚报、沈报全媒体记者 孙明 摄
    names = split_names(t)
    if not names and re.fullmatch(r"\s*[\u4e00-\u9fff]{5,6}\s*", t) and re.search(r"\s摄影?$", text.strip()):
        names = [t.strip()]     # 额尔德木图 摄: a name of five or six characters printed whole
    return names


# A picture's credit set in brackets under its caption: （杨晓慧 摄）.
_BRACKETED_PHOTO = re.compile(r"^[（(]\s*(.+?摄影?)\s*[）)]$")


def _unbracketed(text: str) -> str:
    return _BRACKETED_PHOTO.sub(r"\1", text.strip())


def credit_value(text: str) -> str:
    """A caption's credit as SCHEMA.md wants it: 李勇 摄 → 李勇; 省建巷社区提供 as printed."""
    text = _unbracketed(text)
    if re.search(r"摄影?$", text.strip()) or re.match(r"^图\s*[/／:：]", text.strip()):
        names = read_photo_credit(text)
        return " ".join(names) if names else text.strip()
    return text.strip()
