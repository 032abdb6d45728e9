"""The register never raises on empty or odd article records and mentions."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baoxun.register.build import register_from_records
from baoxun.register.svg import timeline_svg

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ODD = [
    [], [None], [{}], [1, "x", []],
    [{"mentions": None}], [{"mentions": {"people": None}}], [{"mentions": {"people": [None, 3, "x", {}]}}],
    [{"mentions": {"people": [{"name": ""}, {"name": None}, {"name": 5}, {"name": "王伟", "posts": None}]}}],
    [{"mentions": {"people": [{"name": "王伟", "posts": [None, 3, "", "市长"], "spans": [[1], "x", [2, 1]]}]}}],
    [{"id": "a", "issue_date": "not a date", "place": 7, "mentions": {"people": [{"name": "王伟", "posts": ["市长"]}]}}],
    [{"id": "a", "issue_date": "2024-13-45", "place": "长治市", "text": "王伟",
      "mentions": {"people": [{"name": "王伟", "posts": ["原"], "spans": [[0, 2]]}]}}],
    [{"paper": {"name": "长治日报", "place": "长治市"}, "issue": {"date": "2024-03-05"},
      "reporters": ["李茹", None, 3], "mentions": {"people": [{"name": "王伟", "posts": ["市委常委"]}],
                                                  "places": [None, {"name": None}, "潞州区"]}}],
]


def test_register_robust_odd_records():
    for recs in ODD:
        reg = register_from_records(recs)
        reg.to_dict()
        for p in reg.people:
            reg.person_dict(p)


_post = st.sampled_from(["市长", "副市长", "市委书记", "区委书记", "县长", "原县长", "兼局长", "董事长", "", "、", "党组书记",
                         "潞州区委书记", "镇党委书记"]) | st.text(max_size=8)
_person = st.fixed_dictionaries({"name": st.sampled_from(["王伟", "李明", "", "张"]) | st.text(max_size=4),
                                 "posts": st.lists(_post, max_size=3)})
_record = st.fixed_dictionaries({
    "id": st.text(max_size=4), "place": st.sampled_from(["长治市", "潞州区", "沁县", None, "", "某地"]),
    "issue_date": st.sampled_from(["2023-01-05", "2024-02-29", None, "", "2023", "bad"]),
    "mentions": st.fixed_dictionaries({"people": st.lists(_person, max_size=4)}),
    "reporters": st.lists(st.text(max_size=3), max_size=2)})


@SETTINGS
@given(st.lists(_record, max_size=12))
def test_register_robust_random_records(recs):
    reg = register_from_records(recs)
    ids = [p.id for p in reg.people]
    assert len(ids) == len(set(ids))
    for p in reg.people:
        assert 0.0 <= p.confidence <= 1.0


@SETTINGS
@given(st.lists(st.fixed_dictionaries({"label": st.text(max_size=20),
                                       "start": st.sampled_from(["2023-01-05", "2024-02", "2022", None, "bad"]),
                                       "end": st.sampled_from(["2023-06-05", None, "bad", "2021-01-01"]),
                                       "href": st.sampled_from([None, '/x?a="b"&c=<d>'])}), max_size=5))
def test_register_robust_svg_escapes(rows):
    svg = timeline_svg(rows)
    assert "<script" not in svg
    for r in rows:
        if r["href"] and svg and "&c=<d>" in svg:
            raise AssertionError("unescaped href")
