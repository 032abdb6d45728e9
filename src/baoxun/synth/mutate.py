"""Mutated pages for robustness tests: the damage real dumps show, and worse.

Each mutation is a pure function of (lines, random generator) → lines. The fuzz
benchmark (``benchmarks/fuzz.py``) and the hypothesis test (``tests/test_fuzz.py``)
apply the same ones, so a failure found by one is reproduced by the other.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Sequence

__all__ = ["MUTATIONS", "mutate", "apply"]

_ASCII = {"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "“": '"', "”": '"',
          "！": "!", "？": "?", "、": ",", "——": "--", "《": "<", "》": ">"}
#: Odd characters pages can hold after a bad conversion: controls, zero-width and
#: bidi marks, combining marks, full-width and ideographic spaces, line separators,
#: private use, astral CJK, emoji, replacement characters.
_ODD = ["\x00", "\x07", "\t", "\r", "\x0b", "\x0c", "\u200b", "\u200d", "\u202e", "\ufeff",
        "\u0301", "\u3000", "\u00a0", "\u2028", "\u2029", "\ue000", "\U00020000", "\U0001f600",
        "\ufffd", "\u0085", "#", "\\", "本报讯", "（", "）", "——", "记者", "摄", "　　"]
_JUNK = ["####", "本报讯", "（上接第一版）", "（下转第3版）", "□", "本报记者", "摄", "——", "责任编辑：",
         "2024年2月30日", "第99版", "今日天气", "简讯", "　　", "…", "12345678901234567890",
         "图/", "（）", "：", "# ## ###", "---", "* * *"]


def _line(lines: list[str], r: random.Random) -> int:
    return r.randrange(len(lines)) if lines else 0


def drop(lines, r):
    if lines:
        del lines[_line(lines, r)]
    return lines


def duplicate(lines, r):
    if lines:
        i = _line(lines, r)
        lines.insert(i, lines[i])
    return lines


def swap(lines, r):
    if len(lines) > 1:
        i = r.randrange(len(lines) - 1)
        j = min(len(lines) - 1, i + r.choice((1, 1, 2, 5)))
        lines[i], lines[j] = lines[j], lines[i]
    return lines


def split(lines, r):
    if lines:
        i = _line(lines, r)
        s = lines[i]
        k = r.randint(0, len(s))
        lines[i:i + 1] = [s[:k], s[k:]] if r.random() < 0.7 else [s[:k], "", s[k:]]
    return lines


def truncate(lines, r):
    if not lines:
        return lines
    if r.random() < 0.5:                                   # the page ends mid-line
        i = _line(lines, r)
        return lines[:i] + [lines[i][:r.randint(0, len(lines[i]))]]
    i = _line(lines, r)                                    # one line cut short
    lines[i] = lines[i][:r.randint(0, len(lines[i]))]
    return lines


def junk(lines, r):
    bits = r.sample(_JUNK, r.randint(1, 3))
    lines.insert(r.randint(0, len(lines)), "".join(bits) if r.random() < 0.5 else " ".join(bits))
    return lines


def hashes(lines, r):
    if lines:
        i = _line(lines, r)
        lines[i] = r.choice(("# ", "## ", "### ", "#", "####### ", "# # ")) + lines[i]
    return lines


def ascii_punct(lines, r):
    if lines:
        for i in r.sample(range(len(lines)), max(1, len(lines) // r.choice((1, 2, 5)))):
            s = lines[i]
            for a, b in _ASCII.items():
                if r.random() < 0.7:
                    s = s.replace(a, b)
            lines[i] = s
    return lines


def unicode_noise(lines, r):
    if lines:
        for _ in range(r.randint(1, 4)):
            i = _line(lines, r)
            s = lines[i]
            k = r.randint(0, len(s))
            ch = r.choice(_ODD) if r.random() < 0.7 else chr(r.choice(
                (r.randint(0x20, 0x7e), r.randint(0xa0, 0x2fff), r.randint(0x3000, 0x9fff),
                 r.randint(0xe000, 0xffef), r.randint(0x10000, 0x2ffff))))
            lines[i] = s[:k] + ch + s[k:]
    return lines


def blank_lines(lines, r):
    """Blank lines added or taken away (wide ↔ no-blank confusion)."""
    if r.random() < 0.5:
        return [ln for ln in lines if ln.strip()]
    out = []
    for ln in lines:
        out.append(ln)
        if r.random() < 0.3:
            out.append("")
    return out


def whitespace(lines, r):
    """Indents and trailing spaces added or stripped."""
    if lines:
        i = _line(lines, r)
        lines[i] = r.choice(("　　", "  ", "\t", "", " ")) + lines[i].strip() + r.choice(("", " ", "　"))
    return lines


MUTATIONS: dict[str, Callable[[list[str], random.Random], list[str]]] = {
    "drop": drop, "duplicate": duplicate, "swap": swap, "split": split, "truncate": truncate,
    "junk": junk, "hashes": hashes, "ascii_punct": ascii_punct, "unicode": unicode_noise,
    "blank_lines": blank_lines, "whitespace": whitespace}


def apply(text: str, ops: Sequence[str], seed: int) -> str:
    """``text`` with the named mutations applied in order (deterministic by ``seed``)."""
    r = random.Random(seed)
    lines = text.split("\n")
    for op in ops:
        lines = MUTATIONS[op](lines, r)
    return "\n".join(lines)


def mutate(text: str, r: random.Random, max_ops: int = 4) -> tuple[str, list[str], int]:
    """``text`` with 1–``max_ops`` random mutations; returns (text, ops, seed) so the
    case can be replayed with :func:`apply`."""
    ops = [r.choice(sorted(MUTATIONS)) for _ in range(r.randint(1, max_ops))]
    seed = r.randrange(2**32)
    return apply(text, ops, seed), ops, seed
