"""The input reader: bytes/files/directories/stdin → page text or one-line InputError."""
from __future__ import annotations

import io
import os
import random
import sys
from pathlib import Path

import pytest

from baoxun.errors import BaoxunError, InputError
from baoxun.read import MAX_PAGE_BYTES, Input, decode, iter_inputs, read_page
from baoxun.read import files as files_mod

PAGE = (
    "我县今年力争新增规上工业企业30家以上\n"
    "\n"
    "本报讯　记者周宁报道：记者从日前召开的全县工业经济推进会上获悉，"
    "今年我县将围绕纺织、食品两大主导产业抓招商、强链条。\n"
    "最低气温-1℃　最高气温6℃　３～４级偏南风\n"
)
SHORT = "本报讯记者张三报道"  # 9 characters
TEN = "县委书记调研农业生产"  # the 10-character sample the design promises
TRADITIONAL = "立法院今日三讀通過預算案，行政院長表示將儘速執行。\n颱風來襲，氣象局發布陸上警報。\n"

# GBK lines of every length that a generic detector gets wrong (Big5, cp949,
# utf_16_be or nothing at all) but a GBK page must still come back from.
GBK_SAMPLES = [
    "中华人民共和国成立",
    "今日天气晴朗",
    "弘扬雷锋精神",
    "李勇 摄",
    "最低气温-1℃ 最高气温6℃",
    "新技术企业达到245家",
    "据新华社北京电 国务院总理主持召开国务院常务会议，研究部署进一步优化营商环境。" * 3,
    "——记我市优秀共产党员",
    "小学校园食品安全",
    "陈雯雯 魏薇 嫣婕",
    TEN,
]


def _nl(text: str) -> str:
    return text.replace("\r\n", "\n")


# --- decode: encodings -----------------------------------------------------------

ENCODINGS = [
    ("utf-8", PAGE),
    ("utf-8-sig", PAGE),
    ("utf-16", PAGE),  # Python writes a BOM, native order
    ("utf-16-le-bom", PAGE),
    ("utf-16-be-bom", PAGE),
    ("utf-16-le", PAGE),  # no BOM: told by the NULs of the ASCII and line ends
    ("utf-16-be", PAGE),
    ("utf-32", PAGE),
    ("gb18030", PAGE),
    ("gbk", PAGE),
    ("gbk", SHORT),
    ("gbk", TEN),
    ("gb18030", TEN),
    ("cp950", TRADITIONAL),
    ("big5", TRADITIONAL),
]


def _encode(text: str, encoding: str) -> bytes:
    if encoding.endswith("-bom"):
        codec = encoding.removesuffix("-bom")
        bom = "\ufeff".encode(codec)
        return bom + text.encode(codec)
    return text.encode(encoding)


@pytest.mark.parametrize(("encoding", "text"), ENCODINGS, ids=[f"{e}-{len(t)}" for e, t in ENCODINGS])
def test_read_decode_round_trips_encoding(encoding: str, text: str) -> None:
    data = _encode(text, encoding)
    assert decode(data) == text


@pytest.mark.parametrize("text", GBK_SAMPLES, ids=range(len(GBK_SAMPLES)))
@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_read_decode_gbk_is_never_misread_as_something_exotic(encoding: str, text: str) -> None:
    # cp1250, shift_jis, Big5 or cp949 would give other characters: equality is the test.
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("text", ["上警報。中華", "臺灣大學醫學", "說明經濟政策", "濟政策與兩岸關係發展", "中華"])
def test_read_decode_short_big5(text: str) -> None:
    # These bytes are valid GBK too (and charset-normalizer reads many as GBK).
    assert decode(text.encode("cp950")) == text


def test_read_decode_gbk_whole_page_with_crlf() -> None:
    data = PAGE.replace("\n", "\r\n").encode("gbk") * 50
    assert decode(data) == PAGE * 50


def test_read_decode_utf8_latin_text_is_not_taken_for_gbk() -> None:
    # "café" is also valid GBK (caf茅); UTF-8 must win when it is plausible.
    for text in ["café", "Grüße aus München", "Россия", "Ελλάδα", "Șoseaua București"]:
        assert decode(text.encode("utf-8")) == text


def test_read_decode_short_gbk_that_is_also_valid_utf8() -> None:
    # D0A1 D1A7 is both 小学 (GBK) and Сѧ (UTF-8): the mixed-script reading loses.
    assert decode("小学".encode("gbk")) == "小学"
    assert decode("农业".encode("gbk")) == "农业"


