"""Truth to measure the register against: generated officials and the papers that print them.

:func:`generate` makes a scenario — fictional but plausible officials in three real
prefectures (长治市, 株洲市, 潍坊市) and three of each one's counties over three years —
and the articles their papers print about them:
  1. **posts**: each city has its 市委书记, 市长, 专职副书记, 常务副市长, 组织部/宣传部部长,
     纪委书记, 人大常委会主任, 政协主席, three 副市长 and two bureau chiefs; each county its
     书记, 县长 (区长, 市长), 常务副, 组织部部长, 人大, 政协, a 副县长 and two towns'
     党委书记; every post starts with a holder on the first day;
  2. **events**, month by month: a mayor leaves and the 常务副市长 succeeds (a 副市长 moves
     up, a county's 书记 is promoted into the city government, the county's 县长 and 常务副
     move up, a newcomer fills the gap); a 县长 is transferred to another county as its 书记;
     a 市委书记 leaves and the mayor succeeds; a 人大 chair retires; bureau chiefs, towns'
     secretaries and deputies change at random. Two people share the name 王伟 in two
     counties of 长治市, and one name is a 副市长 in both 株洲市 and 潍坊市;
  3. **articles** as papers print them, in each city's daily and one county's paper: the
     full post chain at first mention (市委副书记、市长X), a 、-list under one post
     (副市长A、B), 市领导 / 县领导 lists with bare names, bare names in later pieces,
     county leaders in the city paper with the county printed (襄垣县委书记) or not (县委
     副书记、县长 in a piece about that county), appointment news that prints the old post
     with 原 and the new one (the printed link of a move between places), companies'
     董事长, and the papers' own reporters, correspondents and photographers;
  4. **mentions** as a perfect finder would give them (SCHEMA.md shape, spans into
     ``text``), and the truth: which person every (article, name) is, and who held every
     post in every month.

:func:`with_finder_mentions` replaces the perfect mentions by the real finder's
(``baoxun.enrich.find_mentions``); :func:`score` measures a built register against the
truth: pairwise precision/recall/F1 of person clustering, the share of (place, post,
month) cells whose holder is right, and the number of people merged across places.

Everything is seeded: the same arguments give the same scenario.
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any, Callable, Iterable

from .. import gazetteer

__all__ = ["Scenario", "generate", "with_finder_mentions", "score", "CITIES", "BARS"]

#: The bars of issue 12 (what :func:`score` results are tested against).
BARS = {"pairwise_f1": 0.95, "cells": 0.90, "cross_place_merges": 0}

#: city → (its daily, its counties, the county that has a paper of its own, that paper)
CITIES: dict[str, tuple[str, tuple[str, ...], str, str]] = {
    "长治市": ("长治日报", ("潞州区", "襄垣县", "沁县"), "襄垣县", "襄垣新闻"),
    "株洲市": ("株洲日报", ("芦淞区", "攸县", "醴陵市"), "醴陵市", "醴陵融媒"),
    "潍坊市": ("潍坊日报", ("奎文区", "寿光市", "临朐县"), "寿光市", "寿光新闻"),
}
START_YEAR = 2022
MONTHS = 36

_SURNAMES = ("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁"
             "魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹"
             "易常武乔贺赖龚文")
_GIVEN = ("建军 志强 海涛 红梅 国栋 卫东 晓峰 丽华 建平 振华 玉兰 春生 立新 永刚 东升 金山 林峰 文斌 "
          "宏伟 庆丰 敏 丽 静 云鹏 亮 飞 宇航 浩然 凯 忠诚 德福 贵民 荣华 生财 达 义勇 成龙 安邦 民生 光明 "
          "启航 振兴 茂林 长青 学军 科 俊杰 晓燕 秀英 桂芳 海燕 志刚 建华 卫国 小平 向阳 红星 跃进 胜利 "
          "保国 爱民 新华 和平 继红 晓东 文杰 佳琪 慧敏 思远 子涵 雨萱 博文 一鸣 天佑 明轩 瑞 磊 军 洋 "
          "勇 杰 涛 超 霞 刚 斌 辉 鹏 峰 强 平 华 敏杰 晓 雪梅 金凤 翠兰 国强 国华 国庆 建设 援朝 "
          "铁军 丰收 秋实 冬梅 夏雨 春燕 向东 卫红 志远 海波 海军 海龙 宏图 宏亮 泽民 润生 福来 满仓").split()
_COMPANY = ("华晟新材料", "鼎泰精密", "恒源食品", "瑞丰农业", "宏达机械", "金穗粮油", "天和光电", "绿源环保",
            "长兴陶瓷", "众诚物流", "康泰医疗", "汇川智能")
_EVENTS = ("全市优化营商环境推进大会", "全市安全生产工作会议", "重点项目集中开工仪式", "乡村振兴工作推进会",
           "招商引资项目签约仪式", "科技创新大会", "生态环境保护工作会议", "民营经济发展大会")
_TOPICS = ("重点项目建设", "乡村振兴", "安全生产", "招商引资", "城市更新", "防汛备汛", "春季植树", "文明城市创建")
# Share of mentions printed with the post the person held before (a stale title in the
# months after a move), and of chains printed short (市长X for 市委副书记、市长X).
STALE_SHARE = 0.15
STALE_MONTHS = 3
ABBREV_SHARE = 0.2
_REPORTER_POOL = "李茹 王芳 张弛 刘畅 陈静 赵蕾 孙悦 周航 吴迪 郑洁 冯雪 蒋帆 何欢 吕萌 施琳 许诺".split()


# --------------------------------------------------------------------------- truth

@dataclass
class Slot:
    """One post of the scenario and who holds it when."""

    place: str
    key: str                  # the register's office (市委书记, 常务副市长, 县委组织部部长 …)
    role: str                 # secretary, head, exec, … (what the templates ask for)
    chain_own: tuple[str, ...]     # the chain as the place's own paper prints it
    chain_city: tuple[str, ...]    # as the prefecture's paper prints it (county posts: place printed)
    chain_bare_city: tuple[str, ...]   # as the prefecture's paper prints it in a piece about the county
    singular: bool
    town: str | None = None
    holders: list[tuple[int, int, str]] = field(default_factory=list)   # (first month, last month, person)

    def holder(self, month: int) -> str | None:
        for a, b, pid in self.holders:
            if a <= month <= b:
                return pid
        return None


@dataclass
class Scenario:
    """Generated articles (records with perfect mentions) and their truth."""

    articles: list[dict[str, Any]]
    truth: dict[tuple[str, str], str]             # (article id, name) → person
    people: dict[str, dict[str, Any]]             # person → name, places
    slots: list[Slot]
    months: list[str]

    def cells(self, printed: set[tuple[str, str]] | None = None) -> Iterable[tuple[str, str, str, str]]:
        """(place, office, month, person) for every single-holder post and month (only the
        posts in ``printed``, when given: a post no article names cannot be known)."""
        for s in self.slots:
            if not s.singular or (printed is not None and (s.place, s.key) not in printed):
                continue
            for m, month in enumerate(self.months):
                pid = s.holder(m)
                if pid is not None:
                    yield (s.place, s.key, month, pid)


def _suffix(county: str) -> str:
    """The level word a county's posts print (区委书记, 县长, 市委书记 for a 县级市)."""
    return county[-1]


