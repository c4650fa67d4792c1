"""A price gap still open at the end of a talk (:mod:`gap_cues` read by :mod:`price_gaps`)."""

from __future__ import annotations

from decimal import Decimal

from assistant.summaries.gap_cues import asks_target, holds_out, leaves_open, our_last, turns_down
from assistant.summaries.message_order import in_time_order
from assistant.summaries.price_figures import bare_figures, figures
from assistant.summaries.price_gaps import open_gaps
from assistant.text.conversation import Sentence


def _talk(*lines: tuple[str, str]) -> list[Sentence]:
    out, at = [], 0
    for role, text in lines:
        out.append(Sentence(text=text, start=at, end=at + len(text), speaker=role, role=role))
        at += len(text) + 1
    return out


def test_the_cues_read_their_family() -> None:
    assert holds_out("GR-8还是要六十") and holds_out("the hinges still need to be 2.10")
    assert turns_down("I can't take 4,300 to my director")
    assert leaves_open("价格我回去再商量一下") and leaves_open("Let me sleep on it.")
    assert not leaves_open("能再考虑一下价格吗？")
    assert our_last("这已经是底价了") and our_last("That's our floor, honestly.")
    assert not our_last("I will send our final price by Friday.")
    assert asks_target("您这边心里价位大概多少？") and not asks_target("预算已经批了。")


def test_figures_read_ten_thousands_and_thousands_after_chinese() -> None:
    assert figures("年度预算批到58万") == [Decimal("580000")]
    assert figures("总价合计312,400元") == [Decimal("312400")]
    assert bare_figures("The lid still needs to be 240.") == [Decimal("240")]


def test_a_target_held_after_our_last_offer_is_open() -> None:
    talk = _talk(
        ("we", "The GR-8 grill is USD 72 a unit."),
        ("customer", "We need 60 on the GR-8."),
        ("we", "For 500 units I can do 66, and that is our floor."),
        ("customer", "GR-8 still needs to be 60."),
    )
    (gap,) = open_gaps(talk)
    assert (gap.target, gap.ours) == (Decimal("60"), Decimal("66"))
    assert [s.text for s in gap.evidence] == [talk[2].text, talk[3].text]


def test_the_answer_to_our_question_is_their_target() -> None:
    talk = _talk(
        ("we", "两百台的话单价八百六。"),
        ("customer", "贵了。"),
        ("we", "那您心里价位是多少？"),
        ("customer", "七百八。"),
        ("we", "七百八做不到，最低八百二。"),
        ("customer", "八百二还是高。"),
    )
    (gap,) = open_gaps(talk)
    assert (gap.target, gap.ours) == (Decimal("780"), Decimal("820"))


def test_the_customer_leaving_our_offer_open_keeps_the_gap() -> None:
    talk = _talk(
        ("we", "每套报价四千六。"),
        ("customer", "我们预算最多四千二。"),
        ("we", "四千二做不了，我最多给到四千四。"),
        ("customer", "行吧，价格我再想想。"),
    )
    (gap,) = open_gaps(talk)
    assert talk[3] in gap.evidence


def test_a_gap_we_close_later_stays_closed() -> None:
    talk = _talk(
        ("we", "The GR-8 grill is USD 72 a unit."),
        ("customer", "We need 60 on the GR-8."),
        ("we", "66 is our floor."),
        ("customer", "GR-8 still needs to be 60."),
        ("we", "OK, 60 it is, deal."),
    )
    assert open_gaps(talk) == []


def test_an_email_thread_pasted_newest_first_is_read_oldest_first() -> None:
    said = [
        ("we", "We can come down to EUR 41, and that's our floor.", "2030-05-03 09:00"),
        ("customer", "Our budget is EUR 38 a unit.", "2030-05-02 15:00"),
        ("we", "The RX-4 is EUR 44 a unit.", "2030-05-01 10:00"),
    ]
    talk, at = [], 0
    for role, text, stamp in said:
        talk.append(
            Sentence(text=text, start=at, end=at + len(text), speaker=role, role=role, timestamp=stamp)
        )
        at += len(text) + 1
    assert [s.text for s in in_time_order(talk)] == [t for _, t, _ in reversed(said)]
    (gap,) = open_gaps(talk)
    assert (gap.target, gap.ours) == (Decimal("38"), Decimal("41"))


def test_a_customer_insisting_holds_out_only_on_a_figure() -> None:
    assert holds_out("BX-7还是要每片四十二") and holds_out("我们坚持三十五，不然报不上去")
    assert holds_out("合同写八毛就要八毛")
    assert not holds_out("我们还是要磨砂黑的款式")
    assert not holds_out("周五之前必须到我们苏州仓")
    assert not holds_out("下月一号就要开业了，来不及")
    assert not holds_out("柜子我们还是要三十天账期")


def test_a_turn_down_needs_a_figure_in_its_clause() -> None:
    assert turns_down("二十六我们真的批不下来") and turns_down("We can't take 7.40 to the board.")
    assert not turns_down("这个颜色不行，太暗了")
    assert not turns_down("Without the label we can't sell them.")
    assert not turns_down("The 40 pallets are fine, but the grey lids won't do.")


def test_our_last_word_is_about_the_price() -> None:
    assert our_last("I really can't.") and our_last("I really can't go under 9.10.")
    assert our_last("再往下我真的做不了主")
    assert not our_last("I really can't make Tuesday, sorry.")
    assert not our_last("交货日期我做不了主，要问工厂")


def test_asking_their_price_asks_for_an_amount() -> None:
    assert asks_target("你们预算大概多少？") and asks_target("What's your budget per chair?")
    assert not asks_target("预算什么时候能批下来？")
    assert not asks_target("Has your budget been signed off yet?")


def test_no_one_to_sign_it_off_turns_down_the_figure_said_before() -> None:
    assert turns_down("5300我可以帮你往上递，但这个数我这边做不了主")
    assert not turns_down("交期的事我这边做不了主")
