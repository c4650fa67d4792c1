"""A price gap with no target: the customer objects to our figure, we come down, and they still hold off."""

from __future__ import annotations

from assistant.summaries.price_unmet import file_price_risks
from assistant.text.conversation import Sentence


def _talk(*turns: tuple[str, str]) -> list[Sentence]:
    out, at = [], 0
    for role, text in turns:
        out.append(Sentence(text=text, start=at, end=at + len(text), speaker=role, role=role))
        at += len(text) + 1
    return out


def _price_risks(sents: list[Sentence], lang: str) -> list[tuple[str, list[str]]]:
    risks, _ = file_price_risks(sents, [], [], lang)
    return [(r.text, [q.text for q in r.quotes]) for r in risks if r.category == "price"]


def test_our_lowered_figure_still_open_is_one_gap_naming_both_zh() -> None:
    sents = _talk(
        ("we", "滤芯单价三百六，整箱发货。"),
        ("customer", "三百六偏高了，上次我们才拿三百三。"),
        ("we", "那这批我给您做到三百四，运费我们出。"),
        ("customer", "嗯，三百四我回去再商量商量。"),
    )
    ((text, quotes),) = _price_risks(sents, "zh")
    assert "360" in text and "340" in text
    assert quotes == [sents[1].text, sents[2].text, sents[3].text]


def test_our_lowered_figure_still_open_is_one_gap_naming_both_en() -> None:
    sents = _talk(
        ("we", "The KT-9 kettle is 26.50 a unit."),
        ("customer", "26.50 is too high, last year we paid 24.80."),
        ("we", "For 600 units I can do 25.60."),
        ("customer", "Let me think about it."),
    )
    ((text, _),) = _price_risks(sents, "en")
    assert "26.50" in text and "25.60" in text


def test_a_lowered_figure_taken_is_no_gap() -> None:
    sents = _talk(
        ("we", "滤芯单价三百六，整箱发货。"),
        ("customer", "三百六偏高了，上次我们才拿三百三。"),
        ("we", "那这批我给您做到三百四，运费我们出。"),
        ("customer", "行，三百四就三百四，下单吧。"),
    )
    assert _price_risks(sents, "zh") == []
    sents = _talk(
        ("we", "The KT-9 kettle is 26.50 a unit."),
        ("customer", "26.50 is too high."),
        ("we", "For 600 units I can do 25.60."),
        ("customer", "OK, deal at 25.60."),
    )
    assert _price_risks(sents, "en") == []


def test_an_objection_we_never_answer_with_a_lower_figure_is_left_to_the_other_cues() -> None:
    sents = _talk(
        ("we", "滤芯单价三百六。"),
        ("customer", "三百六偏高了。"),
        ("we", "这个价已经很实在了。"),
        ("customer", "我再想想。"),
    )
    assert _price_risks(sents, "zh") == []


def test_an_objection_naming_no_past_price_is_left_to_the_rival_or_target_cues() -> None:
    sents = _talk(
        ("we", "滤芯单价三百六。"),
        ("customer", "三百六贵了，别家才三百二。"),
        ("we", "那我最多给到三百四。"),
        ("customer", "三百四我再看看。"),
    )
    assert _price_risks(sents, "zh") == []
