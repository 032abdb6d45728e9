"""The learned entity core (enrich/ner.py) and how the finders use it."""
from __future__ import annotations

import pytest

from baoxun.enrich import find_mentions, ner

pytestmark = pytest.mark.skipif(not ner.available(), reason=f"LAC unavailable: {ner.unavailable_reason()}")

SENTENCES = [
    "赵德顺把新收的玉米装上了三轮车。",
    "会后，孟凡琳带着两名技术员赶往东坡村的大棚。",
    "这家合作社去年卖出苹果四十多万斤，社员人均增收六千元。",
    "老街改造完工后，游客明显多了起来。",
]


def test_ner_padded_batch_tags_as_one_sentence_at_a_time():
    model = ner._get()
    together = model.tag_batch(SENTENCES)
    for sentence, path in zip(SENTENCES, together):
        assert model.tag_batch([sentence])[0] == path


def test_ner_tokens_tile_the_text():
    text = "\n".join(SENTENCES) * 3
    toks = ner.tag_text(text)
    covered = [(t.start, t.end) for t in toks]
    assert covered == sorted(covered)
    assert all(a[1] <= b[0] for a, b in zip(covered, covered[1:]))
    inside = set()
    for s, e in covered:
        inside.update(range(s, e))
    assert all(text[i].isspace() for i in range(len(text)) if i not in inside)


def test_ner_tag_texts_matches_tag_text():
    texts = ["".join(SENTENCES[:2]), "", "".join(SENTENCES[2:])]
    ner._cache.clear()
    batched = ner.tag_texts(texts)
    ner._cache.clear()
    assert batched == [ner.tag_text(t) for t in texts]


@pytest.mark.parametrize("text, name", [
    ("赵德顺把新收的玉米装上了三轮车。", "赵德顺"),
    ("会后，孟凡琳带着两名技术员赶往东坡村的大棚。", "孟凡琳"),
])
def test_ner_finds_names_the_grammar_cannot_see(text, name):
    learned = [p["name"] for p in find_mentions(text, ner="lac")["people"]]
    assert name in learned
    for p in find_mentions(text, ner="lac")["people"]:
        for s, e in p["spans"]:
            assert text[s:e] == p["name"]


def test_ner_rules_mode_runs_without_the_tagger():
    out = find_mentions("县委书记冯立群主持会议。", ner="rules")
    assert [p["name"] for p in out["people"]] == ["冯立群"]


def test_ner_unknown_mode_is_a_clear_error():
    from baoxun.errors import BaoxunError

    with pytest.raises(BaoxunError, match="ner mode"):
        find_mentions("张三", ner="spacy")


@pytest.mark.parametrize("text", [
    "开展“书香润城·百年回望”主题征文活动。",      # a campaign title is no person
    "全力以赴抓经济 踔厉奋发开新局",                 # a slogan is no person
    "20多名采茶工在抢收春茶，果农笑开颜。",
    "感冒：较易发，注意增减衣物\nAQI：68 良\n首要污染物：PM2.5",   # a weather box's readings
])
def test_ner_slogans_and_titles_name_no_one(text):
    assert find_mentions(text, ner="lac")["people"] == []


@pytest.mark.parametrize("text,name,province", [
    ("记者在北京前门大街看到，游客络绎不绝。", "北京", "北京市"),     # a short form glued to a street
    ("荷兰人爱骑自行车上班。", "荷兰", None),      # a country glued to 人
])
def test_ner_places_the_tagger_reads_that_the_gazetteer_cut_missed(text, name, province):
    places = {p["name"]: p for p in find_mentions(text)["places"]}
    assert name in places and places[name]["province"] == province


@pytest.mark.parametrize("text,name", [
    ("巴西总统卢拉今天抵达上海。", "卢拉"),            # a two-character name abroad, after a title
    ("德国外长施密特今天抵达北京。", "施密特"),
    ("日本首相小泉纯一郎今天抵达北京。", "小泉纯一郎"),   # a name the dictionary files as a noun
    ("当年，贺龙元帅曾在这座小院住过。", "贺龙"),        # a title after the name
])
def test_ner_people_vouched_by_a_title(text, name):
    assert name in [p["name"] for p in find_mentions(text)["people"]]


@pytest.mark.parametrize("text", ["伴着军乐队的乐曲，运动员入场。"])
def test_ner_a_word_is_no_name(text):
    assert find_mentions(text)["people"] == []


def test_ner_a_title_is_no_part_of_the_name():
    # 毛主席: the tagger reads one name; the person is the surname alone, the title his post
    # (a bare surname with a form of address is that person's mention, as People's Daily
    # annotation marks it)
    people = find_mentions("大家重温了毛主席当年的题词。")["people"]
    assert [(p["name"], p["posts"]) for p in people] == [("毛", ["主席"])]


def test_ner_pruned_decode_finds_the_viterbi_path():
    """The decoder that fixes the positions where one tag leads by more than any
    transition can make up finds the same best path as a plain Viterbi pass over every
    tag: on the model's own scores and on random scores close enough to tie often."""
    import numpy as np

    model = ner._get()
    texts = SENTENCES + ["县委书记冯立群主持会议，县长李明确表示支持。", "艾尔肯·买买提在乌鲁木齐参加会议。"]
    lens = np.array([len(t) for t in texts])
    ids = np.zeros((len(texts), lens.max()), dtype=np.int64)
    for k, t in enumerate(texts):
        ids[k, :len(t)] = model.ids(t)
    emis = model.session.run(None, {"token_ids": ids, "length": lens})[0]
    rng = np.random.default_rng(0)
    noisy = (rng.normal(size=(40, 30, emis.shape[2])) * 0.3).astype(np.float32)
    noisy_lens = rng.integers(1, 31, size=40)
    for e, n in ((emis, lens), (noisy, noisy_lens)):
        paths = model.decode(e, n)
        assert [paths[k, :int(m)].tolist() for k, m in enumerate(n)] == model.viterbi(e, n)


