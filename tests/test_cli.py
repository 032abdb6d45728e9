"""The ``baoxun`` command: help, output formats, inputs, errors and exit codes
(cli.py's docstring: 0 all parsed, 1 some input unreadable, 2 usage error)."""
from __future__ import annotations

import inspect
import json
import re
import shutil
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import typer.main
from typer.testing import CliRunner

from baoxun.cli import app

EXAMPLE_PAGES = Path(__file__).resolve().parent.parent / "examples" / "pages"
SOME_PAGES = ["ex01_keqiao.txt", "ex03_shouguang.txt", "ex10_shaoxing.txt"]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
HAN = re.compile(r"[\u4e00-\u9fff]")


def _runner() -> CliRunner:
    # click < 8.2 mixes stderr into stdout unless told not to; 8.2+ keeps them apart.
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()


def _run(args: list[str], **kwargs):
    result = _runner().invoke(app, args, **kwargs)
    # the CLI turns every expected failure into an exit code, never an exception
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resources.files("baoxun").joinpath("data/page.schema.json")
                        .read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _assert_valid(validator, record: dict) -> None:
    errors = list(validator.iter_errors(record))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


def _records(stdout: str) -> list[dict]:
    lines = stdout.splitlines()
    assert lines, "no output"
    return [json.loads(line) for line in lines]


def _no_traceback(result) -> None:
    for text in (result.stdout, result.stderr):
        assert "Traceback" not in text


# --- help -----------------------------------------------------------------------------

def _commands() -> dict:
    # typer 0.29 carries its own copy of click, so no isinstance against click's classes
    group = typer.main.get_command(app)
    assert hasattr(group, "commands"), "the app is not a command group"
    return dict(group.commands)


def _options(cmd) -> list:
    return [p for p in cmd.params if p.param_type_name == "option" and not getattr(p, "hidden", False)]


def test_cli_app_has_commands():
    assert "parse" in _commands()


def test_cli_every_command_has_help_text():
    for name, cmd in _commands().items():
        text = (cmd.help or cmd.short_help or "").strip()
        assert text, f"command {name!r} has no help text"
        for param in _options(cmd):
            assert (param.help or "").strip(), f"{name} {param.opts} has no help text"


def test_cli_app_help_lists_commands_and_options():
    result = _run(["--help"])
    assert result.exit_code == 0
    for name in _commands():
        assert re.search(rf"^\s+{name}\b", result.stdout, re.MULTILINE), f"{name} not in `baoxun --help`"
    for opt in ("--version", "--help"):
        assert opt in result.stdout


@pytest.mark.parametrize("name", sorted(_commands()))
def test_cli_command_help_lists_its_options(name):
    cmd = _commands()[name]
    result = _run([name, "--help"])
    assert result.exit_code == 0
    _no_traceback(result)
    options = [opt for p in _options(cmd) for opt in p.opts]
    assert options
    for opt in options:
        assert re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", result.stdout), f"{opt} not in `{name} --help`"


def test_cli_version():
    result = _run(["--version"])
    assert result.exit_code == 0
    assert re.match(r"baoxun \d+\.\d+", result.stdout)


# --- parse: outputs -------------------------------------------------------------------

def test_cli_parse_prints_one_valid_json_line_per_page(validator):
    files = [str(EXAMPLE_PAGES / name) for name in SOME_PAGES]
    result = _run(["parse", "--quiet", *files])
    assert result.exit_code == 0, result.stderr
    records = _records(result.stdout)
    assert [r["source"] for r in records] == SOME_PAGES
    for record in records:
        _assert_valid(validator, record)
        assert record["articles"], f"{record['source']}: no article"
    _no_traceback(result)


def test_cli_parse_json_flag_is_json_lines(validator):
    result = _run(["parse", "--json", str(EXAMPLE_PAGES / SOME_PAGES[0])])
    assert result.exit_code == 0, result.stderr
    (record,) = _records(result.stdout)
    _assert_valid(validator, record)


def test_cli_parse_out_dir_writes_pretty_utf8_json_per_page(tmp_path, validator):
    out = tmp_path / "records"
    files = [str(EXAMPLE_PAGES / name) for name in SOME_PAGES]
    result = _run(["parse", "--quiet", "--out", str(out), *files])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == ""
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(Path(n).stem + ".json" for n in SOME_PAGES)
    for name in SOME_PAGES:
        text = (out / (Path(name).stem + ".json")).read_text(encoding="utf-8")
        assert "\\u" not in text, "non-ASCII escaped"
        assert HAN.search(text), "no Chinese characters kept"
        assert text.count("\n") > 10, "not pretty-printed"
        record = json.loads(text)
        assert record["source"] == name
        _assert_valid(validator, record)