def test_read_decode_utf8_cut_inside_a_character_keeps_the_rest() -> None:
    data = PAGE.encode("utf-8") + "报".encode("utf-8")[:2]  # 2 of its 3 bytes
    text = decode(data)
    assert text.startswith(PAGE)
    assert text.endswith("\ufffd")


def test_read_decode_gbk_cut_inside_a_character_keeps_the_rest() -> None:
    data = PAGE.encode("gbk") + "报".encode("gbk")[:1]
    text = decode(data)
    assert text.startswith(PAGE)
    assert text.endswith("\ufffd")


def test_read_decode_utf16_without_bom_with_many_u4e00() -> None:
    # 一 is U+4E00: NULs at the "wrong" parity must not flip the byte order.
    text = "一一一中国一一一\n一二三\n"
    assert decode(text.encode("utf-16-le")) == text
    assert decode(text.encode("utf-16-be")) == text


@pytest.mark.parametrize("text", ["中华人民共和国国务院今天召集常务会议" * 20, TEN, SHORT])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_read_decode_utf16_without_bom_nor_ascii(encoding: str, text: str) -> None:
    # No NULs to go by; 会 (U+4F1A) and 业 (U+4E1A) give control bytes instead of
    # "binary file"; SHORT has neither and is left to charset-normalizer.
    assert decode(text.encode(encoding)) == text


# --- decode: normalisation -----------------------------------------------------------


def test_read_decode_normalises_line_endings() -> None:
    assert decode("一\r\n二\r三\n四\u2028五".encode()) == "一\n二\n三\n四\n五"


def test_read_decode_keeps_full_width_and_inner_spaces() -> None:
    text = "（记者　王五）ＡＢＣ１２３，  两个空格\t制表\n"
    assert decode(text.encode()) == text
    assert decode(text.encode("gb18030")) == text


def test_read_decode_removes_zero_width_and_inner_bom() -> None:
    data = "\ufeff本报\u200b讯\ufeff记者\u2060张三".encode()
    assert decode(data) == "本报讯记者张三"


def test_read_decode_removes_nul_from_utf16_text() -> None:
    data = "本报\x00讯".encode("utf-16")
    assert decode(data) == "本报讯"


# --- decode: errors ------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))

