"""People resolved across articles: same name in two places, promotions, 市领导 lists,
simultaneous posts, printed links, ties left unresolved, stable ids."""
from __future__ import annotations

import random

from baoxun.register.build import register_from_records

_N = iter(range(10**6))


def art(date, place, people, *, paper=None, places=(), text=None, credits=None):
    """An article record: ``people`` as {name: [posts]}."""
    rec = {"id": f"a{next(_N):05d}", "paper": paper or f"{place}报", "place": place, "issue_date": date,
           "mentions": {"people": [{"name": n, "posts": list(p)} for n, p in people.items()],
                        "places": [{"name": x} for x in places]}}
    if text is not None:
        rec["text"] = text
        for p in rec["mentions"]["people"]:
            i = text.find(p["name"])
            p["spans"] = [[i, i + len(p["name"])]] if i >= 0 else []
    rec.update(credits or {})
    return rec


def people_of(reg, name):
    return [p for p in reg.people if p.name == name]


def offices(reg, pid):
    return [(t.place, t.office) for t in reg.careers[pid] if not t.former_only]


def test_register_resolve_same_name_two_counties_two_people():
    recs = [art(f"2023-{m:02d}-10", "襄垣县", {"王伟": ["县委常委", "常务副县长"]}) for m in range(1, 7)]
    recs += [art(f"2023-{m:02d}-12", "沁县", {"王伟": ["县委常委", "组织部部长"]}) for m in range(1, 7)]
    recs += [art("2023-03-20", "长治市", {"王伟": ["襄垣县委常委", "常务副县长"]})]
    reg = register_from_records(recs)
    ws = people_of(reg, "王伟")
    assert len(ws) == 2
    assert {p.jurisdiction for p in ws} == {"襄垣县", "沁县"}
    xy = next(p for p in ws if p.jurisdiction == "襄垣县")
    assert len(xy.observations) == 7           # the city paper's mention joins the 襄垣县 one


def test_register_resolve_promotion_one_person_two_posts():
    recs = [art(f"2022-{m:02d}-05", "长治市", {"赵明远": ["副市长"]}) for m in range(1, 6)]
    recs += [art(f"2022-{m:02d}-05", "长治市", {"赵明远": ["市委常委", "常务副市长"]}) for m in range(6, 13)]
    reg = register_from_records(recs)
    (p,) = people_of(reg, "赵明远")
    assert offices(reg, p.id) == [("长治市", "副市长"), ("长治市", "市委常委"), ("长治市", "常务副市长")]
    assert any(t["from_office"] == "副市长" and t["to_office"] == "常务副市长" for t in reg.transitions)
    assert reg.holder_at("长治市", "常务副市长", "2022-09") == p.id


def test_register_resolve_leader_list_links_to_the_city_official():
    recs = [art("2024-03-05", "长治市", {"刘建国": ["市委常委", "宣传部部长"]}),
            art("2024-03-20", "长治市", {"刘建国": [], "王炜": []}),
            art("2024-04-02", "长治市", {"刘建国": ["市委常委", "宣传部部长"]})]
    reg = register_from_records(recs)
    (p,) = people_of(reg, "刘建国")
    assert p.status == "resolved" and len(p.observations) == 3
    assert {how for _, _, how in p.observations} >= {"paper_place"}
    (w,) = people_of(reg, "王炜")                 # never printed with a post: a bare person of its own
    assert w.status == "bare" and not reg.careers[w.id]


def test_register_resolve_simultaneous_incompatible_posts_two_people():
    recs = []
    for m in range(1, 13):
        recs.append(art(f"2023-{m:02d}-03", "长治市", {"李明": ["市委副书记", "市长"]}))
        recs.append(art(f"2023-{m:02d}-17", "长治市", {"李明": ["副市长"]}))
    reg = register_from_records(recs)
    ps = people_of(reg, "李明")
    assert len([p for p in ps if p.status == "resolved"]) == 2
    assert sorted(len(p.observations) for p in ps) == [12, 12]


def test_register_resolve_stale_title_after_promotion_stays_one():
    recs = [art(f"2023-{m:02d}-03", "长治市", {"李明": ["副市长"]}) for m in range(1, 7)]
    recs += [art(f"2023-{m:02d}-03", "长治市", {"李明": ["常务副市长"]}) for m in range(7, 13)]
    recs += [art("2023-07-20", "长治市", {"李明": ["副市长"]}), art("2023-08-09", "长治市", {"李明": ["副市长"]})]
    reg = register_from_records(recs)
    assert len(people_of(reg, "李明")) == 1


