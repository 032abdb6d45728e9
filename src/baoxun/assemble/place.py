"""What 我市 / 我区 / 我县 refer to: the paper's place, judged from the page.

A city paper says 我市 and names its counties and districts; a district paper says 我区
and names its towns and its own district. So:
  1. count the self-references by level (我市/本市/全市 against 我区/我县/全区/全县);
  2. count the administrative places the page names, each county also voting for its
     prefecture (潞州区 is evidence for 长治市);
  3. towns vote for their county (a page of a county paper names its towns more often
     than its county);
  4. the paper's place is the most-named place at the level the page refers to itself.
"""
from __future__ import annotations

import re
from collections import Counter

from .. import lexicon


_CITY_SELF = re.compile(r"(?:我|本|全)市")
# After a short county name these start another place's name (村, 山, 碑林 …).
_OTHER_PLACE_AFTER = re.compile(r"[村镇乡山湖河江桥寺庙碑塔园岭峰沟湾庄屯堡寨]|街道|社区|小区|景区|故里|广场|公园")
# A paper's place needs at least this many votes on the page.
MIN_VOTES = 2
# A county printed by its full name is surer evidence than its short form (卫东 and 永胜 are
# given names too) or a town the table places in it (town names repeat across the country).
NAMED_VOTE = 2
_COUNTY_SELF = re.compile(r"(?:我|本|全)(?:区|县|旗)")
_OWN_CITY = re.compile(r"(?:我|本)市")
_OWN_COUNTY = re.compile(r"(?:我|本)(?:区|县|旗)")
# A provincial paper says 我省 more than 我市 or 我县.
_OWN_PROVINCE = re.compile(r"(?:我|本)省")
# What a self-reference by 我 or 本 weighs beside one by 全.
OWN_WEIGHT = 1
# An autonomous prefecture's or a league's paper says 我州 / 全州, 我盟 / 全盟.
_PREFECTURE_SELF = re.compile(r"(?:我|本|全)(州|盟)")
# Province-level cities: their districts vote for them, and so does their own name.
_MUNICIPALITIES = frozenset(["北京市", "天津市", "上海市", "重庆市"])


def _inside_word(text: str, start: int) -> bool:
    """Whether a name found at ``start`` begins inside a word (桂|花岗镇: 桂花 is one)."""
    import rjieba

    lo = max(0, start - 4)
    pos = lo
    for w in rjieba.cut(text[lo:start + 4]):
        if pos < start < pos + len(w):
            return len(w) > 1
        pos += len(w)
        if pos >= start:
            break
    return False


# Before a personal name in a list of leaders: a list mark, a post, or the line start.
_NAME_LEFT = re.compile(r"(?:^|[、，,：:。；;！？\s]|书记|县长|区长|市长|主任|主席|常委|领导|局长|部长)$")


def _in_personal_name(text: str, start: int, end: int) -> bool:
    """Whether a short county name is the given name of a person: a surname right
    before it, itself after a list mark, a sentence end or a post (县领导吴永胜、钱小芳,
    县委常委赵卫东、孙丽萍; 吴永胜要求…)."""
    if start < 1 or text[start - 1] not in lexicon.words("surnames"):
        return False
    return bool(_NAME_LEFT.search(text[max(0, start - 4):start - 1]))


# A paper named for its place (呼伦贝尔日报, 华阴报, 今日温岭, 嘉定报) is that place's paper: the
# name is surer than the page's votes (a city paper's page may name one county all over).
_PAPER_TODAY = re.compile(r"^今日")
_PAPER_KIND = re.compile(r"(?:融媒体?)?(?:日报|晚报|早报|晨报|都市报|时报|商报|周报|周刊|新闻|时讯|报)$")   # (保靖融媒周刊)


def paper_place(name: str | None) -> str | None:
    """The place a paper's name names, or ``None``: a prefecture, a county or county-level
    city, or a municipality's district (嘉定区 of 上海市) — not another city's district,
    whose name is often an old name several cities share (鹿城, 鹤城, 龙城)."""
    from .. import gazetteer
    stem = _PAPER_KIND.sub("", _PAPER_TODAY.sub("", name or ""))
    if len(stem) < 2:
        return None
    hits = gazetteer.lookup(stem)
    if len(hits) != 1:
        return None
    place = hits[0]
    if place.level == "city" or place.level == "county" and (
            not place.name.endswith("区") or place.city in _MUNICIPALITIES):
        return place.name
    return None


# A national paper names the country, not a place of the map (中华农民报, 中国青年报, 华夏经济报,
# 人民日报): its pages report from everywhere and it has no place of its own.
_NATIONAL_PAPER = re.compile(r"^(?:中国|中华|华夏|人民|全国|光明|经济|法治|科技|工人|农民)[\u4e00-\u9fff]{0,6}(?:日报|报|时报|周报|导报)$")


def national_paper(name: str | None) -> bool:
    return bool(name) and _NATIONAL_PAPER.match(name) is not None