DECODE_ERRORS = [
    (b"", "empty file"),
    (b"\xef\xbb\xbf", "empty file"),
    (b"  \r\n\t\n", "no text (only whitespace)"),
    ("\u3000\u3000\n".encode("gbk"), "no text (only whitespace)"),
    ("   \n".encode("utf-16"), "no text (only whitespace)"),
    (PNG, "binary file (looks like PNG image)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (looks like PDF document)"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (looks like JPEG image)"),
    (b"GIF89a\x01\x00\x01\x00", "binary file (looks like GIF image)"),
    (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml", "binary file (looks like ZIP archive)"),
    (b"PK\x03\x04\x14\x00word/document.xml", "binary file (looks like Word DOCX document)"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "binary file (looks like gzip archive)"),
    (b"\x7fELF\x02\x01\x01\x00", "binary file (looks like ELF executable)"),
    (b"\x00\x01\x02\x03\x00\x00\xff\xfe\x00\x00" * 20, "binary file"),
    (b"ab\x01\x02\x03\x04\x05\x06\x07\x08cd", "binary file"),
    (b"\x80\x80\x80\xff\xff\xfe\x80\xff" * 8, "cannot decode as UTF-8, GB18030 or UTF-16"),
]


@pytest.mark.parametrize(("data", "reason"), DECODE_ERRORS, ids=[r for _, r in DECODE_ERRORS])
def test_read_decode_error_names_path_and_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode(data, path="pages/p1.txt")
    assert info.value.path == "pages/p1.txt"
    assert str(info.value).startswith("pages/p1.txt: ")
    assert reason in str(info.value)
    if reason == "binary file":
        assert "looks like" not in str(info.value)


def test_read_decode_default_path_is_bytes() -> None:
    with pytest.raises(InputError, match=r"^<bytes>: empty file$"):
        decode(b"")


def test_read_decode_raises_nothing_but_input_error() -> None:
    rng = random.Random(20240305)
    decoded = 0
    for _ in range(1500):
        n = rng.choice([1, 2, 3, 7, 64, 700, 5000])
        pool = rng.choice([b"\x00\x00\x00\xff", bytes(range(256)), bytes(range(0x80, 0x100)) + b"\n "])
        data = bytes(rng.choice(pool) for _ in range(n))
        try:
            text = decode(data)
        except InputError:
            continue
        assert isinstance(text, str) and text.strip()
        assert "\r" not in text and "\x00" not in text
        decoded += 1
    assert decoded < 1500  # the generator does make undecodable and binary data


def test_read_input_error_is_a_baoxun_error() -> None:
    assert issubclass(InputError, BaoxunError)


# --- read_page ---------------------------------------------------------------------------


def test_read_page_reads_gbk_file(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_bytes(PAGE.encode("gbk"))
    assert read_page(page) == PAGE
    assert read_page(str(page)) == PAGE


def _error(path: Path | str) -> InputError:
    with pytest.raises(InputError) as info:
        read_page(path)
    return info.value


def test_read_page_missing_file(tmp_path: Path) -> None:
    err = _error(tmp_path / "nope.txt")
    assert "nope.txt" in str(err) and err.reason == "no such file or directory"


def test_read_page_directory(tmp_path: Path) -> None:
    err = _error(tmp_path)
    assert str(err) == f"{tmp_path}: is a directory"


def test_read_page_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "locked.txt"
    page.write_text(PAGE, encoding="utf-8")
    page.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make open() fail as it would for a user
        def deny(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied", str(page))

        monkeypatch.setattr(files_mod, "open", deny, raising=False)
    try:
        err = _error(page)
    finally:
        page.chmod(0o644)
    assert str(err) == f"{page}: cannot read: permission denied"


def test_read_page_too_large(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:  # sparse: no 64 MiB written
        fh.truncate(MAX_PAGE_BYTES + 1)
    err = _error(big)
    assert "huge.txt" in str(err)
    assert err.reason == "file too large (64.0 MB > 64 MB)"


def test_read_page_binary_and_empty_name_the_file(tmp_path: Path) -> None:
    png = tmp_path / "scan.txt"
    png.write_bytes(PNG)
    assert str(_error(png)) == f"{png}: binary file (looks like PNG image)"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert str(_error(empty)) == f"{empty}: empty file"


# --- iter_inputs -------------------------------------------------------------------------


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    root = tmp_path / "pages"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a_utf8.txt").write_text(PAGE, encoding="utf-8")
    (root / "b_gbk.txt").write_bytes(PAGE.encode("gbk"))
    (root / "c_empty.txt").write_bytes(b"")
    (root / "d_image.txt").write_bytes(PNG)
    (root / "e_notes.md").write_text(SHORT, encoding="utf-8")
    (root / "f_photo.png").write_bytes(PNG)  # not a pattern match: not read at all
    (root / "G_UPPER.TXT").write_text(TEN, encoding="utf-8")
    (root / ".secret.txt").write_text("hidden", encoding="utf-8")
    (root / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    (root / "sub" / "s1.txt").write_bytes(TRADITIONAL.encode("cp950"))
    (root / "sub" / "deeper" / "s2.txt").write_bytes(PAGE.encode("utf-16"))
    return root


def _summary(inputs: list[Input]) -> list[tuple[str, str]]:
    return [(i.name, i.error.reason if i.error else (i.text or "")[:4]) for i in inputs]


def test_read_iter_inputs_walks_a_mixed_directory(mixed: Path) -> None:
    got = list(iter_inputs([str(mixed)]))
    assert _summary(got) == [
        ("G_UPPER.TXT", TEN[:4]),
        ("a_utf8.txt", PAGE[:4]),
        ("b_gbk.txt", PAGE[:4]),
        ("c_empty.txt", "empty file"),
        ("d_image.txt", "binary file (looks like PNG image)"),
        ("e_notes.md", SHORT[:4]),
        ("s2.txt", PAGE[:4]),  # sub/deeper/s2.txt sorts before sub/s1.txt
        ("s1.txt", TRADITIONAL[:4]),
    ]
    by_name = {i.name: i for i in got}
    assert by_name["b_gbk.txt"].text == PAGE
    assert by_name["b_gbk.txt"].path == mixed / "b_gbk.txt"
    assert by_name["s2.txt"].path == mixed / "sub" / "deeper" / "s2.txt"
    assert by_name["c_empty.txt"].ok is False and by_name["c_empty.txt"].text is None
    assert str(by_name["c_empty.txt"].error) == f"{mixed / 'c_empty.txt'}: empty file"
    assert all((i.text is None) != (i.error is None) for i in got)


def test_read_iter_inputs_custom_patterns(mixed: Path) -> None:
    names = [i.name for i in iter_inputs([str(mixed)], patterns=("*.md",))]
    assert names == ["e_notes.md"]


def test_read_iter_inputs_single_pattern_string(mixed: Path) -> None:
    names = [i.name for i in iter_inputs([str(mixed)], patterns="*.md")]
    assert names == ["e_notes.md"]


def test_read_iter_inputs_invalid_path() -> None:
    (got,) = list(iter_inputs(["bad\x00name.txt"]))
    assert got.error is not None and got.error.reason == "invalid path"


def test_read_iter_inputs_explicit_file_whatever_extension(mixed: Path) -> None:
    got = list(iter_inputs([str(mixed / "f_photo.png"), str(mixed / ".secret.txt")]))
    assert _summary(got) == [("f_photo.png", "binary file (looks like PNG image)"), (".secret.txt", "hidd")]


def test_read_iter_inputs_missing_path(tmp_path: Path) -> None:
    missing = str(tmp_path / "gone.txt")
    (got,) = list(iter_inputs([missing]))
    assert got.name == "gone.txt" and got.text is None and got.error is not None
    assert str(got.error) == f"{missing}: no such file or directory"


def test_read_iter_inputs_unexpanded_glob(mixed: Path) -> None:
    got = list(iter_inputs([str(mixed / "*_*.txt"), str(mixed / "sub" / "*")]))
    assert [i.name for i in got] == ["a_utf8.txt", "b_gbk.txt", "c_empty.txt", "d_image.txt", "s2.txt", "s1.txt"]
    (none,) = list(iter_inputs([str(mixed / "*.pdf")]))
    assert none.error is not None and none.error.reason == "no file matches this pattern"


def test_read_iter_inputs_yields_duplicates_once(mixed: Path) -> None:
    page = mixed / "a_utf8.txt"
    (mixed / "sub" / "link.txt").symlink_to(page)
    args = [str(page), str(mixed), "./" + os.path.relpath(page), str(mixed / "sub")]
    names = [i.name for i in iter_inputs(args)]
    assert names.count("a_utf8.txt") == 1
    assert "link.txt" not in names  # the same file as a_utf8.txt
    assert len(names) == len(set(names)) == 8


def test_read_iter_inputs_does_not_follow_directory_symlinks(mixed: Path) -> None:
    (mixed / "sub" / "loop").symlink_to(mixed, target_is_directory=True)
    names = [i.name for i in iter_inputs([str(mixed)])]
    assert len(names) == 8


def test_read_iter_inputs_streams_one_file_at_a_time(mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[str] = []
    real = files_mod._read_bytes

    def counting(shown: str) -> bytes:
        reads.append(shown)
        return real(shown)

    monkeypatch.setattr(files_mod, "_read_bytes", counting)
    it = iter_inputs([str(mixed)])
    assert reads == []  # a generator: nothing read before it is asked
    first = next(it)
    assert first.name == "G_UPPER.TXT" and len(reads) == 1
    (mixed / "b_gbk.txt").unlink()  # gone after listing: reported, not fatal
    rest = list(it)
    assert ("b_gbk.txt", "no such file or directory") in _summary(rest)
    assert len(reads) == 7


def test_read_iter_inputs_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(PAGE.encode("gbk")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    got = list(iter_inputs(["-", "-"]))
    assert len(got) == 1
    assert got[0].name == "<stdin>" and got[0].path is None and got[0].text == PAGE


def test_read_iter_inputs_stdin_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    (got,) = list(iter_inputs(["-"]))
    assert got.error is not None and str(got.error) == "<stdin>: empty file"
    monkeypatch.setattr(sys, "stdin", None)
    (got,) = list(iter_inputs(["-"]))
    assert got.error is not None and str(got.error) == "<stdin>: no standard input"


def test_read_iter_inputs_stdin_text_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(SHORT))  # no .buffer underneath
    (got,) = list(iter_inputs(["-"]))
    assert got.text == SHORT


def test_read_iter_inputs_unreadable_directory(mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.scandir

    def deny(path: object) -> object:
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(files_mod.os, "scandir", deny)
    got = list(iter_inputs([str(mixed)]))
    assert ("sub", "cannot read directory: permission denied") in _summary(got)
    assert "s2.txt" not in [i.name for i in got]


def test_the_rule_under_a_markdown_table_s_head_prints_nothing():
    from baoxun.layout.lines import split_lines
    lines = split_lines("| 日期 | 天气 |\n|---|:---:|\n| 今天 | 多云 |\n")
    assert [l.text for l in lines] == ["| 日期 | 天气 |", "| 今天 | 多云 |"]
