"""What 我市 / 我区 / 我县 refer to: the paper's place, judged from the page.

A city paper says 我市 and names its counties and districts; a district paper says 我区
and names its towns and its own district. So:
  1. count the self-references by level (我市/本市/全市 against 我区/我县/全区/全县);
  2. count the administrative places the page names, each county also voting for its
     prefecture (潞州区 is evidence for 长治市);
  3. the paper's place is the most-named place at the level the page refers to itself.
"""
from __future__ import annotations

import re
from collections import Counter


_CITY_SELF = re.compile(r"(?:我|本|全)市")
_COUNTY_SELF = re.compile(r"(?:我|本|全)(?:区|县|旗)")


def infer_place(text: str) -> tuple[str | None, dict]:
    """Return (place name, evidence)."""
    from .. import gazetteer
    city_self = len(_CITY_SELF.findall(text))
    county_self = len(_COUNTY_SELF.findall(text))
    cities: Counter = Counter()
    counties: Counter = Counter()
    mentions = gazetteer.find_places(text)
    context = [c[0] for _, _, c in mentions if len(c) == 1]
    for _, _, candidates in mentions:
        place = candidates[0] if len(candidates) == 1 else gazetteer.resolve(candidates[0].name, context)
        if place is None:
            continue
        if place.level == "county":
            counties[place.code] += 1
            if place.parent:
                cities[place.parent] += 1
        elif place.level == "city":
            cities[place.code] += 1
    evidence = {"self_city": city_self, "self_county": county_self,
                "cities": {_name(c): n for c, n in cities.most_common(5)},
                "counties": {_name(c): n for c, n in counties.most_common(5)}}
    if county_self > city_self and counties:
        code = counties.most_common(1)[0][0]
    elif cities:
        code = cities.most_common(1)[0][0]
    elif counties:
        code = counties.most_common(1)[0][0]
    else:
        return None, evidence
    return _name(code), evidence


def _name(code: str) -> str:
    from .. import gazetteer
    place = gazetteer.by_code(code)
    return place.name if place else code
