"""A closing recap of a meeting restates the talk: needs read only from it are dropped."""

from __future__ import annotations

from assistant.summaries.need_recap import drop_recap_needs, recap_spans
from assistant.summaries.schema import Need, Quote

ZH = (
    "甲方：我们这次要做三百个货位，交付要在十月前。\n"
    "乙方：好的，我们按四百个设计，多一百个备用。\n"
    "甲方：噪音也不能太大，晚上要安静。\n"
    "乙方：没问题。\n"
    "甲方：行，就这样。\n\n"
    "会后小结（乙方整理）：\n"
    "一、方案共四百个货位；\n"
    "二、十月前交付，噪音达标。\n"
)
EN = (
    "Ann: We need forty cold rooms, all at minus twenty.\n"
    "Bob: Fine, we can offer the thick panels.\n"
    "Ann: Delivery before the harvest, please.\n"
    "Bob: Understood.\n"
    "Ann: Good.\n"
    "Bob: Thanks.\n\n"
    "Action items\n"
    "- Bob to send forty cold room drawings by Friday.\n"
)


def _need(source: str, quote: str) -> Need:
    start = source.index(quote)
    return Need(text=quote, topic="product", quotes=[Quote(text=quote, start=start, end=start + len(quote))])


def test_the_recap_runs_from_its_heading_to_the_end() -> None:
    spans = recap_spans(ZH)
    assert len(spans) == 1
    assert ZH[spans[0][0] :].startswith("会后小结")
    assert spans[0][1] == len(ZH)


def test_an_action_list_heading_opens_a_recap_in_english() -> None:
    spans = recap_spans(EN)
    assert [EN[a:b].splitlines()[0] for a, b in spans] == ["Action items"]


def test_needs_read_only_from_the_recap_are_dropped_and_the_talk_keeps_its_own() -> None:
    talk = _need(ZH, "我们这次要做三百个货位")
    recap = _need(ZH, "一、方案共四百个货位；")
    kept = drop_recap_needs([talk, recap], ZH)
    assert kept == [talk]


def test_a_need_with_one_quote_in_the_talk_stays() -> None:
    need = _need(ZH, "交付要在十月前")
    start = ZH.index("二、十月前交付")
    need.quotes.append(Quote(text="二、十月前交付", start=start, end=start + 7))
    assert drop_recap_needs([need], ZH) == [need]


def test_a_summary_heading_that_opens_the_text_is_no_recap() -> None:
    text = "Summary:\nAnn: We need 300 pallets of the blue tiles.\nBob: Noted.\n" + "Ann: ok.\n" * 3
    assert recap_spans(text) == []
    need = _need(text, "We need 300 pallets of the blue tiles.")
    assert drop_recap_needs([need], text) == [need]


def test_a_heading_ending_a_speakers_line_opens_the_recap() -> None:
    text = "甲方：要两百台。\n乙方：好。\n甲方：价格再降一点。\n乙方：可以。\n甲方：今天先这样，总结一下：\n一、两百台；\n二、价格再议。\n"
    spans = recap_spans(text)
    assert len(spans) == 1 and text[spans[0][0] :].startswith("甲方：今天先这样")


def test_without_blank_lines_the_recap_ends_at_the_next_speakers_turn() -> None:
    text = (
        "Mia: We need sixty shelving bays for the new store.\n"
        "Leo: Fine, sixty bays in galvanised steel.\n"
        "Mia: Good. Can you deliver them before the opening on the first of June?\n"
        "Leo: Yes, with installation by our own crew in the last week of May.\n"
        "Mia: Good.\n"
        "Leo: Great, to sum up:\n"
        "- sixty galvanised bays;\n"
        "- drawings from us by Friday.\n"
        "Mia: One more thing, we also need ten corner units.\n"
        "Leo: Noted.\n"
    )
    later = _need(text, "we also need ten corner units.")
    recap = _need(text, "- sixty galvanised bays;")
    assert drop_recap_needs([recap, later], text) == [later]


def test_without_blank_lines_a_chat_export_header_ends_the_recap() -> None:
    text = (
        "葛文 2031-04-02 09:10\n客户要八十个货架。\n"
        "葛文 2031-04-02 09:12\n好的，八十个。\n"
        "葛文 2031-04-02 09:15\n今天先这样，总结一下：\n一、八十个货架；\n二、周五前出图。\n"
        "孟莉 2031-04-02 09:30\n另外我们还需要两台叉车。\n"
    )
    later = _need(text, "另外我们还需要两台叉车。")
    assert drop_recap_needs([later], text) == [later]


def test_a_recap_line_ending_in_a_meeting_time_stays_in_the_recap() -> None:
    text = (
        "甲方：我们要八十个货架。\n乙方：好的。\n甲方：周五前出图。\n乙方：没问题。\n甲方：好。\n"
        "乙方：今天先这样，总结一下：\n一、下次会议：6月5日 10:00\n二、货架要八十个；\n"
    )
    recap = _need(text, "二、货架要八十个；")
    assert drop_recap_needs([recap], text) == []


def test_numbered_actions_agreed_and_next_steps_headings_open_a_recap() -> None:
    talk = (
        "Nadia: We need twelve walk-in freezers for the new depot.\n"
        "Omar: Noted, we will quote the twelve.\n"
        "Nadia: Fine.\n"
        "Omar: Thanks.\n\n"
    )
    for heading in ("5. Actions agreed", "Next steps:", "Action points"):
        source = talk + heading + "\n- Omar sends twelve freezer drawings by Friday.\n"
        spans = recap_spans(source)
        assert [source[a:b].splitlines()[0] for a, b in spans] == [heading]
        recap = _need(source, "Omar sends twelve freezer drawings by Friday.")
        talked = _need(source, "We need twelve walk-in freezers for the new depot.")
        assert drop_recap_needs([talked, recap], source) == [talked]
