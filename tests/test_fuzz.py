"""parse_page never raises on mutated pages (the mutations of benchmarks/fuzz.py)."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baoxun import parse_page
from baoxun.synth import Corpus, iter_pages, load_records
from baoxun.synth.mutate import MUTATIONS, apply

ROOT = Path(__file__).resolve().parent.parent
_PAGES: list[str] = []


def base_pages() -> list[str]:
    """Example pages and generated pages of every style (made once)."""
    if not _PAGES:
        _PAGES.extend(p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "pages").glob("*.txt")))
        records = load_records([str(ROOT / "tests" / "fixtures" / "synth" / "records.jsonl")], root=ROOT)
        _PAGES.extend(p.text for p in iter_pages(Corpus(records), 11, seed=7))
    return _PAGES


def test_fuzz_mutations_change_pages():
    page = base_pages()[0]
    changed = {name for name in MUTATIONS if apply(page, [name], 1) != page}
    assert changed >= set(MUTATIONS) - {"blank_lines"}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=st.integers(min_value=0, max_value=30),
       ops=st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=4),
       seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_fuzz_parse_page_never_raises_on_mutated_pages(page, ops, seed):
    pages = base_pages()
    text = apply(pages[page % len(pages)], ops, seed)
    result = parse_page(text, source="fuzz.txt", mentions=True)
    assert isinstance(result.to_dict()["articles"], list)
