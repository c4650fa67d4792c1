"""A contact change told in a report or minutes (:mod:`assistant.summaries.contact_reported`)."""

from __future__ import annotations

import pytest

from assistant.summaries.contact_reported import reported_handover, reported_move
from tests.summaries.sentences import alone, said


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("韩经理透露他五月要调去华南区。", "we"),
        ("Hollis Crane retires at the end of June.", "we"),
        ("Mira explained that she is going on maternity leave from August.", "we"),
        ("heads up, I'm stepping down as treasurer next month", "customer"),
    ],
)
def test_a_reported_move_is_read(text: str, role: str) -> None:
    assert reported_move(alone(text, role=role))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("如果他离职了，我们再说。", "customer"),
        ("They will leave our warehouse on Monday.", "we"),
        ("I'm stepping down the price to 4.10.", "we"),
        ("The truck leaves at nine.", "customer"),
    ],
)
def test_no_move_is_read(text: str, role: str) -> None:
    assert not reported_move(alone(text, role=role))


def test_the_deputy_after_the_move_joins_it() -> None:
    talk = said(
        ("Hollis Crane announced that he is leaving the council at the end of June.", "we"),
        ("His deputy, Ines Molnar, will run the roll-out from July.", "we"),
        ("The next site visit is on 3 June.", "we"),
    )
    assert [s.text for s in reported_handover(talk)] == [talk[0].text, talk[1].text]


def test_a_deputy_without_a_move_or_not_yet_named_is_none() -> None:
    assert reported_handover(said(("His deputy, Ines Molnar, will run the roll-out.", "we"))) == []
    talk = said(("Hollis Crane retires at the end of June.", "we"), ("His successor has not been named.", "we"))
    assert [s.text for s in reported_handover(talk)] == [talk[0].text]


@pytest.mark.parametrize(
    "text",
    [
        "Priya will leave the framed drawings with your front desk.",
        "Omar is leaving for the airport at four.",
        "Kate will leave a note with the gatehouse.",
        "Ruth retires the legacy pump range in autumn.",
        "Receiving Dept moves to Hall 3 next week.",
        "The Batch moves to final inspection today.",
        "Leon is moving to a larger depot.",
        "Leon steps down from the podium.",
        "何经理说他那边调到一批料了，周三就能发。",
        "何经理说他下午调到码头那边看装柜。",
    ],
)
def test_leaving_a_thing_or_a_place_or_moving_goods_is_no_contact_change(text: str) -> None:
    assert not reported_move(alone(text))


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Fox will leave Brightwell at the end of April.",
        "Colm is leaving us in the summer.",
        "Colm retires next spring.",
        "Colm moves to the Dublin office in May.",
        "何经理说他下个月要调到华东分公司。",
    ],
)
def test_a_person_leaving_a_job_or_the_company_is_read(text: str) -> None:
    assert reported_move(alone(text))
