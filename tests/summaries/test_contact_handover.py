"""A customer's contact who changes role, place or availability, and who takes over (:mod:`contact_handover`).

Written anew, not taken from any evaluation set: a person on the customer's side plus a change
(transfer, leave, a new buyer, no longer in charge) with its timing is a contact change; the named
successor who "will handle … from then on" joins it. Our own staff, a customer's end user, a
hypothetical and a settled past change are not.
"""

from __future__ import annotations

import pytest

from assistant.summaries.contact_handover import handover_sentences, leaves_post
from assistant.text.conversation import Sentence


def _s(text: str, role: str = "customer", start: int = 0) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker="x", role=role)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "I'm being transferred to our Rotterdam warehouse next month.",
        "Heads up, I'll be on parental leave from 3 June.",
        "Sofia is going on sick leave from Monday.",
        "我下个月休产假，这段时间订单找小何",
        "设备采购从下个月起不归我负责了",
        "公司新来了一位采购经理姓谭，以后合同都走她那边",
        "老周下周调往总部，接替他的是小梁",
    ],
)
def test_customer_change_of_post_is_a_contact_change(text: str) -> None:
    assert leaves_post(_s(text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("I'm being transferred to our Rotterdam warehouse next month.", "we"),  # our own staff
        ("If I were transferred next year, someone would cover for me.", "customer"),  # hypothetical
        ("要是我以后调走了，你们再找别人", "customer"),  # hypothetical
        (
            "Our client's buyer went on leave last spring, that's all sorted now.",
            "customer",
        ),  # end user, past
        ("去年新来了一个采购经理，现在合作得挺好", "customer"),  # a settled past change
        (
            "Our director must approve it and she is on vacation until 9 May.",
            "customer",
        ),  # back soon: a delay
        ("审批要经理签字，他下周休假，等他回来再说", "customer"),
        ("Can we take the leave-out option for the trim?", "customer"),
        ("The shipment is being transferred to another vessel next week.", "customer"),  # goods, not a person
    ],
)
def test_no_contact_change(text: str, role: str) -> None:
    assert not leaves_post(_s(text, role))


def test_successor_joins_the_change() -> None:
    sents = [
        _s("Thanks for the drawings.", start=0),
        _s("Just so you know, I'm on holiday from 12 August.", start=30),
        _s("Priya Raman will handle the order from then on.", start=80),
    ]
    assert [s.start for s in handover_sentences(sents)] == [30, 80]


def test_successor_alone_is_not_a_change() -> None:
    sents = [_s("Priya Raman will handle the order from then on.")]
    assert handover_sentences(sents) == []


def test_successor_named_in_chinese() -> None:
    sents = [_s("我月底就不管这块了", start=0), _s("以后进货都由她负责", start=20)]
    assert [s.start for s in handover_sentences(sents)] == [0, 20]


def test_summary_names_who_leaves_and_who_takes_over() -> None:
    """End to end: the leave and the successor make one contact-change risk quoting both."""
    import datetime as dt

    from assistant.summaries.catalog import Catalog
    from assistant.summaries.service import summarize_text

    text = (
        "Customer: The pallets look fine.\n"
        "Us: Great, we'll book the truck.\n"
        "Customer: One thing: I'm on holiday from 12 August. Priya Raman will handle the order from then on.\n"
    )
    summary = summarize_text(
        text, today=dt.date(2026, 8, 1), catalog=Catalog.from_products([]), engine="offline", language="en"
    )
    risks = [r for r in summary.risks if r.category == "contact_change"]
    assert len(risks) == 1
    assert "holiday" in risks[0].text and "Priya Raman" in risks[0].text
    assert any("Priya Raman" in q.text for q in risks[0].quotes)


def test_a_successor_said_as_handed_to_or_taking_over_joins_the_change() -> None:
    change = _s("我月底调到深圳分公司", start=0)
    handed = _s("冷链这块交给同事蒋怡负责", start=20)
    taking = _s("六月起设备采购由潘越接，他会加您微信", start=40)
    assert handover_sentences([change, handed]) == [change, handed]
    assert handover_sentences([change, taking]) == [change, taking]
    assert handover_sentences([handed]) == []  # no change said: a plain assignment
    assert handover_sentences([change, _s("这批货我们接受了", start=20)]) == [change]


def test_someone_else_doing_the_ordering_from_a_date_is_a_change_even_with_a_return() -> None:
    assert leaves_post(_s("From Monday my colleague Tomasz does all the purchasing, I'm on site in Gdynia till July."))
    assert not leaves_post(_s("I'm on site in Gdynia till July."))  # an absence with its return, nobody else named


@pytest.mark.parametrize(
    "text",
    [
        "She handles all the ordering for our 3 sites.",
        "Anna handles the ordering as before, nothing changes in May.",
        "Tomasz does the purchasing every week, I just sign.",
    ],
)
def test_a_standing_arrangement_for_the_ordering_is_no_change(text: str) -> None:
    assert not leaves_post(_s(text))


def test_our_own_side_or_a_goods_receipt_is_no_successor() -> None:
    change = _s("我月底调到深圳分公司", start=0)
    assert handover_sentences([change, _s("安装这块交给你们负责", start=20)]) == [change]
    assert handover_sentences([change, _s("以后货到了都由门卫接货", start=20)]) == [change]


@pytest.mark.parametrize(
    "text",
    [
        "From March I'm moving to our Xiamen office, so Ms. Lee takes over.",
        "He's moving over to the Penang plant next month.",
        "From June she is moving to our head office in Doha.",
    ],
)
def test_moving_to_another_site_of_the_customer_is_a_change(text: str) -> None:
    assert leaves_post(_s(text))


def test_moving_house_or_goods_is_no_change_of_post() -> None:
    assert not leaves_post(_s("We're moving to a bigger warehouse next year."))
    assert not leaves_post(_s("I'm moving the pallets to the back of our store."))
    assert not leaves_post(_s("I'm going to our Penang plant next week for the audit, so let's talk after that."))


def test_successor_named_with_department_and_title() -> None:
    sents = [_s("我下周调到成都分公司", start=0), _s("这个单子后面由采购部的柴晓雯跟你对接", start=20)]
    assert [s.start for s in handover_sentences(sents)] == [0, 20]


def test_a_named_colleague_who_takes_over_after_a_leave_is_the_successor() -> None:
    first = _s("Quick note: I'm on maternity leave from 2 June.")
    then = _s("Lotte Visser from our category team takes over the lamps", start=50)
    assert handover_sentences([first, then]) == [first, then]
    assert handover_sentences([then]) == []


@pytest.mark.parametrize(
    "then",
    [
        "From July our Rotterdam warehouse takes over the deliveries.",
        "The HM-300 takes over from the HM-250 next year.",
        "In June the new ERP system takes over all ordering.",
        "The Berlin team will take over the calibration.",
    ],
)
def test_a_place_a_model_or_a_system_that_takes_over_is_no_successor(then: str) -> None:
    first = _s("Quick note: I'm on maternity leave from 2 June.")
    assert handover_sentences([first, _s(then, start=50)]) == [first]
