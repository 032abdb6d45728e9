"""Bytes → page text: find the encoding, refuse what is not text, tidy line ends.

Order of the checks, and why:

1. empty input, then known binary signatures (PDF, PNG, …) so that the error
   names the kind of file instead of a vague "cannot decode";
2. byte-order marks (UTF-8, UTF-32, UTF-16), which settle the question;
3. UTF-16 without a BOM, told by NULs or control bytes at every other byte
   and a decode to plausible text;
4. any other NUL or many control bytes → binary;
5. strict UTF-8: by far the most common case, and fast;
6. GB18030 (a superset of GBK/cp936) against Big5 (cp950), chosen by how many
   characters fall in each standard's *common* set.  charset-normalizer alone
   is not good enough here: on short GBK lines it picks Big5 about one time in
   eight, and for some (a weather box: ``最低气温-1℃ 最高气温6℃``) it finds
   nothing at all;
7. slightly damaged UTF-8 or GB18030 (a dump cut in the middle of a
   character), kept with U+FFFD where the damage is;
8. charset-normalizer, restricted to the Chinese codecs and UTF-16, as the
   last source of candidate readings, scored as in 6.

Only :class:`~baoxun.errors.InputError` leaves this module.
"""
from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from functools import lru_cache

from charset_normalizer import from_bytes

from ..errors import InputError

__all__ = ["decode"]

#: Leading bytes of file kinds people mistake for text dumps.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Microsoft Office document"),
)

#: BOMs in the order they must be tested: UTF-32 LE starts with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: How much of the input the sniffing heuristics look at; a page shows its
#: nature long before 64 KiB.
_SNIFF = 1 << 16

#: C0 control bytes that never occur in text (tab, LF, VT, FF, CR and ESC do).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\x0b\x0c\r\x1b") + b"\x7f"