def _slots_for(city: str, counties: tuple[str, ...], rng: random.Random) -> list[Slot]:
    s: list[Slot] = []

    def add(place, key, role, own, city_form=None, bare_city=None, singular=True, town=None):
        s.append(Slot(place, key, role, tuple(own), tuple(city_form or own), tuple(bare_city or city_form or own),
                      singular, town))

    add(city, "市委书记", "secretary", ["市委书记"])
    add(city, "市长", "head", ["市委副书记", "市长"])
    add(city, "市委副书记", "deputy", ["市委副书记"], singular=False)
    add(city, "常务副市长", "exec", ["市委常委", "常务副市长"])
    add(city, "市委组织部部长", "organization", ["市委常委", "组织部部长"])
    add(city, "市委宣传部部长", "propaganda", ["市委常委", "宣传部部长"])
    add(city, "市纪委书记", "discipline", ["市委常委", "市纪委书记", "市监委主任"])
    add(city, "市人大常委会主任", "congress", ["市人大常委会主任"])
    add(city, "市政协主席", "cppcc", ["市政协主席"])
    for i in (1, 2, 3):
        add(city, "副市长", f"vice{i}", ["副市长"], singular=False)
    add(city, "市商务局局长", "commerce", ["市商务局局长"])
    add(city, "市农业农村局局长", "agriculture", ["市农业农村局局长"])
    for county in counties:
        c = _suffix(county)
        add(county, f"{c}委书记", "secretary", [f"{c}委书记"], [f"{county}委书记"])
        add(county, f"{c}长", "head", [f"{c}委副书记", f"{c}长"], [f"{county}委副书记", f"{c}长"],
            [f"{c}委副书记", f"{c}长"])
        add(county, f"常务副{c}长", "exec", [f"{c}委常委", f"常务副{c}长"], [f"{county}委常委", f"常务副{c}长"],
            [f"{c}委常委", f"常务副{c}长"])
        add(county, f"{c}委组织部部长", "organization", [f"{c}委常委", "组织部部长"], [f"{county}委常委", "组织部部长"],
            [f"{c}委常委", "组织部部长"])
        add(county, f"{c}人大常委会主任", "congress", [f"{c}人大常委会主任"], [f"{county}人大常委会主任"])
        add(county, f"{c}政协主席", "cppcc", [f"{c}政协主席"], [f"{county}政协主席"])
        add(county, f"副{c}长", "vice1", [f"副{c}长"], [f"{county}副{c}长"], singular=False)
        code = gazetteer.lookup(county)[0].code
        towns = [t.name for t in gazetteer.towns_of(code) if t.name.endswith("镇")]
        for i, town in enumerate(rng.sample(towns, 2) if len(towns) >= 2 else towns):
            add(town, "镇党委书记", f"town{i + 1}", [f"{town}党委书记"], [f"{county}{town}党委书记"], town=town)
    return s