def test_ner_sentences_cover_the_text_in_order():
    text = "甲" * 200 + "。" + "乙，" * 100 + "\n\n  \n" + "丙" * 159 + "。丁"
    pieces = ner._sentences(text)
    assert all(e - s <= ner.MAX_CHUNK for s, e in pieces)
    assert all(a[1] <= b[0] for a, b in zip(pieces, pieces[1:]))
    covered = {i for s, e in pieces for i in range(s, e)}
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)
    assert text[pieces[0][0]:pieces[0][1]] == "甲" * ner.MAX_CHUNK     # no comma: cut at the limit
    assert text[pieces[2][1] - 2:pieces[2][1]] == "乙，"                # cut after a comma


def test_ner_piece_cache_gives_the_same_words():
    text = "".join(SENTENCES)
    ner._cache.clear()
    ner._piece_cache.clear()
    first = ner.tag_text(text)
    ner._cache.clear()
    assert ner.tag_text(text) == first          # every piece from the piece cache
    ner._cache.clear()
    assert ner.tag_texts(["导语。" + text])[0][2:] == tuple(
        ner.Token(t.start + 3, t.end + 3, t.tag) for t in first)


@pytest.mark.parametrize("text,name", [
    ("会上，金人庆介绍了今年的税收情况。", "金人庆"),      # 人 is no given-name character by the list
    ("他的案头摆着一本俞平伯的散文集。", "俞平伯"),            # 伯 is kin by the list
])
def test_ner_a_name_the_tagger_and_the_name_dictionary_agree_on(text, name):
    assert name in [p["name"] for p in find_mentions(text)["people"]]


@pytest.mark.parametrize("text", ["陈小姐笑着说，这家店开了十年。", "李老师看了作文后笑了。"])
def test_ner_a_surname_and_a_form_of_address_name_the_surname_alone(text):
    # the tagger reads 陈小姐 as one name: the person is the surname, where it stands
    assert [(p["name"], p["spans"]) for p in find_mentions(text)["people"]] == [(text[0], [[0, 1]])]


def test_ner_the_grammar_does_not_stretch_a_learned_name_into_the_next_word():
    text = "副市长周干今天下午到长治调研。"
    assert [p["name"] for p in find_mentions(text)["people"]] == ["周干"]


@pytest.mark.parametrize("text", [
    "上个月，县城居民郭女士在网上买到一台旧冰箱，家电维修点的师傅帮她修好了。",
    "民警调看监控后联系上失主邵先生。第二天一早，邵先生带着锦旗来到派出所。",
    "犯罪嫌疑人蔺某对盗窃电动车的事实供认不讳。",
    "有意出租者请联系，联系人：符先生。",
])
def test_ner_a_citizen_kept_unnamed_is_no_one_named(text):
    # local news calls a private citizen by role, surname and 女士/先生/某: no name is printed
    assert find_mentions(text)["people"] == []


@pytest.mark.parametrize("text,name", [
    ("郭先生今年六十岁，退休后一直在社区教书法。", "郭"),   # no role before: the surname names him
    ("县居民代表郭建民女士发言。", "郭建民"),                # a full name is printed
])
def test_ner_a_form_of_address_alone_still_names_the_surname(text, name):
    assert name in [p["name"] for p in find_mentions(text)["people"]]


FORESTRY = "变化是从林改开始的。村民分到了林子，成了山林的主人，林下种植让林农的腰包鼓了起来。"


def test_ner_a_word_of_the_items_subject_the_tagger_reads_as_a_name_is_weighed_out():
    from baoxun.enrich.people import find_people
    # the tagger alone reads 林改 as a person (the judge that keeps all shows it) …
    assert "林改" in [p["name"] for p in find_people(FORESTRY, ner.tag_text(FORESTRY), judge=lambda n, x: True)]
    # … the fitted model drops it: 林 opens 林子, 林下, 林农 in the same item
    assert "林改" not in [p["name"] for p in find_mentions(FORESTRY)["people"]]


@pytest.mark.parametrize("text,name", [(t, n) for t, n in [
    ("会后，孟凡琳带着两名技术员赶往东坡村的大棚。", "孟凡琳"),
    ("赵德顺把新收的玉米装上了三轮车。", "赵德顺"),
]])
def test_ner_the_name_model_keeps_a_name_only_the_tagger_finds(text, name):
    assert name in [p["name"] for p in find_mentions(text)["people"]]


def test_ner_the_name_model_file_matches_the_code_and_says_how_to_refit():
    import json
    from importlib.resources import files

    from baoxun.enrich import names
    data = json.loads(files("baoxun").joinpath("data", "models", "names.json").read_text(encoding="utf-8"))
    assert data["features"] == list(names.FEATURES) and len(data["weights"]) == len(names.FEATURES)
    assert data["refit"].startswith("python -m baoxun.enrich.names fit")


def test_ner_a_dotted_name_ends_before_the_adverb_the_tagger_glued_to_it():
    text = "佳木镇农民阿不都热依木·买买提一边给核桃脱青皮，一边高兴地说。"
    assert [p["name"] for p in find_mentions(text)["people"]] == ["阿不都热依木·买买提"]
