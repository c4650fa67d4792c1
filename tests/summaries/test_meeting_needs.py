"""Meeting and call needs: agenda lines, two-topic headings, code numbers, our quote in minutes, "要" that waits."""

from __future__ import annotations

from assistant.summaries.frames import frame_or_agenda
from assistant.summaries.need_markers import states_requirement
from assistant.summaries.need_prices import price_need_kind
from assistant.summaries.noise import heading
from assistant.summaries.numbers import asked_quantities


def test_an_agenda_line_ending_with_a_full_stop_is_still_the_agenda() -> None:
    assert frame_or_agenda("今天主要谈付款和包装。")
    assert frame_or_agenda("今天主要把二期的货架定一下。")
    assert not frame_or_agenda("今天主要要两百台。")


def test_the_purpose_line_of_minutes_is_a_frame() -> None:
    assert frame_or_agenda("会议目的：明确两个仓库的货架需求，初步谈价格。")
    assert frame_or_agenda("Purpose: agree the scope for the second warehouse.")


def test_two_topics_joined_make_a_heading() -> None:
    assert heading("Pricing and payment")
    assert heading("3. Delivery & packaging:")
    assert not heading("Pricing and payment are both fine")


def test_the_number_of_a_standard_or_a_model_code_is_no_quantity() -> None:
    assert asked_quantities("All helmets need EN 1080 as well") == []
    assert asked_quantities("The charger has UL 2743") == []
    assert asked_quantities("需要KT-18双头款") == []
    assert asked_quantities("We need 1,200 units") == ["1200 units"]
    assert asked_quantities("要KT-18五十台") == ["50 台"]


def test_our_quote_recorded_in_minutes_is_no_target() -> None:
    assert price_need_kind("价格：我方原报每台560元", "unknown", True) == "skip"
    assert price_need_kind("we quoted EUR 7.40 for the large one", "customer", True) == "skip"
    assert price_need_kind("我方报560元，对方目标价500元", "unknown", True) == "target"


def test_a_wait_or_a_lead_time_is_no_requirement() -> None:
    assert not states_requirement("审批一般还要拖一个多月。")
    assert not states_requirement("尾款要等补贴下来。")
    assert not states_requirement("估计要下个月了。")
    assert not states_requirement("打样要十五天。")
    assert states_requirement("保修要三年。")
    assert states_requirement("货要3月5号之前到。")
    assert states_requirement("交期要20天以内。")


def test_a_count_turned_down_asks_for_nothing() -> None:
    from assistant.summaries.need_markers import drops_item

    assert drops_item("三十个不够")
    assert drops_item("800 units is not enough")
    assert not drops_item("三十个不够，至少要五十个")
    assert not drops_item("要五十个")


def test_a_figure_over_budget_is_an_objection_not_a_target() -> None:
    import datetime as dt

    from assistant.summaries.price_gaps import find_gaps
    from assistant.text.conversation import parse_conversation

    assert price_need_kind("That is still 4,200 above budget.", "customer", True) == "skip"
    src = "客户：我们预算是两百万。\n销售：我们报两百二十万。\n客户：那还是超预算二十万。\n"
    parsed = parse_conversation(src, we_names=("销售",), today=dt.date(2029, 1, 1))
    assert [int(g.target) for g in find_gaps(parsed.sentences)] == [2000000]
