"""Which headline run is whose (assemble/segment.assign): the page's convention and the
run's wording against each piece's opening, decided together along the page."""
from __future__ import annotations

from baoxun.assemble.segment import Unit, assign
from baoxun.layout.lines import Line
from baoxun.layout.reflow import Block


def _block(kind: str, text: str) -> Block:
    return Block(kind, [Line(text, 0, 0, 1)])


def _page():
    """A page printed headline-first (two pieces with the run above them), and a run
    between them whose words are the first piece's, not the second's."""
    a = Unit("dispatch", [_block("dispatch", "本报讯（记者 林晓）连日来，城南镇万亩枸杞迎来采摘季，枸杞种植户忙着采摘晾晒。")])
    b = Unit("dispatch", [_block("dispatch", "本报讯（记者 周文）昨日，县第二小学新校区正式启用，一千二百名学生搬进新教室。")])
    c = Unit("dispatch", [_block("dispatch", "本报讯（记者 马丽）今年以来，县里新建农村公路八十公里，群众出行更方便。")])
    gaps = [[_block("head", "城南镇万亩枸杞进入采摘季")],
            [_block("head", "枸杞采摘晾晒正忙")],           # words of the first piece
            [_block("head", "新建农村公路八十公里")],
            []]
    return [a, b, c], gaps


def test_by_convention_alone_every_run_goes_down():
    units, gaps = _page()
    assign(units, gaps, weights=(1.0, 0.0, 0.5))
    assert [u.heads[0].text if u.heads else None for u in units] == \
        ["城南镇万亩枸杞进入采摘季", "枸杞采摘晾晒正忙", "新建农村公路八十公里"]


def test_a_run_that_names_the_piece_above_goes_up_when_that_piece_can_take_it():
    # the first piece has a run above it already, so the run between can only go down or
    # nowhere: the words do not move a run to a piece that is taken
    units, gaps = _page()
    assign(units, gaps, weights=(1.0, 3.0, 1.0))
    assert units[0].heads[0].text == "城南镇万亩枸杞进入采摘季"
    # the third piece's run is printed under it and names it: on a page whose middle piece
    # has no words in common with either run, the wording decides
    units, gaps = _page()
    gaps[1] = []
    gaps[3] = []
    gaps[2] = [_block("head", "县第二小学新校区启用")]   # printed between b and c, names b
    assign(units, gaps, weights=(1.0, 3.0, 1.0))
    assert units[1].heads and units[1].heads[0].text == "县第二小学新校区启用"
    assert not units[2].heads
    units, gaps = _page()
    gaps[1] = []
    gaps[3] = []
    gaps[2] = [_block("head", "县第二小学新校区启用")]
    assign(units, gaps, weights=(1.0, 0.0, 1.0))           # by convention alone it goes down
    assert units[2].heads and units[2].heads[0].text == "县第二小学新校区启用"


def test_every_run_is_given_once_or_left_over():
    units, gaps = _page()
    seg = assign(units, gaps, weights=(1.0, 3.0, 1.0))
    given = [id(u.heads) for u in seg.units if u.heads]
    assert len(given) == len(set(given))
    runs = sum(1 for g in gaps if g)
    assert len(given) + len(seg.leftovers) == runs