#: Invisible characters that only get in the way of parsing.  BOMs inside the
#: text come from files concatenated with ``cat``.
_INVISIBLE = ("\x00", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")

_BEYOND_TWO_BYTES = re.compile("[^\x00-\u07ff]")
#: Two-byte UTF-8 blocks that living languages are written in: Latin-1 and
#: Latin Extended A/B, Greek, Cyrillic (without the historic U+0460–U+048F),
#: Armenian, Hebrew, Arabic.
_ALPHABETS: tuple[tuple[str, int, int], ...] = (
    ("latin", 0x80, 0x24F), ("greek", 0x370, 0x3FF), ("cyrillic", 0x400, 0x45F),
    ("cyrillic", 0x490, 0x52F), ("armenian", 0x530, 0x58F), ("hebrew", 0x590, 0x5FF),
    ("arabic", 0x600, 0x6FF),
)

UNDECODABLE = "cannot decode as UTF-8, GB18030 or UTF-16 (nor Big5)"


def decode(data: bytes, *, path: str = "<bytes>") -> str:
    """Decode one page dump to text with ``\\n`` line ends.

    Characters are otherwise kept exactly as printed (full-width forms, spaces
    inside lines); only NULs and zero-width characters are dropped.  *path*
    names the input in the :class:`InputError` raised for empty, whitespace-only,
    binary or undecodable data.
    """
    if not data:
        raise InputError(path, "empty file")
    text = _clean(_decode_raw(bytes(data), path))
    if not text:
        raise InputError(path, "empty file")
    if not text.strip():
        raise InputError(path, "no text (only whitespace)")
    return text


def _decode_raw(data: bytes, path: str) -> str:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if kind == "ZIP archive" and b"word/" in data[:_SNIFF]:
                kind = "Word DOCX document"
            raise InputError(path, f"binary file (looks like {kind})")

    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], codec) or _lenient_text(data[len(bom):], codec)
            if text is not None:
                return text
            if codec != "utf-8":
                raise InputError(path, UNDECODABLE)
            data = data[len(bom):]  # a stray UTF-8 BOM before GBK text: go on
            break

    text = _sniff_utf16(data)
    if text is not None:
        return text

    if b"\x00" in data:
        raise InputError(path, "binary file")
    sample = data[:_SNIFF]
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    if controls > max(2, len(sample) // 50):
        raise InputError(path, "binary file")

    text = _strict(data, "utf-8")
    if text is not None:
        return _unless_short_gbk(text, data)
    text = _chinese_legacy(data)
    if text is not None:
        return text
    text = _least_damaged(data)
    if text is not None:
        return text
    text = _charset_normalizer(data)
    if text is not None:
        return text
    raise InputError(path, UNDECODABLE)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _unless_short_gbk(text: str, data: bytes) -> str:
    """Take GBK over valid UTF-8 in the one case where both read: a few GBK
    characters whose bytes happen to form two-byte UTF-8 (农业 → ũҵ).

    Real UTF-8 text made of two-byte characters only (café, Россия) keeps to
    one script; misread GBK jumps between Latin, IPA, Greek, Cyrillic, Armenian…
    So GBK wins only if the UTF-8 reading mixes such blocks and the GB18030
    reading is made of common characters.
    """
    if text.isascii() or _BEYOND_TWO_BYTES.search(text):
        return text
    blocks = {_block(ch) for ch in text[:20_000] if ch >= "\x80"}
    if len(blocks) == 1 and None not in blocks:
        return text
    gb = _strict(data, "gb18030")
    return gb if gb is not None and _gb_score(gb) >= 0.9 else text


def _block(ch: str) -> str | None:
    """The alphabet of *ch* per :data:`_ALPHABETS`; ``None`` outside them."""
    code = ord(ch)
    for name, lo, hi in _ALPHABETS:
        if lo <= code <= hi:
            return name
    return None


def _lenient(data: bytes, codec: str) -> tuple[str, int] | None:
    """Decode with U+FFFD for bad bytes if they are rare (at most about 1 per
    1000 bytes), as in a dump cut in the middle of a character.  Returns the
    text and the number of bad spots, or ``None`` if there are too many."""
    text = data.decode(codec, errors="replace")
    # U+FFFD already present in the input is not damage.
    damage = text.count("\ufffd") - data.count("\ufffd".encode(codec))
    return (text, damage) if damage <= max(1, len(data) // 1000) else None


def _lenient_text(data: bytes, codec: str) -> str | None:
    got = _lenient(data, codec)
    return got[0] if got is not None else None


def _least_damaged(data: bytes) -> str | None:
    """Slightly damaged UTF-8 or GB18030, whichever has fewer bad spots (UTF-8
    on a tie); the GB18030 reading must also look like Chinese."""
    best: tuple[int, str] | None = None
    for codec in ("utf-8", "gb18030"):
        got = _lenient(data, codec)
        if got is None or (codec == "gb18030" and _gb_score(got[0]) < 0.5):
            continue
        if best is None or got[1] < best[0]:
            best = (got[1], got[0])
    return best[1] if best is not None else None


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: ASCII and line ends leave a NUL in every other
    byte, and a hanzi such as 会 (U+4F1A) a control byte.

    The parity with more of them gives the likelier byte order, but not surely
    (一 is U+4E00: Chinese has NULs at the other parity too), so each order is
    tried and must decode to text made of ASCII, CJK and their punctuation.
    Binary files (NUL pairs, surrogates, controls) fail that test.
    """
    sample = data[:_SNIFF]
    even, odd = _odd_bytes(sample[0::2]), _odd_bytes(sample[1::2])
    if even + odd < max(2, len(sample) // 200):
        return None
    # LE puts the high byte (00 for ASCII) at odd offsets and the low byte
    # (a control for U+xx01–U+xx1F) at even ones.
    nul_le = sample[1::2].count(0) >= sample[0::2].count(0)
    le_first = nul_le if b"\x00" in sample else even >= odd
    orders = ("utf-16-le", "utf-16-be") if le_first else ("utf-16-be", "utf-16-le")
    for codec in orders:
        text = _strict(data, codec) or _lenient_text(data, codec)
        if text is not None and _texty_share(text[: _SNIFF // 2]) >= 0.9:
            return text
    return None


def _odd_bytes(data: bytes) -> int:
    """Bytes that plain text in a one- or multi-byte encoding never has: NUL and
    the controls of :data:`_CONTROL_BYTES`."""
    return data.count(0) + sum(data.count(b) for b in _CONTROL_BYTES)


def _texty_share(text: str) -> float:
    """Share of *text* that is printable ASCII, whitespace, CJK or CJK/general punctuation."""
    good = sum(1 for ch in text if _texty(ch))
    return good / len(text) if text else 0.0


def _texty(ch: str) -> bool:
    code = ord(ch)
    return (
        0x20 <= code < 0x7F
        or ch in "\t\n\x0c\r"
        or 0xA0 <= code <= 0x17F  # Latin-1, Latin Extended-A: pinyin, names
        or 0x2000 <= code <= 0x27BF  # general punctuation, symbols, ①, ℃
        or 0x2E80 <= code <= 0x9FFF  # CJK radicals, punctuation, kana, hanzi
        or 0xF900 <= code <= 0xFAFF  # CJK compatibility ideographs
        or 0xFE30 <= code <= 0xFE4F  # CJK compatibility forms (vertical text)
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
    )


def _chinese_legacy(data: bytes) -> str | None:
    """GB18030 or Big5, whichever decodes to more *common* characters.

    Big5 bytes nearly always decode as GBK too (and vice versa), so validity
    does not decide; but Big5 text read as GBK turns into kana, Greek and rare
    hanzi, and GBK read as Big5 into rare hanzi.  GB18030 wins ties: simplified
    papers are the main input.
    """
    gb, big5 = _strict(data, "gb18030"), _strict(data, "cp950")
    gb_score = _gb_score(gb) if gb is not None else -1.0
    big5_score = _big5_score(big5) if big5 is not None else -1.0
    if big5 is not None and big5_score >= 0.5 and big5_score > gb_score + 0.2:
        return big5
    if gb is not None and gb_score >= 0.5:
        return gb
    return None


def _score(text: str, weight: Callable[[str], float]) -> float:
    """Mean *weight* of the non-ASCII characters among the first 20 000."""
    seen = 0
    total = 0.0
    for ch in text[:20_000]:
        if ch < "\x80":
            continue
        seen += 1
        total += weight(ch)
    return total / seen if seen else 0.0


@lru_cache(maxsize=None)
def _gb_weight(ch: str) -> float:
    """1 for GB2312 punctuation/full-width rows (A1–A3) and first-level hanzi
    (B0–D7, the 3755 that make up almost all simplified text), 0.5 for
    second-level hanzi (D8–F7), 0 for the rest: kana, Greek, GBK additions.
    Encoded as GBK, not GB2312, whose codec maps a few marks (A1AA ——) otherwise."""
    try:
        b = ch.encode("gbk")
    except UnicodeEncodeError:
        return 0.0
    if len(b) != 2 or b[1] < 0xA1:
        return 0.0
    if 0xA1 <= b[0] <= 0xA3 or 0xB0 <= b[0] <= 0xD7:
        return 1.0
    return 0.5 if 0xD8 <= b[0] <= 0xF7 else 0.0


@lru_cache(maxsize=None)
def _big5_weight(ch: str) -> float:
    """1 for Big5 symbols (A1–A3) and frequently used hanzi (A440–C67E), 0.5 for
    the less frequent hanzi (C940–F9D5), 0 for the rest."""
    try:
        b = ch.encode("cp950")
    except UnicodeEncodeError:
        return 0.0
    if len(b) != 2:
        return 0.0
    if 0xA1 <= b[0] <= 0xC6:
        return 1.0
    return 0.5 if 0xC9 <= b[0] <= 0xF9 else 0.0


def _gb_score(text: str) -> float:
    return _score(text, _gb_weight)


def _big5_score(text: str) -> float:
    return _score(text, _big5_weight)


def _charset_normalizer(data: bytes) -> str | None:
    """The last try: charset-normalizer proposes readings among the Chinese
    codecs and UTF-16 without BOM (Chinese with no ASCII at all has no NULs to
    tell it); a reading is taken only if it is made of common hanzi."""
    try:
        matches = list(from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16_le", "utf_16_be"]))
    except Exception:  # a detector bug must not escape as anything but InputError
        return None
    best: tuple[float, str] | None = None
    # Its own ranking is unreliable on short text (see the module doc), so the
    # readings are scored here; GB18030 first so that it wins ties.
    for match in sorted(matches, key=lambda m: m.encoding != "gb18030"):
        try:
            text = str(match)
        except Exception:
            continue
        score = max(_gb_score(text), _big5_score(text))
        if score >= 0.5 and (best is None or score > best[0]):
            best = (score, text)
    return best[1] if best is not None else None


def _clean(text: str) -> str:
    """``\\r\\n``, ``\\r`` and Unicode line/paragraph separators → ``\\n``; drop NUL
    and zero-width characters.  Each ``in`` test keeps the common case (none
    present) to one fast scan of a large page."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for sep in ("\u2028", "\u2029"):
        if sep in text:
            text = text.replace(sep, "\n")
    for ch in _INVISIBLE:
        if ch in text:
            text = text.replace(ch, "")
    return text
