"""Shared fixtures: where the bundled examples and ../shared (seeds, gold, scorer) are."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the clone; tests that need it skip with a clear message."""
    if not (SHARED / "gold" / "score.py").exists():
        pytest.skip("../shared (seed pages, gold, scorer) is not beside this clone")
    return SHARED


@pytest.fixture(scope="session")
def scorer(shared: Path):
    """The reference scorer, ../shared/gold/score.py, imported as a module."""
    spec = importlib.util.spec_from_file_location("baoxun_ref_score", shared / "gold" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_dir(pages: Path, out: Path) -> Path:
    """Parse every page of ``pages`` into ``out/<stem>.json`` as the CLI does."""
    from baoxun import parse_page

    out.mkdir(parents=True, exist_ok=True)
    for page in sorted(pages.glob("*.txt")):
        record = parse_page(page.read_text(encoding="utf-8"), source=page.name).to_dict()
        (out / f"{page.stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return out