class _Names:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def new(self) -> str:
        for _ in range(1000):
            name = self.rng.choice(_SURNAMES) + self.rng.choice(_GIVEN)
            if name not in self.used and name not in ("王伟", "张磊"):
                self.used.add(name)
                return name
        raise RuntimeError("out of names")


def _month_name(m: int) -> str:
    y, mm = START_YEAR + m // 12, m % 12 + 1
    return f"{y:04d}-{mm:02d}"


# --------------------------------------------------------------------------- generation

def generate(seed: int = 0, *, months: int = MONTHS, city_articles: int = 20, county_articles: int = 12,
             cities: Iterable[str] | None = None) -> Scenario:
    """A scenario: ``city_articles`` articles a month in each city's daily and
    ``county_articles`` in each county paper, over ``months`` months from January 2022."""
    rng = random.Random(seed)
    names = _Names(rng)
    people: dict[str, dict[str, Any]] = {}
    slots: list[Slot] = []
    city_list = list(cities or CITIES)

    def person(name: str | None = None) -> str:
        pid = f"T{len(people) + 1:04d}"
        people[pid] = {"name": name or names.new(), "places": set()}
        return pid

    by_city: dict[str, list[Slot]] = {}
    for city in city_list:
        _, counties, _, _ = CITIES[city]
        cs = _slots_for(city, counties, rng)
        by_city[city] = cs
        slots.extend(cs)
    # 1. first holders
    for s in slots:
        s.holders.append((0, months - 1, person()))
    # two people called 王伟 in two counties of 长治市; one 副市长 name in 株洲市 and 潍坊市
    if "长治市" in by_city:
        for county, role in (("襄垣县", "exec"), ("沁县", "organization")):
            s = _slot(by_city["长治市"], county, role)
            people[s.holders[0][2]]["name"] = "王伟"
    for city in ("株洲市", "潍坊市"):
        if city in by_city:
            people[_slot(by_city[city], city, "vice2").holders[0][2]]["name"] = "张磊"
    links: list[tuple[int, str, str, Slot, Slot]] = []   # (month, city, person, old slot, new slot)

    def move(month: int, pid: str, old: Slot | None, new: Slot, city: str) -> None:
        if old is not None:
            _end(old, month)
        _end(new, month)
        new.holders.append((month, months - 1, pid))
        if old is not None:
            links.append((month, city, pid, old, new))

    # 2. events
    for i, city in enumerate(city_list):
        cs = by_city[city]
        counties = CITIES[city][1]
        c0, c1, c2 = counties[0], counties[1], counties[2]
        t = 4 + i
        if t < months:     # the mayor leaves; a chain of promotions follows
            _end(_slot(cs, city, "head"), t)
            move(t, _slot(cs, city, "exec").holder(t - 1), _slot(cs, city, "exec"), _slot(cs, city, "head"), city)
            move(t, _slot(cs, city, "vice1").holder(t - 1), _slot(cs, city, "vice1"), _slot(cs, city, "exec"), city)
            move(t, _slot(cs, c0, "secretary").holder(t - 1), _slot(cs, c0, "secretary"), _slot(cs, city, "vice1"),
                 city)
            move(t, _slot(cs, c0, "head").holder(t - 1), _slot(cs, c0, "head"), _slot(cs, c0, "secretary"), city)
            move(t, _slot(cs, c0, "exec").holder(t - 1), _slot(cs, c0, "exec"), _slot(cs, c0, "head"), city)
            move(t, person(), None, _slot(cs, c0, "exec"), city)
        t = 13 + i
        if t < months:     # a 县长 becomes another county's 书记
            move(t, _slot(cs, c1, "head").holder(t - 1), _slot(cs, c1, "head"), _slot(cs, c2, "secretary"), city)
            move(t, _slot(cs, c1, "exec").holder(t - 1), _slot(cs, c1, "exec"), _slot(cs, c1, "head"), city)
            move(t, person(), None, _slot(cs, c1, "exec"), city)
        t = 21 + i
        if t < months:     # the 市委书记 leaves, the mayor succeeds, a newcomer is mayor
            move(t, _slot(cs, city, "head").holder(t - 1), _slot(cs, city, "head"), _slot(cs, city, "secretary"),
                 city)
            move(t, person(), None, _slot(cs, city, "head"), city)
        t = 27 + i
        if t < months:     # the 人大 chair retires; the 专职副书记 takes the chair
            move(t, _slot(cs, city, "deputy").holder(t - 1), _slot(cs, city, "deputy"),
                 _slot(cs, city, "congress"), city)
            move(t, person(), None, _slot(cs, city, "deputy"), city)
        # random changes of bureau chiefs, town secretaries, deputies
        for s in cs:
            if s.role in ("commerce", "agriculture", "town1", "town2", "vice2", "vice3", "propaganda", "cppcc"):
                for m in range(2, months):
                    if rng.random() < 0.025 and s.holder(m) == s.holder(m - 1):
                        move(m, person(), None, s, city)
    for s in slots:
        for a, b, pid in s.holders:
            people[pid]["places"].add(s.place if s.town is None else _town_county(s, by_city))
    month_names = [_month_name(m) for m in range(months)]
    # 3-4. articles
    writer = _Writer(rng, people, by_city, links)
    for m in range(months):
        for city in city_list:
            paper, counties, own_county, county_paper = CITIES[city]
            for _ in range(city_articles):
                writer.city_article(m, city, paper)
            for _ in range(county_articles):
                writer.county_article(m, city, own_county, county_paper)
        for month, city, pid, old, new in links:
            if month == m:
                writer.appointment(m, city, pid, old, new)
    for p in people.values():
        p["places"] = sorted(p["places"])
    return Scenario(writer.articles, writer.truth, people, slots, month_names)


