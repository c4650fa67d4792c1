"""Fragments of a need and self-corrections join the need they belong to."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.need_fragments import back_reference, bare_figure, fold_fragments
from assistant.summaries.need_prices import price_need_kind
from assistant.summaries.schema import Need, Quote
from assistant.text.conversation import parse_conversation


def _need(
    source: str,
    quote: str,
    speaker: str | None,
    values: list[str] | None = None,
    topic: str = "product",
    subject: str | None = None,
) -> Need:
    start = source.index(quote)
    q = Quote(text=quote, start=start, end=start + len(quote), speaker=speaker)
    return Need(text=f"{topic}: {quote}", topic=topic, values=values or [], subject=subject, quotes=[q])


CHAT = (
    "Rina: so for the cafe we want the bamboo trays with our name burnt in\n"
    "Rina: 80 pcs\n"
    "Rina: no wait 120, the second branch opens in march\n"
    "Leo: 120 trays 👍 30cm or 40cm?\n"
    "Rina: 40cm.\n"
    "Rina: and the napkin rings too; our manager wants them.\n"
)
CHAT_PARSED = parse_conversation(CHAT, we_names=("Leo",), today=dt.date(2028, 5, 2))


def test_a_bare_figure_is_told_from_a_stated_need() -> None:
    assert bare_figure("80 pcs")
    assert bare_figure("40cm.")
    assert bare_figure("about 300 sets")
    assert not bare_figure("and 150 wooden benches")
    assert not bare_figure("We need 300 by May")


def test_a_back_reference_is_told_from_a_need_with_content() -> None:
    assert back_reference("our manager wants them.")
    assert back_reference("and I'd want that as a credit")
    assert not back_reference("we need them here before 3 March")
    assert not back_reference("The lids must be dishwasher safe")


def test_count_size_and_correction_join_the_need_they_qualify() -> None:
    trays = _need(CHAT, "so for the cafe we want the bamboo trays with our name burnt in", "Rina")
    count = _need(CHAT, "80 pcs", "Rina", ["80 pcs"], "quantity")
    size = _need(CHAT, "40cm.", "Rina")
    kept = fold_fragments([trays, count, size], CHAT_PARSED)
    assert kept == [trays]
    texts = [q.text for q in trays.quotes]
    assert "80 pcs" in texts and "40cm." in texts
    assert any(t.startswith("no wait 120") for t in texts)  # the later figure is the point's


def test_a_later_figure_replaces_the_earlier_one() -> None:
    count = _need(CHAT, "80 pcs", "Rina", ["80 pcs"], "quantity")
    kept = fold_fragments([count], CHAT_PARSED)
    assert kept[0].values == ["120 pcs"]
    assert "120" in kept[0].text and "80" not in kept[0].text


def test_a_back_reference_joins_the_need_before_it_or_is_dropped() -> None:
    rings = _need(CHAT, "and the napkin rings too", "Rina")
    reason = _need(CHAT, "our manager wants them.", "Rina")
    assert fold_fragments([rings, reason], CHAT_PARSED) == [rings]
    assert len(rings.quotes) == 2
    alone = _need(CHAT, "our manager wants them.", "Rina")
    assert fold_fragments([alone], CHAT_PARSED) == []


MEETING = (
    "Minutes\n"
    "Ama: For the depot: 40 pallet racks PR-20 and 12 forklifts... no, 12 reach trucks, RT-3, for the cold store.\n"
    "Kofi: The aisles are 2,800 mm wide, 9 m high. Please make sure the racks fit our floor anchors.\n"
)
MEETING_PARSED = parse_conversation(MEETING, we_names=(), today=dt.date(2028, 5, 2))


def test_a_count_corrected_as_it_is_said_is_one_need_the_later_wording() -> None:
    racks = _need(MEETING, "For the depot: 40 pallet racks PR-20", "Ama", ["40"], "quantity", "PR-20")
    wrong = _need(MEETING, "and 12 forklifts...", "Ama", ["12 forklifts"], "quantity")
    right = _need(MEETING, "RT-3, for the cold store.", "Ama", [], "product", "RT-3")
    kept = fold_fragments([racks, wrong, right], MEETING_PARSED)
    assert kept == [racks, right]
    assert [q.text for q in right.quotes] == ["and 12 forklifts...", "RT-3, for the cold store."]


def test_a_fact_with_figures_joins_the_requirement_that_follows_it() -> None:
    fact = _need(MEETING, "The aisles are 2,800 mm wide, 9 m high.", "Kofi")
    ask = _need(MEETING, "Please make sure the racks fit our floor anchors.", "Kofi")
    assert fold_fragments([fact, ask], MEETING_PARSED) == [ask]
    assert [q.text for q in ask.quotes][0] == fact.quotes[0].text


def test_separate_requirements_of_one_turn_stay_apart() -> None:
    source = "Mia: The bins must be stackable. We also need 400 lids by June.\n"
    parsed = parse_conversation(source, we_names=(), today=dt.date(2028, 5, 2))
    a = _need(source, "The bins must be stackable.", "Mia")
    b = _need(source, "We also need 400 lids by June.", "Mia", ["400 lids"], "quantity")
    assert fold_fragments([a, b], parsed) == [a, b]


def test_the_customer_reading_our_quote_back_is_no_target() -> None:
    assert price_need_kind("Your offer is EUR 41 per crate, delivered.", "customer", True) == "skip"
    assert price_need_kind("Your quote was 9.80, our budget is 8.50.", "customer", True) == "target"
    assert price_need_kind("Our budget is 8.50 per crate.", "customer", True) == "target"


def test_a_count_corrected_in_the_next_message_is_one_need() -> None:
    source = "王姐：大号要两百个 小号一百个\n小李：好的\n王姐：哦不对 小号要一百五\n"
    parsed = parse_conversation(source, we_names=("小李",), today=dt.date(2028, 5, 2))
    first = _need(source, "大号要两百个 小号一百个", "王姐", ["200 个"], "quantity")
    later = _need(source, "哦不对 小号要一百五", "王姐")
    assert fold_fragments([first, later], parsed) == [later]
    assert len(later.quotes) == 2


def test_a_no_answering_our_question_does_not_replace_the_need_before() -> None:
    source = "Ola: We need 60 stools.\nTom: Do you need cushions?\nOla: No, but we need them by 9 June.\n"
    parsed = parse_conversation(source, we_names=("Tom",), today=dt.date(2028, 5, 2))
    stools = _need(source, "We need 60 stools.", "Ola", ["60 stools"], "quantity")
    answer = _need(source, "No, but we need them by 9 June.", "Ola", [], "delivery")
    assert fold_fragments([stools, answer], parsed) == [stools, answer]


def test_a_request_or_a_timed_need_pointing_back_is_no_fragment() -> None:
    assert not back_reference("Please ship them to our Leeds depot")
    assert not back_reference("Our auditors need it before they sign off the budget.")
    assert not back_reference("We want refunds for all of them")


def test_a_colour_split_is_no_fact_to_fold() -> None:
    source = "Eva: 300 in oak and 100 in walnut. And please add 50 side tables.\n"
    parsed = parse_conversation(source, we_names=(), today=dt.date(2028, 5, 2))
    split = _need(source, "300 in oak and 100 in walnut.", "Eva")
    tables = _need(source, "And please add 50 side tables.", "Eva", ["50 side tables"], "quantity")
    assert fold_fragments([split, tables], parsed) == [split, tables]


def test_a_correction_after_the_whole_sentence_does_not_change_its_first_clause() -> None:
    source = "刘总：灯罩先要300个，底座200个。\n刘总：哦不对，底座要250个。\n"
    parsed = parse_conversation(source, we_names=(), today=dt.date(2028, 5, 2))
    shades = _need(source, "灯罩先要300个", "刘总", ["300 个"], "quantity")
    assert fold_fragments([shades], parsed)[0].values == ["300 个"]