def foreign_name(named: str, inferred: str | None, evidence: dict) -> bool:
    """Whether the place a paper's name names (凤城晚报: 凤城市, in 辽宁) is another
    province's than the place the page's own words point to (银川市), and the page names it
    nowhere but in the paper's name (凤城 is 银川's old name too): the name is a nickname,
    the page is right."""
    from .. import gazetteer
    if inferred is None or evidence.get("cities", {}).get(named, 0) + evidence.get("counties", {}).get(named, 0) > 1:
        return False
    a, b = gazetteer.lookup(named), gazetteer.lookup(inferred)
    if a and b and not {p.province for p in a} & {p.province for p in b}:
        return True
    # ... or a county of another prefecture than the one the page names (嫩江都市报 of
    # 齐齐哈尔: 嫩江 is the river there; the county of that name lies in 黑河)
    return bool(a) and bool(b) and all(p.level == "county" for p in a) and all(p.level == "city" for p in b) \
        and not {p.city for p in a} & {p.name for p in b}


def infer_place(text: str) -> tuple[str | None, dict]:
    """Return (place name, evidence)."""
    from .. import gazetteer
    # 我市 / 本县 name the paper itself and count twice; 全县 may be said of the county a
    # piece is about
    own_city, own_county = len(_OWN_CITY.findall(text)), len(_OWN_COUNTY.findall(text))
    city_self = len(_CITY_SELF.findall(text)) + OWN_WEIGHT * own_city
    county_self = len(_COUNTY_SELF.findall(text)) + OWN_WEIGHT * own_county
    # (全省 is no self-reference here: a city's page quotes the province's figures)
    province_self = (1 + OWN_WEIGHT) * len(_OWN_PROVINCE.findall(text))
    cities: Counter = Counter()      # a prefecture's own mentions and its counties'
    own: Counter = Counter()         # a prefecture's own mentions only
    counties: Counter = Counter()
    municipal: Counter = Counter()   # 上海市, 北京市 named by their own name
    mentions = gazetteer.find_places(text)
    context = list({c[0].code: c[0] for _, _, c in mentions if len(c) == 1}.values())
    resolved: dict[str, object] = {}
    for start, end, candidates in mentions:
        name = text[start:end]
        short = all(c.name != name for c in candidates)
        if short and _OTHER_PLACE_AFTER.match(text, end):
            continue   # 太白村, 太白山: a short county name inside another place's name
        if short and _in_personal_name(text, start, end):
            continue   # 县领导吴永胜、…: a short county name that is a person's given name
        if len(candidates) == 1:
            place = candidates[0]
        else:
            if name not in resolved:
                resolved[name] = gazetteer.resolve(name, context)
            place = resolved[name]
        if place is None:
            continue
        if place.former and place.successor:
            place = gazetteer.by_code(place.successor) or place
        if place.level == "county":
            counties[place.name] += 1 if short else NAMED_VOTE  # 永胜 may be a person's 李永胜
            if place.city:
                cities[place.city] += 1
        elif place.level == "city":
            cities[place.name] += 1
            own[place.name] += 1
        elif place.name in _MUNICIPALITIES:
            municipal[place.name] += 1
    # 上海市 is a province-level city: its own name votes for it as a city's does, but only
    # on a page that names one of its districts too (a paper at home there names them;
    # 推介会在北京举行 on another city's page does not)
    for name, n in municipal.items():
        if any(p.city == name for c in counties for p in gazetteer.lookup(c) if p.level == "county"):
            cities[name] += n
            own[name] += n
    # 3b. towns (镇, 乡, 街道) vote for their county: a name shared by several counties
    # votes for the one the page's other towns point to
    town_sets = [{p.parent for p in c if p.parent} for s, _, c in gazetteer.find_towns(text)
                 if not _inside_word(text, s)]
    pool: Counter = Counter(code for s in town_sets for code in s)
    for s in town_sets:
        if not s:
            continue
        best = max(s, key=lambda code: (pool[code], code))
        county = gazetteer.by_code(best)
        if county is not None and (len(s) == 1 or pool[best] > 1):
            counties[county.name] += 1
            if county.city:
                cities[county.city] += 1
    evidence = {"self_city": city_self, "self_county": county_self,
                "cities": dict(cities.most_common(5)), "counties": dict(counties.most_common(5))}
    if province_self > max(city_self, county_self):
        # 我省 more than 我市 or 我县: a provincial paper, of the province its places lie in
        provinces = Counter(p.province for name in list(cities) + list(counties)
                            for p in gazetteer.lookup(name)[:1] if p.province)
        if provinces:
            province, n = provinces.most_common(1)[0]
            if n >= MIN_VOTES:
                return province, evidence
    pref_self = Counter(_PREFECTURE_SELF.findall(text))
    if pref_self:
        kind, n = pref_self.most_common(1)[0]
        fitting = Counter({k: v for k, v in cities.items() if k.endswith(("自治州" if kind == "州" else "盟"))})
        if fitting and n >= max(city_self, county_self):
            # 我州 / 全州 on the page of a 自治州 it names: the prefecture, not its seat
            return fitting.most_common(1)[0][0], evidence
    if county_self > city_self:
        # a county or district paper: its place is a county, or unknown; one passing
        # mention is no proof of whose paper this is. 我县 is a 县, 我区 a 区, 我旗 a 旗:
        # counties of the kind the page calls itself come first
        kind = Counter(m[-1] for m in _COUNTY_SELF.findall(text)).most_common(1)[0][0]
        fitting = Counter({k: v for k, v in counties.items() if k.endswith(kind)}) or counties
        county, n = fitting.most_common(1)[0] if fitting else (None, 0)
        city = _spread_over_city(county, counties, cities) if county else None
        if city is not None:
            return city, evidence
        return (county if n >= MIN_VOTES else None), evidence
    direct = {k: v for k, v in counties.items() if k.endswith("市")
              and all(p.city is None for p in gazetteer.lookup(k) if p.level == "county")}
    if direct and county_self <= city_self:
        # a county-level city no prefecture stands over (琼海市, 仙桃市): its towns and
        # its own name outvote a city the page names in passing
        name, n = max(direct.items(), key=lambda kv: (kv[1], kv[0]))
        if n >= MIN_VOTES and n > 2 * max(cities.values(), default=0):
            return name, evidence
    if cities and county_self <= city_self and (province := _spread_over_province(cities)):
        return province, evidence    # 深圳 4, 广州 3, 珠海 3, 东莞 2 and no 我市: the province's paper
    if cities:
        # 我市 is a place called …市: a prefecture named 州/盟/地区 is not, its
        # county-level city may be (弥勒市 in 红河哈尼族彝族自治州)
        city = cities.most_common(1)[0][0]
        if city_self and not city.endswith("市"):
            under = [k for k in counties if k.endswith("市")]
            if len(under) == 1 or under and _dominant(under, counties):
                return max(under, key=lambda k: (counties[k], k)), evidence
        return _county_city(city, counties, own[city]) or city, evidence
    if counties:
        return counties.most_common(1)[0][0], evidence
    return None, evidence