def test_register_resolve_no_merge_across_places_without_printed_link():
    recs = [art(f"2022-{m:02d}-05", "潞州区", {"赵刚": ["区委书记"]}) for m in range(1, 7)]
    recs += [art(f"2022-{m:02d}-05", "长治市", {"赵刚": ["副市长"]}) for m in range(7, 13)]
    reg = register_from_records(recs)
    assert len(people_of(reg, "赵刚")) == 2
    # the appointment prints both posts with the name: now one person
    text = "任命原潞州区委书记赵刚为长治市副市长。"
    recs.append(art("2022-07-01", "长治市", {"赵刚": ["潞州区委书记", "长治市副市长"]}, text=text))
    reg = register_from_records(recs)
    (p,) = people_of(reg, "赵刚")
    career = {(t.place, t.office): t for t in reg.careers[p.id]}
    assert career[("潞州区", "区委书记")].last == "2022-06-05"   # 原…: not held at the appointment
    assert career[("长治市", "副市长")].first == "2022-07-01"


def test_register_resolve_tie_stays_unresolved():
    recs = [art("2023-05-01", "襄垣县", {"王伟": ["县委常委"]}), art("2023-05-02", "沁县", {"王伟": ["县委常委"]}),
            art("2023-05-10", "长治市", {"王伟": []})]
    reg = register_from_records(recs)
    un = [p for p in people_of(reg, "王伟") if p.status == "unresolved"]
    assert len(un) == 1 and len(un[0].candidates) == 2
    # the article names one county: that county's 王伟
    recs.append(art("2023-05-11", "长治市", {"王伟": []}, places=["沁县"]))
    reg = register_from_records(recs)
    qin = next(p for p in people_of(reg, "王伟") if p.jurisdiction == "沁县")
    assert len(qin.observations) == 2


def test_register_resolve_county_post_in_city_paper_takes_the_article_county():
    recs = [art("2023-05-01", "长治市", {"孙丽": ["区委副书记", "区长"]}, places=["潞州区"]),
            art("2023-06-01", "长治市", {"孙丽": ["潞州区委副书记", "区长"]})]
    reg = register_from_records(recs)
    (p,) = people_of(reg, "孙丽")
    assert offices(reg, p.id) == [("潞州区", "区委副书记"), ("潞州区", "区长")]


def test_register_resolve_posts_restored_from_text():
    text = "县委书记谭冬梅深入古韩镇调研。古韩镇党委书记马铁军陪同。市商务局局长史涛介绍情况。"
    reg = register_from_records([art("2023-01-21", "襄垣县", {"马铁军": ["党委书记"], "史涛": ["局长"]}, text=text)])
    (ma,) = people_of(reg, "马铁军")
    assert offices(reg, ma.id) == [("古韩镇", "镇党委书记")]
    (shi,) = people_of(reg, "史涛")
    assert offices(reg, shi.id) == [("长治市", "市商务局局长")]


def test_register_resolve_ids_are_stable_and_order_free():
    recs = [art(f"2022-{m:02d}-05", "长治市", {"赵明远": ["副市长"], "刘建国": ["市委书记"]}) for m in range(1, 13)]
    recs += [art(f"2023-{m:02d}-05", "沁县", {"赵明远": ["县长"]}) for m in range(1, 4)]
    a = register_from_records(recs)
    shuffled = recs[:]
    random.Random(4).shuffle(shuffled)
    b = register_from_records(shuffled)
    assert sorted(p.id for p in a.people) == sorted(p.id for p in b.people)
    assert len({p.id for p in a.people}) == len(a.people)


def test_register_resolve_bylines_kept_apart_with_roles():
    recs = [art("2024-01-05", "长治市", {}, paper="长治日报", credits={"reporters": ["李茹"], "correspondents": ["王五"]}),
            art("2024-02-05", "长治市", {}, paper="长治日报", credits={"photographers": ["李茹"]}),
            art("2024-02-06", "株洲市", {}, paper="株洲日报", credits={"reporters": ["李茹"]})]
    reg = register_from_records(recs)
    li = [b for b in reg.bylines if b.name == "李茹"]
    assert {b.paper for b in li} == {"长治日报", "株洲日报"}
    cz = next(b for b in li if b.paper == "长治日报").to_dict()
    assert set(cz["roles"]) == {"reporter", "photographer"} and cz["first"] == "2024-01-05"
    assert not reg.people                       # credits are not officials


def test_register_resolve_coappearances_counted():
    recs = [art("2024-01-05", "长治市", {"甲一": ["市长"], "乙二": ["副市长"]}),
            art("2024-01-06", "长治市", {"甲一": ["市长"], "乙二": ["副市长"], "丙三": ["市委书记"]})]
    reg = register_from_records(recs)
    ids = {p.name: p.id for p in reg.people}
    assert reg.coappearances[tuple(sorted((ids["甲一"], ids["乙二"])))] == 2
