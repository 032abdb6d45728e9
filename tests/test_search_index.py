"""The tantivy search index (archive/index.py): the same matches and totals as the
FTS5 plan, hostile queries, staleness checked on open, sync after ingest and after a
killed sync, facets from the index."""
from __future__ import annotations

import importlib
import random
import shutil
from pathlib import Path

import pytest

from baoxun.archive import Archive, Filters, ingest
from baoxun.errors import BaoxunError
from conftest import EXAMPLES

ix = pytest.importorskip("baoxun.archive.index")
if not ix.available():
    pytest.skip("tantivy is not installed", allow_module_level=True)
S = importlib.import_module("baoxun.archive.search")      # the module; the package exports the function

PAGES = sorted((EXAMPLES / "pages").glob("*.txt"))


@pytest.fixture(scope="module")
def indexed(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("idx") / "a.db"
    with Archive(db) as archive:
        ingest(archive, [str(EXAMPLES / "pages")])
        ix.build(archive)
    return db


def _same(archive: Archive, query: str, filters: Filters) -> None:
    try:
        want, want_total = S.search_fts(archive, query, filters, limit=500)
    except BaoxunError as exc:
        with pytest.raises(BaoxunError) as got:
            S.search_index(archive, query, filters, limit=500)
        assert str(got.value) == str(exc)
        return
    got, total = S.search_index(archive, query, filters, limit=500)
    assert total == want_total, (query, filters)
    assert {h.id for h in got} == {h.id for h in want}, (query, filters)


FILTERS = [Filters(), Filters(kind="news"), Filters(date_from="2021-01-01", date_to="2023-12-31"),
           Filters(date_from="2022-06-01"), Filters(date_to="2020-12-31"), Filters(place="绍兴市"),
           Filters(place="330000"), Filters(person="曾庆华"), Filters(kind="photo", place="于都县"),
           Filters(kind="news", date_to="2021-06-30"), Filters(kind="news", date_from="2021-01-01", date_to="2021")]
QUERIES = ["发展", "产业 发展", '"重点项目"', "脐橙 OR 草莓", "发展 -产业", '"全力冲刺" 项目', "国家宪法日",
           "中华人民共和国", "乡村振兴战略", '"发展" OR "乡村" -"振兴"', "的", "5G", "召开 OR 会议 -发展"]


@pytest.mark.parametrize("query", QUERIES)
def test_search_index_gives_the_fts5_matches(indexed, query):
    with Archive(indexed, readonly=True) as archive:
        assert ix.status(archive) == "fresh"
        for f in FILTERS:
            _same(archive, query, f)


def test_search_index_random_words_match_fts5(indexed):
    """Words, pairs, glued pairs (several tokens: NEAR / phrase with slop) and exclusions
    drawn from the archive's own tokens."""
    with Archive(indexed, readonly=True) as archive:
        words = [w for (t,) in archive.conn.execute("SELECT body_tokens FROM articles") for w in t.split()]
        rng = random.Random(7)
        for _ in range(60):
            a, b = rng.choice(words), rng.choice(words)
            for q in (a, f"{a} {b}", a + b, f"{a} -{b}", f'"{a}{b}"', f"{a} OR {b}"):
                _same(archive, q, rng.choice(FILTERS))


def test_search_uses_the_index_when_fresh(indexed):
    with Archive(indexed, readonly=True) as archive:
        hits, total = S.search(archive, "发展", limit=5)
        idx, idx_total = S.search_index(archive, "发展", limit=5)
    assert [h.id for h in hits] == [h.id for h in idx] and total == idx_total


def test_search_index_ranks_headline_hits_first(indexed):
    with Archive(indexed, readonly=True) as archive:
        title = archive.conn.execute(
            "SELECT title FROM articles WHERE title IS NOT NULL AND length(title) >= 6 LIMIT 1").fetchone()[0]
        hits, total = S.search_index(archive, f'"{title[:4]}"', limit=5)
    assert total >= 1 and title[:4] in (hits[0].title or "")


def test_search_index_pagination_is_consistent(indexed):
    with Archive(indexed, readonly=True) as archive:
        everything, total = S.search_index(archive, "发展", limit=100)
        pages = []
        for offset in range(0, total, 7):
            page, t = S.search_index(archive, "发展", limit=7, offset=offset)
            assert t == total
            pages += page
    assert [h.id for h in pages] == [h.id for h in everything]


NASTY = ['"', '""', '"""', "'", "*", "^", "(", ")", "()", "AND", "OR", "NOT", "NEAR", "NEAR(", "a OR",
         "-", "--", "- -", ":", "col:word", "title:发展", "body:发展", "rowid:1", "kind:news", "place:*",
         "title_tokens:发展", '发展"', '"发展', "发展 NOT", "NOT 发展", "发展 AND OR NOT", "{", "}", "[", "]",
         "[1 TO 2]", "day:[20200101 TO 20201231]", "\\", "\\\\", "发展\\", "%", "_", "'; DROP TABLE articles; --",
         "\x00", "\x01\x02\x1f", "\x7f", "\u200b", "发展\x00", "发展\n产业", "\t", "🙂", "　", "，。！？", "a" * 190,
         "发展 " * 16, "发展 " * 17, "x" * 201, "发" * 200, "NEAR(发展 乡村, 2)", "发展*", "*发展", "^发展", "发展^5",
         "发展~2", "+发展", "发展 +产业", '"发展" OR "乡村" -"振兴"', "(发展 OR 乡村) AND 振兴", "IN [a b]",
         "发展 -", "- 发展", "OR OR OR", "OR 发展", "发展 OR", "-发展 -产业", "发展:产业", "http://x.cn/a?b=c&d"]


@pytest.mark.parametrize("query", NASTY)
def test_search_index_hostile_queries(indexed, query):
    """Either a clear BaoxunError (the same as the FTS5 plan's) or results; never an
    engine error, and the index's query parser is never called."""
    tantivy = ix.tantivy
    called = []

    def trap(*args, **kwargs):
        called.append(args)
        raise AssertionError("the query parser was called")

    orig = tantivy.Index.parse_query
    try:
        tantivy.Index.parse_query = trap           # type: ignore[method-assign]
    except (AttributeError, TypeError):            # a builtin type: cannot be patched, checked by reading
        pass
    try:
        with Archive(indexed, readonly=True) as archive:
            try:
                hits, total = S.search_index(archive, query, limit=5)
            except BaoxunError as exc:
                assert "search failed" not in str(exc) and "index" not in str(exc)
                hits, total = [], 0
            assert total >= len(hits)
            _same(archive, query, Filters())
            _same(archive, query, Filters(kind="news", place="绍兴市"))
    finally:
        try:
            tantivy.Index.parse_query = orig        # type: ignore[method-assign]
        except (AttributeError, TypeError):
            pass
    assert not called


def test_search_index_never_calls_a_query_parser():
    """tantivy's parser (Index.parse_query, tantivy.parse_query, …_lenient) is never
    called: queries are built from tokens (our own query.parse_query is fine)."""
    import re
    src = Path(ix.__file__).read_text(encoding="utf-8")
    assert not re.search(r"\.parse_query(_lenient)?\(", src)


@pytest.mark.parametrize("value", ["'", '"', "a:b", "\\", "*", "\x00", "长" * 50])
def test_search_index_hostile_filter_values(indexed, value):
    with Archive(indexed, readonly=True) as archive:
        for f in (Filters(place=value), Filters(person=value), Filters(kind=value), Filters(paper=value)):
            _same(archive, "发展", f)


def test_undated_articles_leave_with_any_date_bound(indexed, tmp_path):
    db = _copy(indexed, tmp_path / "a.db")
    with Archive(db) as archive:
        archive.conn.execute("UPDATE articles SET date = NULL WHERE rowid % 3 = 0")
        ix.build(archive)
        for f in (Filters(kind="news"), Filters(kind="news", date_to="2030-01-01"),
                  Filters(kind="news", date_from="1900-01-01"), Filters(date_to="2030-01-01")):
            _same(archive, "发展", f)


def test_day_numbers_keep_the_order_of_date_strings():
    dates = ["2019", "2019-12", "2019-12-31", "2020", "2020-01", "2020-01-01", "2020-01-02", "2020-02", "2021-10-09"]
    nums = [ix.day_number(d) for d in dates]
    assert nums == sorted(nums) and len(set(nums)) == len(nums)
    assert ix.day_number(None) is None and ix.day_number("") is None and ix.day_number("无日期") is None


def _copy(src: Path, dst: Path) -> Path:
    shutil.copy(src, dst)
    shutil.copytree(Path(str(src) + ".index"), Path(str(dst) + ".index"))
    return dst


def test_index_goes_stale_after_ingest_and_search_falls_back(indexed, tmp_path):
    db = _copy(indexed, tmp_path / "a.db")
    extra = tmp_path / "more"
    extra.mkdir()
    shutil.copy(PAGES[0], extra / "again.txt")          # a new key: its articles are added
    with Archive(db) as archive:
        assert ix.status(archive) == "fresh"
        before = S.search(archive, "发展", limit=500)[1]
        ingest(archive, [str(extra)], index=False)          # as if killed before its index sync
        assert ix.status(archive) == "stale"
        hits, total = S.search(archive, "发展", limit=500)   # FTS5 answers, with the new articles
        assert total > before
        with pytest.raises(BaoxunError, match="stale"):
            S.search_index(archive, "发展")
        assert ix.sync(archive)["added"] > 0
        assert ix.status(archive) == "fresh"
        for q in QUERIES[:5]:
            _same(archive, q, Filters())


def test_sync_deletes_replaced_articles_and_survives_a_kill(indexed, tmp_path):
    db = _copy(indexed, tmp_path / "a.db")
    folder = tmp_path / "in"
    folder.mkdir()
    page = folder / "p.txt"
    page.write_text(PAGES[0].read_text(encoding="utf-8"), encoding="utf-8")
    with Archive(db) as archive:
        ingest(archive, [str(folder)], index=False)
        ix.sync(archive)
        page.write_text(PAGES[1].read_text(encoding="utf-8"), encoding="utf-8")
        ingest(archive, [str(folder)], index=False)         # the page replaces its articles
        path = ix.index_path(archive)
        saved = {n: (path / n).read_bytes() for n in ("baoxun.json", "baoxun-rowids.bin", "baoxun-ids.txt")}
        out = ix.sync(archive)
        assert out["added"] > 0 and out["deleted"] > 0
        # a sync killed after tantivy's commit, before its own list was written
        for n, data in saved.items():
            (path / n).write_bytes(data)
        assert ix.status(archive) == "stale"
        ix.sync(archive)                                    # again: nothing doubled
        assert ix.status(archive) == "fresh"
        for q in QUERIES:
            _same(archive, q, Filters())


def test_missing_or_damaged_index_falls_back(indexed, tmp_path):
    db = _copy(indexed, tmp_path / "a.db")
    with Archive(db, readonly=True) as archive:
        want = S.search_fts(archive, "发展", limit=50)
        (ix.index_path(archive) / "baoxun-rowids.bin").write_bytes(b"\x00" * 5)
        assert ix.status(archive) == "missing"
        got = S.search(archive, "发展", limit=50)
    assert [h.id for h in got[0]] == [h.id for h in want[0]] and got[1] == want[1]


def test_facet_counts_agree_with_filtered_totals(indexed):
    with Archive(indexed, readonly=True) as archive:
        q = S.parse_query("发展")
        facets = ix.facet_counts(archive, q, Filters(), size=10)
        total = S.search_index(archive, "发展")[1]
        assert sum(n for _, n in facets["kind"]) == total
        for key in ("kind", "place", "person"):
            for value, n in facets[key][:3]:
                assert S.search_fts(archive, "发展", Filters(**{key: value}))[1] == n, (key, value)
        month, n = facets["month"][0]
        got = S.search_fts(archive, "发展", Filters(date_from=f"{month}-01", date_to=f"{month}-31"))[1]
        assert got == n


@pytest.mark.parametrize("query, filters", [("发展", Filters()), ("发展", Filters(kind="news")),
                                            ("产业 OR 项目", Filters(date_from="2021-01-01")),
                                            ("会议", Filters(place="绍兴市"))])
def test_index_facets_equal_the_web_readers_sql_facets(indexed, query, filters):
    from baoxun.web import queries

    with Archive(indexed, readonly=True) as archive:
        want = queries.facets_sql(archive, query, filters, seconds=30)
        got = ix.facets(archive, query, filters, size=queries.FACET_SIZE)
    assert got["kind"] == want["kind"] and got["date"] == want["date"]
    assert got["person"] == want["person"]
    assert got["place"] == want["place"]


def test_keep_in_step_only_where_an_index_exists(indexed, tmp_path):
    db = _copy(indexed, tmp_path / "a.db")
    other = tmp_path / "other.txt"
    shutil.copy(PAGES[0], other)
    with Archive(db) as archive:
        ingest(archive, [str(other)], index=False)        # a new key: new articles, index not synced
        assert ix.status(archive) == "stale"
        assert ix.keep_in_step(archive)["added"] > 0
        assert ix.status(archive) == "fresh"
    with Archive(tmp_path / "plain.db") as archive:
        ingest(archive, [str(PAGES[0])])
        assert ix.keep_in_step(archive) is None and ix.status(archive) == "missing"


def test_damaged_index_files_fall_back_to_fts5(indexed, tmp_path):
    db = _copy(indexed, tmp_path / "a.db")
    path = Path(str(db) + ".index")
    for f in path.iterdir():
        if f.suffix in (".idx", ".term", ".pos", ".store"):
            f.write_bytes(b"\x00" * 16)
    with Archive(db, readonly=True) as archive:
        want = S.search_fts(archive, "发展", limit=50)
        got = S.search(archive, "发展", limit=50)
    assert [h.id for h in got[0]] == [h.id for h in want[0]] and got[1] == want[1]


def test_ranked_ids_for_exports(indexed):
    from baoxun.web import queries

    with Archive(indexed, readonly=True) as archive:
        for q, f in (("发展", Filters()), ("产业 OR 项目", Filters(kind="news")), ('"重点项目"', Filters())):
            got = S.ranked_ids(archive, q, f, limit=10_000)
            want = queries.ranked_ids_sql(archive, q, f, 10_000)
            assert sorted(got) == sorted(want) and len(got) == len(set(got))
            assert got[:20] == [h.id for h in S.search(archive, q, f, limit=20)[0]]