def test_cli_parse_out_dir_keeps_same_named_pages_apart(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    shutil.copy(EXAMPLE_PAGES / SOME_PAGES[0], a / "page.txt")
    shutil.copy(EXAMPLE_PAGES / SOME_PAGES[1], b / "page.txt")
    out = tmp_path / "out"
    result = _run(["parse", "-q", "-o", str(out), str(a), str(b)])
    assert result.exit_code == 0, result.stderr
    assert len(list(out.glob("*.json"))) == 2


def test_cli_parse_format_md_prints_the_titles():
    page = str(EXAMPLE_PAGES / SOME_PAGES[1])
    as_json = _run(["parse", page])
    titles = [a["title"] for a in _records(as_json.stdout)[0]["articles"] if a["title"]]
    assert titles
    result = _run(["parse", "--format", "md", page])
    assert result.exit_code == 0, result.stderr
    for title in titles:
        assert title in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout.splitlines()[0])


def test_cli_parse_reads_stdin(validator):
    data = (EXAMPLE_PAGES / SOME_PAGES[0]).read_bytes()
    result = _run(["parse", "-"], input=data)
    assert result.exit_code == 0, result.stderr
    (record,) = _records(result.stdout)
    _assert_valid(validator, record)
    assert record["source"] == "<stdin>"
    from_file = _records(_run(["parse", str(EXAMPLE_PAGES / SOME_PAGES[0])]).stdout)[0]
    assert record["articles"] == from_file["articles"]


def test_cli_parse_empty_stdin_exits_1():
    result = _run(["parse", "-"], input=b"")
    assert result.exit_code == 1
    assert "<stdin>" in result.stderr
    assert result.stdout.strip() == ""
    _no_traceback(result)


def test_cli_parse_mentions_by_default_and_not_with_no_mentions(validator):
    page = str(EXAMPLE_PAGES / SOME_PAGES[0])
    (full,) = _records(_run(["parse", page]).stdout)
    assert all(isinstance(a.get("mentions"), dict) for a in full["articles"])
    result = _run(["parse", "--no-mentions", page])
    assert result.exit_code == 0, result.stderr
    (bare,) = _records(result.stdout)
    _assert_valid(validator, bare)
    assert not any(a.get("mentions") for a in bare["articles"])
    assert not any("facts" in a for a in bare["articles"])     # facts are read from mentions

    def strip(arts: list[dict]) -> list[dict]:
        return [{k: v for k, v in a.items() if k not in ("mentions", "facts")} for a in arts]

    assert strip(bare["articles"]) == strip(full["articles"])


def test_cli_parse_given_date_place_paper_are_in_the_record(validator):
    result = _run(["parse", "--date", "2024-03-05", "--place", "长治市", "--paper", "长治日报",
                   str(EXAMPLE_PAGES / SOME_PAGES[0])])
    assert result.exit_code == 0, result.stderr
    (record,) = _records(result.stdout)
    _assert_valid(validator, record)
    assert record["issue"]["date"] == "2024-03-05"
    assert record["issue"]["year"] == 2024
    assert record["issue"]["date_source"] == "given"
    assert record["paper"] == {"name": "长治日报", "place": "长治市"}


# --- parse: bad inputs and exit codes ---------------------------------------------------

def _mixed_dir(root: Path) -> Path:
    pages = root / "pages"
    (pages / "nested" / "deeper").mkdir(parents=True)
    shutil.copy(EXAMPLE_PAGES / "ex01_keqiao.txt", pages / "good.txt")
    text = (EXAMPLE_PAGES / "ex02_yudu.txt").read_text(encoding="utf-8")
    (pages / "gbk.txt").write_bytes(text.encode("gbk"))
    (pages / "empty.txt").write_bytes(b"")
    (pages / "scan.txt").write_bytes(PNG)
    (pages / "photo.png").write_bytes(PNG)  # not *.txt / *.md: not taken
    shutil.copy(EXAMPLE_PAGES / "ex04_jiangyou.txt", pages / "nested" / "deeper" / "inner.md")
    return pages


