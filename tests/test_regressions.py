"""Minimal inputs that once broke the parser, each kept so it cannot come back."""
from __future__ import annotations

from baoxun import gazetteer, parse_page


def test_regressions_place_name_cut_by_the_end_of_the_text():
    # a scan at the last characters once read past the end (…射阳县、建湖)
    spans = gazetteer.find_places("会议由射阳县、建湖")
    assert all(0 <= s < e <= len("会议由射阳县、建湖") for s, e, _ in spans)
    parse_page("本报讯 记者王明报道：代表来自射阳县、建湖")


def test_regressions_headline_printed_twice_on_a_narrow_page_stays_a_headline():
    lines = []
    for k, title in enumerate(["春耕备耕正当时节", "秋收秋种两不误事"]):
        lines += [title, "", title, "", f"本报讯 记者王立报道：{'村里很忙' * 3}。", "",
                  f"田间地头一派繁忙{k}景象，", "", "农机手正在抢收抢种。", ""]
    page = parse_page("\n".join(lines * 3))
    bodies = "".join(p for a in page.articles for p in a.paragraphs)
    assert "春耕备耕正当时节" not in bodies and "秋收秋种两不误事" not in bodies
