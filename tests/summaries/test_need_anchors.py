"""A deadline need said as "before that" takes the words naming the day (:mod:`assistant.summaries.need_anchors`)."""

from __future__ import annotations

from assistant.summaries.need_anchors import anchor_deadlines, names_day
from assistant.summaries.schema import Need, Quote
from tests.summaries.sentences import said


def _need(s, text: str = "Requirement: …") -> Need:  # type: ignore[no-untyped-def]
    return Need(text=text, topic="product", quotes=[Quote(text=s.text, start=s.start, end=s.end, speaker=s.speaker)])


def test_before_that_takes_the_same_speakers_sentence_naming_the_day() -> None:
    talk = said(("The new ward opens on 3 March.", "customer"), ("All beds must be delivered before that.", "customer"))
    (need,) = anchor_deadlines([_need(talk[1], "Requirement: All beds must be delivered before that")], talk, "en")
    assert [q.text for q in need.quotes] == ["All beds must be delivered before that.", "The new ward opens on 3 March."]
    assert need.text.endswith("(The new ward opens on 3 March.)")
    assert talk[0].text == need.quotes[1].text and need.quotes[1].start == talk[0].start


def test_a_day_said_earlier_in_the_same_sentence_is_the_anchor() -> None:
    (s,) = said(("The fair starts on 12 Nov, so the stands must be ready by then.", "customer"))
    clause = s.text.index("so the")
    q = Quote(text=s.text[clause:], start=s.start + clause, end=s.end, speaker=s.speaker)
    (need,) = anchor_deadlines([Need(text="Requirement: …", topic="product", quotes=[q])], [s], "en")
    assert need.quotes[1].text == "The fair starts on 12 Nov"


def test_zh_zai_na_zhi_qian_and_no_anchor_across_speakers_or_for_today() -> None:
    zh = said(("我们10月8号开业", "customer"), ("在那之前设备都要调试好", "customer"))
    (need,) = anchor_deadlines([_need(zh[1])], zh, "zh")
    assert need.quotes[1].text == "我们10月8号开业" and need.text.endswith("（我们10月8号开业）")
    other = said(("We open on 3 March.", "we"), ("Everything must be here before that.", "customer"))
    assert len(anchor_deadlines([_need(other[1])], other, "en")[0].quotes) == 1
    today = said(("Today we are busy.", "customer"), ("Everything must be here before that.", "customer"))
    assert len(anchor_deadlines([_need(today[1])], today, "en")[0].quotes) == 1
    assert names_day("下周三交货") and not names_day("明天再说")


def test_a_past_story_or_a_named_event_after_before_that_takes_no_day() -> None:
    past = said(("We moved into the new plant on 3 March.", "customer"), ("We never needed a chiller before that.", "customer"))
    assert len(anchor_deadlines([_need(past[1])], past, "en")[0].quotes) == 1
    event = said(("The showroom opens on 3 June.", "customer"), ("We need the samples before this weekend.", "customer"))
    assert len(anchor_deadlines([_need(event[1])], event, "en")[0].quotes) == 1
    meeting = said(("The board meets on 9 May.", "customer"), ("Send the deck before that meeting.", "customer"))
    assert len(anchor_deadlines([_need(meeting[1])], meeting, "en")[0].quotes) == 1


def test_a_long_day_sentence_is_shown_cut_around_its_day() -> None:
    long_day = "The new terminal, which the port authority has been building for four years, opens on 3 March."
    talk = said((long_day, "customer"), ("All cranes must be running by then!", "customer"))
    (need,) = anchor_deadlines([_need(talk[1], "Requirement: All cranes must be running by then")], talk, "en")
    assert need.quotes[1].text == long_day and "(…" in need.text and "opens on 3 March.)" in need.text
    assert len(need.text) < 140


def test_by_then_opening_the_clause_and_before_that_date_anchor_and_a_passive_were_does_not_block() -> None:
    for text in (
        "By then we need all 40 beds installed.",
        "All beds must be delivered before that date.",
        "The beds we were promised must arrive before that.",
    ):
        talk = said(("The new ward opens on 3 March.", "customer"), (text, "customer"))
        assert len(anchor_deadlines([_need(talk[1])], talk, "en")[0].quotes) == 2, text
    zh = said(("我们10月8号开业", "customer"), ("在那之前把样品寄过去", "customer"))
    assert len(anchor_deadlines([_need(zh[1])], zh, "zh")[0].quotes) == 2