def test_cli_parse_mixed_directory_reports_bad_files_and_exits_1(tmp_path, validator, monkeypatch):
    _mixed_dir(tmp_path)
    # a short relative path, so the message lines are short (see the long-path test below)
    monkeypatch.chdir(tmp_path)
    result = _run(["parse", "--quiet", "pages"])
    assert result.exit_code == 1
    _no_traceback(result)
    records = _records(result.stdout)
    assert sorted(r["source"] for r in records) == ["gbk.txt", "good.txt", "inner.md"]
    for record in records:
        _assert_valid(validator, record)
    # the GBK copy reads like the UTF-8 original
    utf8 = _records(_run(["parse", str(EXAMPLE_PAGES / "ex02_yudu.txt")]).stdout)[0]
    gbk = next(r for r in records if r["source"] == "gbk.txt")
    assert gbk["articles"] == utf8["articles"]
    # each bad file named on a line of its own, with a reason after the name
    err_lines = [line for line in result.stderr.splitlines() if line.strip()]
    for bad in ("empty.txt", "scan.txt"):
        hits = [line for line in err_lines if bad in line]
        assert len(hits) == 1, f"{bad}: {hits!r} in stderr {result.stderr!r}"
        reason = hits[0].split(bad, 1)[1].strip(" :")
        assert len(reason) >= 5, f"no reason for {bad}: {hits[0]!r}"
    for good in ("good.txt", "gbk.txt", "inner.md", "photo.png"):
        assert good not in result.stderr
    assert len(err_lines) == 2, err_lines


def test_cli_parse_error_lines_stay_whole_under_a_long_path(tmp_path):
    # rich hard-wraps at the console width (80 columns when stderr is not a terminal)
    # unless told not to; an error must stay one "baoxun: PATH: REASON" line
    deep = tmp_path / ("一个很长的目录名" * 4) / ("another-rather-long-folder-name" * 2)
    deep.mkdir(parents=True)
    (deep / "empty.txt").write_bytes(b"")
    result = _run(["parse", "--quiet", str(deep / "empty.txt")])
    assert result.exit_code == 1
    err_lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(err_lines) == 1, err_lines
    assert str(deep / "empty.txt") in err_lines[0]
    assert err_lines[0].endswith("empty file")


def test_cli_parse_out_dir_with_bad_files_still_writes_good_pages(tmp_path):
    pages = _mixed_dir(tmp_path)
    out = tmp_path / "out"
    result = _run(["parse", "--quiet", "--out", str(out), str(pages)])
    assert result.exit_code == 1
    _no_traceback(result)
    assert sorted(p.name for p in out.glob("*.json")) == ["gbk.json", "good.json", "inner.json"]


def test_cli_parse_missing_path_exits_1(tmp_path):
    missing = tmp_path / "no-such-page.txt"
    result = _run(["parse", str(missing)])
    assert result.exit_code == 1
    assert "no-such-page.txt" in result.stderr
    assert result.stdout.strip() == ""
    _no_traceback(result)


def test_cli_parse_missing_path_next_to_good_page_still_parses_it(tmp_path):
    result = _run(["parse", "-q", str(tmp_path / "missing.txt"), str(EXAMPLE_PAGES / SOME_PAGES[0])])
    assert result.exit_code == 1
    assert [r["source"] for r in _records(result.stdout)] == [SOME_PAGES[0]]
    assert "missing.txt" in result.stderr


def test_cli_parse_empty_directory_exits_1(tmp_path):
    result = _run(["parse", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.strip()
    _no_traceback(result)


@pytest.mark.parametrize("bad", ["2024-13-45", "2024-02-30", "05/03/2024", "yesterday"])
def test_cli_parse_bad_date_is_a_usage_error(bad):
    result = _run(["parse", "--date", bad, str(EXAMPLE_PAGES / SOME_PAGES[0])])
    assert result.exit_code == 2
    assert result.stdout.strip() == ""
    assert bad in result.stderr
    _no_traceback(result)


def test_cli_parse_unknown_format_is_a_usage_error():
    result = _run(["parse", "--format", "xml", str(EXAMPLE_PAGES / SOME_PAGES[0])])
    assert result.exit_code == 2
    assert result.stdout.strip() == ""


def test_cli_parse_without_pages_is_a_usage_error():
    result = _run(["parse"])
    assert result.exit_code == 2


def test_cli_mentions_reads_a_long_argument_as_text():
    from typer.testing import CliRunner

    from baoxun.cli import app

    text = "县委书记冯立群主持召开会议，研究部署全县秋粮收购工作。" * 8  # longer than any file name
    result = CliRunner().invoke(app, ["mentions", text, "--ner", "rules"])
    assert result.exit_code == 0, result.output
    assert "冯立群" in result.output


def test_python_dash_m_baoxun_runs_the_same_command_line(tmp_path):
    import subprocess
    import sys

    page = tmp_path / "p.txt"
    page.write_text("镇里新修一座桥\n\n本报讯（记者 齐远航）河西镇新建的跨河大桥日前通车，两岸群众出行更方便了。\n",
                    encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "baoxun", "parse", str(page), "--no-mentions"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["articles"][0]["title"] == "镇里新修一座桥"
    usage = subprocess.run([sys.executable, "-m", "baoxun", "--help"], capture_output=True, text=True, timeout=60)
    assert usage.returncode == 0 and "Usage: baoxun" in usage.stdout