# A county's paper names its own county far more than its neighbours; a page that names
# several counties of one prefecture about as often as the first (镇康县 10, 耿马 8, 沧源 7,
# 临翔区 4) is the prefecture's paper, its 全县 said of the county each piece is about.
COUNTY_DOMINANCE = 1.0


def _spread_over_city(county: str, counties: Counter, cities: Counter) -> str | None:
    """The prefecture ``county`` lies in, when the page's other counties of that prefecture
    together are named at least :data:`COUNTY_DOMINANCE` times as often as ``county`` (a name
    several prefectures share, 城关区, is the one in the prefecture the page names most)."""
    from .. import gazetteer
    places = [p for p in gazetteer.lookup(county) if p.level == "county" and p.city]
    if len(places) > 1:
        places = [max(places, key=lambda p: (cities.get(p.city, 0), p.code))]
    if len(places) != 1 or places[0].city in _MUNICIPALITIES:
        return None
    city = places[0].city
    siblings = sum(n for name, n in counties.items() if name != county
                   and any(p.city == city for p in gazetteer.lookup(name) if p.level == "county"))
    return city if siblings >= COUNTY_DOMINANCE * counties[county] and siblings >= MIN_VOTES else None


# A provincial paper's page names several of its province's cities about as often as each
# other (深圳 4, 广州 3, 珠海 3); a city's paper names its own city far more than the others.
PROVINCE_SPREAD_CITIES = 3
PROVINCE_SPREAD_SHARE = 2.0


def _spread_over_province(cities: Counter) -> str | None:
    from .. import gazetteer
    provinces = {}
    for name, n in cities.items():
        hits = [p for p in gazetteer.lookup(name) if p.level == "city"]
        if len(hits) == 1 and hits[0].province and n >= 2:
            provinces.setdefault(hits[0].province, []).append(n)
    for province, votes in provinces.items():
        votes.sort(reverse=True)
        if len(votes) >= PROVINCE_SPREAD_CITIES and votes[0] < PROVINCE_SPREAD_SHARE * votes[1] \
                and sum(votes) >= 0.8 * sum(cities.values()):
            return province
    return None


# A county-level city (寿光市) is the paper's 我市 when it is the only county of its
# prefecture the page names and it is named more often than the prefecture itself.
def _county_city(city: str, counties: Counter, own: int) -> str | None:
    from .. import gazetteer
    under = {name: n for name, n in counties.items()
             if any(p.city == city for p in gazetteer.lookup(name) if p.level == "county")}
    if len(under) != 1 and not (under and _dominant(list(under), under)):
        return None
    name, n = max(under.items(), key=lambda kv: (kv[1], kv[0]))
    if not name.endswith("市"):
        return None
    return name if n >= 2 and n > own else None


# One county named at least this many times as often as all the others together is the
# page's own (玉环市 27 against 温岭市 1; 温岭市 13 against 临海市 3).
DOMINANT_SHARE = 3.0


def _dominant(names: list[str], votes) -> bool:
    top = max(names, key=lambda k: (votes[k], k))
    return votes[top] >= DOMINANT_SHARE * sum(votes[k] for k in names if k != top)
