"""Last time's risk settled by a sentence about its own subject, whatever its category."""

from __future__ import annotations

import pytest

from assistant.summaries.risk_resolution import said_settled


@pytest.mark.parametrize(
    ("risk", "sentence"),
    [
        ("温州一家厂报价每个3.1元", "温州那家我们已经不考虑了，他们做不了包边。"),
        ("上次样品把手松动", "新样品的把手很牢，拉了三天没问题。"),
        (
            "a Polish factory quoted EUR 7.40",
            "The Polish factory is no longer an option, they cannot ship before May.",
        ),
        ("hinges on the first samples squeaked", "The hinges on the new samples are fixed, no noise at all."),
    ],
)
def test_a_sentence_about_the_risks_subject_that_says_it_is_over(risk: str, sentence: str) -> None:
    assert said_settled(risk, ["你好。", sentence]) == sentence


@pytest.mark.parametrize(
    ("risk", "sentence"),
    [
        ("上次样品把手松动", "新样品的把手还是有点松，还没解决。"),
        ("上次样品把手松动", "价格我们可以接受。"),  # settles something else
        ("hinges on the first samples squeaked", "Are the hinges fixed now?"),
        ("hinges on the first samples squeaked", "The hinges squeaked again on the second batch, not fixed."),
        (
            "a Polish factory quoted EUR 7.40",
            "Our target price is accepted internally only if we beat EUR 7.40.",
        ),
    ],
)
def test_still_open_elsewhere_or_asked_is_not_settled(risk: str, sentence: str) -> None:
    assert said_settled(risk, [sentence]) is None


@pytest.mark.parametrize(
    ("risk", "sentence"),
    [
        ("quality: 把手断裂", "把手还是会断，其他都没问题"),
        ("handles broke in the drop test", "Handles broke on 3 cartons, the rest passed."),
        ("CE certificate missing", "The CE certificate is being reissued; the test passed."),
    ],
)
def test_a_clause_after_the_named_risk_settles_it_only_if_the_risk_is_not_still_open(
    risk: str, sentence: str
) -> None:
    assert said_settled(risk, [sentence]) is None


def test_a_clause_after_the_named_risk_still_settles_it() -> None:
    assert said_settled("上次样品把手松动", ["新样品的把手换了，没问题了。"]) is not None
    assert said_settled("上次样品把手松动", ["新样品的把手又牢又稳，没问题。"]) is not None  # 又…又 is no "again"


def test_a_meeting_held_or_a_file_closed_settles_nothing() -> None:
    assert said_settled("hinge cracks on the lid", ["The call about the hinge was held on Tuesday."]) is None
    assert said_settled("CE file for the kettle missing", ["The kettle CE file is closed until Monday."]) is None
    assert said_settled("hinge cracks on the lid", ["The new hinge held up fine in the drop test."]) is not None
    assert said_settled("lid leak complaint", ["The lid leak complaint was closed last week."]) is not None