def _town_county(s: Slot, by_city: dict[str, list[Slot]]) -> str:
    for city, cs in by_city.items():
        for x in cs:
            if x is s:
                for county in CITIES[city][1]:
                    if s.chain_city[0].startswith(county):
                        return county
    return s.place


def _slot(cs: list[Slot], place: str, role: str) -> Slot:
    for s in cs:
        if s.place == place and s.role == role:
            return s
        if s.town is not None and role.startswith("town") and s.role == role and s.chain_city[0].startswith(place):
            return s
    raise KeyError((place, role))


def _end(s: Slot, month: int) -> None:
    """The holder of ``s`` before ``month`` stops the month before."""
    out = []
    for a, b, pid in s.holders:
        if a >= month:
            continue
        out.append((a, min(b, month - 1), pid))
    s.holders = out


def _cn_date(d: Date) -> str:
    return f"{d.month}月{d.day}日"


class _Writer:
    """Article records as papers print them, with perfect mentions and the truth."""

    def __init__(self, rng: random.Random, people: dict, by_city: dict[str, list[Slot]], links: list) -> None:
        self.rng = rng
        self.people = people
        self.by_city = by_city
        self.links = links
        self.articles: list[dict[str, Any]] = []
        self.truth: dict[tuple[str, str], str] = {}
        self.reporters: dict[str, list[str]] = {}

    # -- helpers --------------------------------------------------------------
    def _staff(self, paper: str) -> list[str]:
        if paper not in self.reporters:
            self.reporters[paper] = self.rng.sample(_REPORTER_POOL, 4)
        return self.reporters[paper]

    def _day(self, m: int) -> Date:
        return Date(START_YEAR + m // 12, m % 12 + 1, self.rng.randint(2, 28))

    def _holder(self, city: str, place: str, role: str, m: int) -> str | None:
        try:
            return _slot(self.by_city[city], place, role).holder(m)
        except KeyError:
            return None

    def _name(self, pid: str) -> str:
        return self.people[pid]["name"]

    def _emit(self, m: int, paper: str, place: str, title: str, paragraphs: list[str],
              people: list[tuple[str, list[str]]], places: list[str], credit: str = "reporter") -> None:
        """One article: ``people`` as (person, posts printed with the name)."""
        issue = self._day(m)
        text = "\n".join([title, *paragraphs])
        names: dict[str, list[str]] = {}
        owner: dict[str, str] = {}
        for pid, posts in people:
            name = self._name(pid)
            if name in owner and owner[name] != pid:
                return                                  # two people of one name in one piece: not printed
            owner[name] = pid
            lst = names.setdefault(name, [])
            for p in posts:
                if p not in lst:
                    lst.append(p)
        aid = f"s{len(self.articles):06d}"
        mentions_people = []
        for name, posts in names.items():
            spans = _spans(text, name)
            if not spans:
                continue
            mentions_people.append({"name": name, "posts": posts, "spans": spans})
            self.truth[(aid, name)] = owner[name]
        mentions_places = []
        for pl in dict.fromkeys(places):
            spans = _spans(text, pl)
            if not spans:
                continue
            info = gazetteer.lookup(pl)
            p = info[0] if info else None
            if p is None:
                towns = gazetteer.towns(pl)
                p = towns[0] if towns else None
            mentions_places.append({"name": pl, "province": p.province if p else None, "city": p.city if p else None,
                                    "county": p.county if p else None, "code": p.code if p else None,
                                    "spans": spans})
        staff = self._staff(paper)
        rec = {"id": aid, "paper": paper, "place": place, "issue_date": issue.isoformat(), "kind": "news",
               "title": title, "headlines": [title], "paragraphs": paragraphs, "captions": [],
               "reporters": [], "correspondents": [], "photographers": [], "authors": [],
               "text": text, "mentions": {"people": mentions_people, "places": mentions_places,
                                          "organizations": [], "dates": [], "amounts": []}}
        if credit == "reporter":
            rec["reporters"] = [self.rng.choice(staff)]
            if self.rng.random() < 0.4:
                rec["correspondents"] = [self.rng.choice(_REPORTER_POOL)]
        else:
            rec["photographers"] = [self.rng.choice(staff)]
        self.articles.append(rec)

    def _chain(self, pid: str, slot: Slot, m: int) -> tuple[str, ...]:
        """The chain a paper prints for ``pid`` in ``slot`` (its own place's form): now
        and then the post held before a recent move, or the last post alone."""
        chain = slot.chain_own
        r = self.rng.random()
        if r < STALE_SHARE:
            for month, _, who, old, new in self.links:
                if who == pid and new is slot and 0 <= m - month < STALE_MONTHS and old.place == slot.place:
                    return old.chain_own
        if len(chain) > 1 and r > 1 - ABBREV_SHARE and chain[-1][0] in "市县区常副":
            return chain[-1:]
        return chain

    # -- city paper -----------------------------------------------------------
    def city_article(self, m: int, city: str, paper: str) -> None:
        r = self.rng.random()
        cs = self.by_city[city]
        h = lambda place, role: self._holder(city, place, role, m)   # noqa: E731
        d = _cn_date(self._day(m))
        counties = CITIES[city][1]
        if r < 0.16:      # 市委常委会
            sec = h(city, "secretary")
            members = [(h(city, role), self._chain(h(city, role), _slot(cs, city, role), m))
                       for role in ("head", "deputy", "exec", "organization", "propaganda", "discipline")
                       if h(city, role)]
            lst = "，".join("、".join(ch) + self._name(p) for p, ch in members if p)
            self._emit(m, paper, city, "市委常委会召开会议", [
                f"{d}，市委书记{self._name(sec)}主持召开市委常委会会议，传达学习有关会议精神，研究部署近期重点工作。",
                f"{self._name(sec)}强调，要坚定信心、真抓实干，推动经济持续回升向好。",
                f"{lst}出席会议。"], [(sec, ["市委书记"])] + [(p, list(ch)) for p, ch in members if p], [])
        elif r < 0.30:    # a city leader visits a county; the county's leaders accompany
            role = self.rng.choice(("exec", "head", "organization", "vice1", "vice2", "vice3"))
            leader = h(city, role)
            chain = self._chain(leader, _slot(cs, city, role), m)
            county = self.rng.choice(counties)
            c = _suffix(county)
            cs_sec, cs_head = h(county, "secretary"), h(county, "head")
            printed = self.rng.random() < 0.5 or c == "市"   # 市委书记 in a city paper is the city's own
            sec_chain = (f"{county}委书记",) if printed else (f"{c}委书记",)
            head_chain = (f"{county}委副书记", f"{c}长") if c == "市" else (f"{c}委副书记", f"{c}长")
            topic = self.rng.choice(_TOPICS)
            if len(chain) == 1 and chain[0].startswith("副"):
                lead = f"{d}，副市长{self._name(leader)}到{county}调研{topic}工作。"
            else:
                lead = f"{d}，{'、'.join(chain)}{self._name(leader)}到{county}调研{topic}工作。"
            self._emit(m, paper, city, f"{self._name(leader)}到{county}调研{topic}工作" if self.rng.random() < 0.3
                       else f"扎实推进{topic}工作", [
                lead,
                f"{'、'.join(sec_chain)}{self._name(cs_sec)}，{'、'.join(head_chain)}{self._name(cs_head)}陪同调研。",
                f"{self._name(leader)}指出，要压实责任，确保各项任务落地见效。"],
                [(leader, list(chain)), (cs_sec, list(sec_chain)), (cs_head, list(head_chain))], [county])
        elif r < 0.44:    # 市领导 list
            roles = self.rng.sample(["secretary", "head", "deputy", "exec", "organization", "propaganda",
                                     "discipline", "congress", "cppcc", "vice1", "vice2", "vice3"], 4)
            ps = [h(city, ro) for ro in roles]
            ps = [p for p in ps if p]
            event = self.rng.choice(_EVENTS)
            self._emit(m, paper, city, f"{event}召开", [
                f"{d}，{event}召开。",
                f"市领导{'、'.join(self._name(p) for p in ps)}出席。"], [(p, []) for p in ps], [])
        elif r < 0.54:    # bare name in a follow-up piece
            role = self.rng.choice(("secretary", "head", "exec", "congress", "cppcc"))
            p = h(city, role)
            company = self.rng.choice(_COMPANY)
            self._emit(m, paper, city, f"{self._name(p)}会见客商", [
                f"{d}，{self._name(p)}会见了前来考察的{company}有限公司客商一行，双方就深化合作进行交流。"],
                [(p, [])], [])
        elif r < 0.64:    # 市政府常务会议 with a 、-list of 副市长
            head = h(city, "head")
            vices = [h(city, v) for v in ("vice1", "vice2", "vice3")]
            vices = [v for v in vices if v]
            ex = h(city, "exec")
            hc, ec = self._chain(head, _slot(cs, city, "head"), m), self._chain(ex, _slot(cs, city, "exec"), m)
            self._emit(m, paper, city, "市政府召开常务会议", [
                f"{d}，{'、'.join(hc)}{self._name(head)}主持召开市政府常务会议。",
                f"{'、'.join(ec)}{self._name(ex)}，副市长{'、'.join(self._name(v) for v in vices)}出席会议。"],
                [(head, list(hc)), (ex, list(ec))] + [(v, ["副市长"]) for v in vices], [])
        elif r < 0.72:    # a county's meeting in the city paper
            county = self.rng.choice(counties)
            c = _suffix(county)
            sec, head, ex = h(county, "secretary"), h(county, "head"), h(county, "exec")
            # a county-level city's 市委副书记 printed bare in a prefecture's paper would be the prefecture's
            lvl = county if c == "市" else c
            self._emit(m, paper, city, f"{county}部署{self.rng.choice(_TOPICS)}工作", [
                f"{d}，{county}委书记{self._name(sec)}主持召开{c}委常委会会议。",
                f"{lvl}委副书记、{c}长{self._name(head)}，{lvl}委常委、常务副{c}长{self._name(ex)}出席。"],
                [(sec, [f"{county}委书记"]), (head, [f"{lvl}委副书记", f"{c}长"]),
                 (ex, [f"{lvl}委常委", f"常务副{c}长"])], [county])
        elif r < 0.80:    # a bureau chief
            role = self.rng.choice(("commerce", "agriculture"))
            p = h(city, role)
            post = _slot(cs, city, role).chain_own[0]
            self._emit(m, paper, city, "一季度外贸进出口稳中有进" if role == "commerce" else "春耕备耕有序推进", [
                f"记者从{post[:-2]}获悉，今年以来相关工作进展顺利。",
                f"{post}{self._name(p)}介绍，下一步将加大政策支持力度。"], [(p, [post])], [])
        elif r < 0.88:    # 人大 / 政协
            role = self.rng.choice(("congress", "cppcc"))
            p = h(city, role)
            post = _slot(cs, city, role).chain_own[0]
            self._emit(m, paper, city, "开展专题视察" if role == "cppcc" else "召开主任会议", [
                f"{d}，{post}{self._name(p)}带队开展专题视察。"], [(p, [post])], [])
        elif r < 0.91:    # a county leader named bare in a piece about the county
            county = self.rng.choice(counties)
            p = h(county, self.rng.choice(("secretary", "head", "exec", "organization")))
            self._emit(m, paper, city, f"{county}{self.rng.choice(_TOPICS)}现场推进会召开", [
                f"{d}，{county}{self.rng.choice(_TOPICS)}现场推进会召开，{self._name(p)}出席并讲话。"],
                [(p, [])], [county])
        elif r < 0.94:    # a company
            company = self.rng.choice(_COMPANY)
            boss = self._boss(city, company)
            self._emit(m, paper, city, f"{company}新生产线投产", [
                f"{d}，{company}有限公司新生产线正式投产。",
                f"公司董事长{self._name(boss)}介绍，项目达产后年产值可达5亿元。"], [(boss, ["董事长"])], [],
                credit="photographer" if self.rng.random() < 0.3 else "reporter")
        else:             # a town's secretary in the city paper, county printed
            county = self.rng.choice(counties)
            role = self.rng.choice(("town1", "town2"))
            try:
                s = _slot(cs, county, role)
            except KeyError:
                return
            p = s.holder(m)
            self._emit(m, paper, city, f"{s.town}建设美丽乡村", [
                f"{d}，记者走进{county}{s.town}，{s.chain_city[0]}{self._name(p)}介绍了当地产业发展情况。"],
                [(p, list(s.chain_city))], [county])

    def _boss(self, city: str, company: str) -> str:
        key = f"boss:{city}:{company}"
        for pid, info in self.people.items():
            if info.get("key") == key:
                return pid
        pid = f"T{len(self.people) + 1:04d}"
        names = {p["name"] for p in self.people.values()}
        while True:
            name = self.rng.choice(_SURNAMES) + self.rng.choice(_GIVEN)
            if name not in names:
                break
        self.people[pid] = {"name": name, "places": {city}, "key": key}
        return pid

    # -- county paper ---------------------------------------------------------
    def county_article(self, m: int, city: str, county: str, paper: str) -> None:
        r = self.rng.random()
        cs = self.by_city[city]
        h = lambda place, role: self._holder(city, place, role, m)   # noqa: E731
        d = _cn_date(self._day(m))
        c = _suffix(county)
        if r < 0.22:      # the secretary visits a town
            sec = h(county, "secretary")
            role = self.rng.choice(("town1", "town2"))
            try:
                s = _slot(cs, county, role)
            except KeyError:
                return
            self._emit(m, paper, county, f"{self._name(sec)}到{s.town}调研", [
                f"{d}，{c}委书记{self._name(sec)}深入{s.town}调研{self.rng.choice(_TOPICS)}工作。",
                f"{s.chain_own[0]}{self._name(s.holder(m))}陪同。"],
                [(sec, [f"{c}委书记"]), (s.holder(m), list(s.chain_own))], [s.town])
        elif r < 0.40:    # 政府常务会议
            head, ex, v = h(county, "head"), h(county, "exec"), h(county, "vice1")
            hc, ec = self._chain(head, _slot(cs, county, "head"), m), self._chain(ex, _slot(cs, county, "exec"), m)
            self._emit(m, paper, county, f"{c}政府召开常务会议", [
                f"{d}，{'、'.join(hc)}{self._name(head)}主持召开{c}政府常务会议。",
                f"{'、'.join(ec)}{self._name(ex)}，副{c}长{self._name(v)}出席。"],
                [(head, list(hc)), (ex, list(ec)), (v, [f"副{c}长"])], [])
        elif r < 0.55:    # 县领导 list
            roles = self.rng.sample(["secretary", "head", "exec", "organization", "congress", "cppcc", "vice1"], 4)
            ps = [p for p in (h(county, ro) for ro in roles) if p]
            self._emit(m, paper, county, f"全{c}{self.rng.choice(_TOPICS)}工作会议召开", [
                f"{d}，全{c}{self.rng.choice(_TOPICS)}工作会议召开。",
                f"{c}领导{'、'.join(self._name(p) for p in ps)}出席。"], [(p, []) for p in ps], [])
        elif r < 0.65:    # bare name
            p = h(county, self.rng.choice(("secretary", "head")))
            self._emit(m, paper, county, f"{self._name(p)}督导检查安全生产", [
                f"{d}，{self._name(p)}带队督导检查安全生产工作。"], [(p, [])], [])
        elif r < 0.78:    # organization / congress / cppcc
            role = self.rng.choice(("organization", "congress", "cppcc"))
            p = h(county, role)
            chain = _slot(cs, county, role).chain_own
            self._emit(m, paper, county, "开展专题调研", [
                f"{d}，{'、'.join(chain)}{self._name(p)}带队开展专题调研。"], [(p, list(chain))], [])
        elif r < 0.88:    # a city leader in the county paper
            role = self.rng.choice(("exec", "head", "secretary"))
            p = h(city, role)
            chain = _slot(cs, city, role).chain_own
            if c == "市":     # a county-level city's paper prints the prefecture's name
                chain = (f"{city}{chain[0][1:]}" if chain[0].startswith("市") else chain[0],) + chain[1:]
            sec = h(county, "secretary")
            self._emit(m, paper, county, f"市领导来{c}调研", [
                f"{d}，{'、'.join(chain)}{self._name(p)}来我{c}调研{self.rng.choice(_TOPICS)}工作。",
                f"{c}委书记{self._name(sec)}陪同。"], [(p, list(chain)), (sec, [f"{c}委书记"])],
                [city] if c == "市" else [])
        else:             # a deputy
            v = h(county, "vice1")
            self._emit(m, paper, county, "防汛工作再部署", [
                f"{d}，副{c}长{self._name(v)}检查防汛工作。"], [(v, [f"副{c}长"])], [])

    # -- appointments: the printed links --------------------------------------
    def appointment(self, m: int, city: str, pid: str, old: Slot, new: Slot) -> None:
        paper = CITIES[city][0]
        d = _cn_date(self._day(m))
        old_printed = _placed(old, city)
        new_printed = _placed(new, city)
        name = self._name(pid)
        self._emit(m, paper, city, "人事任免", [
            f"{d}，有关会议研究决定，任命原{old_printed}{name}为{new_printed}。",
            f"{new_printed}{name}作表态发言。"], [(pid, [old_printed, new_printed])],
            [p for p in (old.place, new.place) if p != city and not p.endswith("镇")])


def _placed(s: Slot, city: str) -> str:
    """A post with its place printed (长治市副市长, 潞州区委书记, 襄垣县县长)."""
    if s.place == city:
        if s.key == "市长":
            return city + s.key
        return city + s.key[1:] if s.key.startswith("市") else city + s.key
    if s.town is not None:
        return s.chain_city[0]
    c = _suffix(s.place)
    if s.key.startswith(c) and s.key != f"{c}长":
        return s.place + s.key[1:]
    return s.place + s.key


def _spans(text: str, needle: str) -> list[list[int]]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append([i, i + len(needle)])
        i = text.find(needle, i + len(needle))
    return out


# --------------------------------------------------------------------------- finder

def with_finder_mentions(scenario: Scenario, *, ner: str = "rules",
                         finder: Callable[..., dict] | None = None) -> list[dict[str, Any]]:
    """The scenario's articles with mentions found by the real finder
    (``baoxun.enrich.find_mentions(text, date=…, place=…)``) instead of the perfect ones."""
    if finder is None:
        from ..enrich import find_mentions as finder      # imported late: it loads models
    out = []
    for a in scenario.articles:
        rec = dict(a)
        rec["mentions"] = finder(a["text"], date=a["issue_date"], place=a["place"], ner=ner)
        out.append(rec)
    return out


# --------------------------------------------------------------------------- scoring

def _truth_printed(scenario: Scenario) -> set[tuple[str, str]]:
    """The (place, post) pairs some article of the scenario prints (perfect reading)."""
    from .posts import parse_chain
    out = set()
    for a in scenario.articles:
        for p in a["mentions"]["people"]:
            for post in parse_chain(p["posts"], a["place"]):
                out.add(post.key)
    return out


def score(scenario: Scenario, register: Any) -> dict[str, Any]:
    """Measure a built register against the scenario's truth:
    - ``pairwise_precision/recall/f1``: over pairs of observations (article, name) both in
      the truth and in the register, same person in the truth vs in the register;
    - ``coverage``: the share of the truth's observations the register has;
    - ``cells``: the share of (place, post, month) cells of single-holder posts whose holder
      the register gets right (its person mapped to the truth person most of its
      observations are);
    - ``cross_place_merges``: pairs of different truth people merged into one register
      person although their places never meet."""
    pred: dict[tuple[str, str], str] = {}
    for p in register.people:
        for o, _, _ in p.observations:
            pred[(o.article_id, o.name)] = p.id
    common = [k for k in scenario.truth if k in pred]
    # pairwise counts via contingency (no O(n^2) loop)
    joint = Counter((scenario.truth[k], pred[k]) for k in common)
    t_sizes = Counter(scenario.truth[k] for k in common)
    p_sizes = Counter(pred[k] for k in common)
    pairs = lambda n: n * (n - 1) // 2    # noqa: E731
    tp = sum(pairs(n) for n in joint.values())
    t_pairs = sum(pairs(n) for n in t_sizes.values())
    p_pairs = sum(pairs(n) for n in p_sizes.values())
    precision = tp / p_pairs if p_pairs else 1.0
    recall = tp / t_pairs if t_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # register person → truth person (majority)
    votes: dict[str, Counter] = defaultdict(Counter)
    for k in common:
        votes[pred[k]][scenario.truth[k]] += 1
    mapped = {pid: c.most_common(1)[0][0] for pid, c in votes.items()}
    right = total = 0
    wrong_cells: list[tuple[str, str, str, str, str | None]] = []
    printed = {k for k in register.holders}
    for place, office, month, truth_pid in scenario.cells(printed | _truth_printed(scenario)):
        total += 1
        got = register.holder_at(place, office, month)
        if got is not None and mapped.get(got) == truth_pid:
            right += 1
        elif len(wrong_cells) < 50:
            wrong_cells.append((place, office, month, scenario.people[truth_pid]["name"],
                                register.by_id[got].name if got in register.by_id else None))
    merges = 0
    merged_examples = []
    for pid, c in votes.items():
        ids = sorted(c)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                pa, pb = set(scenario.people[a]["places"]), set(scenario.people[b]["places"])
                if pa and pb and not (pa & pb):
                    merges += 1
                    if len(merged_examples) < 20:
                        merged_examples.append((register.by_id[pid].name, sorted(pa), sorted(pb)))
    return {"observations": len(scenario.truth), "coverage": round(len(common) / len(scenario.truth), 4)
            if scenario.truth else 1.0,
            "pairwise_precision": round(precision, 4), "pairwise_recall": round(recall, 4),
            "pairwise_f1": round(f1, 4), "cells": round(right / total, 4) if total else 1.0, "cells_total": total,
            "cross_place_merges": merges, "truth_people": len(t_sizes), "register_people": len(p_sizes),
            "wrong_cells": wrong_cells, "merged": merged_examples}
