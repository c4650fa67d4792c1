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
