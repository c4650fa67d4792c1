"""The risks of a complaint thread: a failed count, a compensation gap, a rival's unit price, a split threat.

Written anew, not taken from any evaluation set. A customer's count of failed goods ("of the 500
valves we fitted, 42 are now sticking") is a quality risk even when the classifier reads it as a
need; our own restatement of the figure the customer asked for beside the figure we offer ("I know
you wanted 2,300") is the price gap quoting both; a rival's price per unit said alongside an order
line is a competitor risk; "If this is not fixed by Friday" followed by "we will move the second
phase to another supplier" in the next clause is a churn threat.
"""

from __future__ import annotations

import pytest

from assistant.summaries.learned_risks import learned_risks
from assistant.summaries.risk_cues import plain_risk
from assistant.summaries.risk_defects import defect_report
from assistant.text.conversation import Sentence
from evals.eval_summaries_blind import demo_catalog


def _s(text: str, role: str = "customer", start: int = 0) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker=role, role=role)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Of the 500 solenoid valves we fitted in March, 42 are now sticking or flickering on the panel",
        "Of the 120 lamps in the car park, 17 keep flickering at night",
        "300盏灯里有27盏频闪",
        "到货的600个水杯里有45个漏水",
    ],
)
def test_a_count_of_failed_goods_is_a_quality_risk(text: str) -> None:
    said = _s(text)
    assert defect_report(said)
    assert plain_risk(said, "need") == "quality"


@pytest.mark.parametrize(
    "text",
    [
        "Of the 500 valves, 40 are for the second site",
        "We need the lamps not to flicker at all",
    ],
)
def test_a_count_without_a_failure_is_no_quality_risk(text: str) -> None:
    assert plain_risk(_s(text), "need") != "quality"


def test_a_rival_unit_price_beside_an_order_line_is_a_competitor_risk() -> None:
    said = _s("That is 900 valves, and a Spanish maker has quoted us EUR 6.20 a valve against your 6.90.")
    assert plain_risk(said, "agreement") == "competitor"


def test_our_own_agreement_is_no_competitor_risk() -> None:
    said = _s("We agreed 900 valves at EUR 6.90, the price a Spanish maker quoted.", role="we")
    assert plain_risk(said, "agreement") is None


def test_a_threat_split_over_two_clauses_is_a_churn_threat() -> None:
    cond = _s("If the valves are not replaced by Friday", start=0)
    move = _s("our plant manager will move the second phase to them.", start=42)
    risks = learned_risks([(cond, "none"), (move, "risk:certification")], demo_catalog(), "en")
    assert [r.category for r in risks] == ["churn"]
    assert any(q.start == 42 for q in risks[0].quotes)


def test_a_plain_plan_after_a_condition_is_no_threat() -> None:
    cond = _s("If the valves arrive on Friday", start=0)
    move = _s("we will send the fitters to them on Monday.", start=31)
    risks = learned_risks([(cond, "none"), (move, "none")], demo_catalog(), "en")
    assert [r.category for r in risks] == []


def test_our_restatement_of_the_asked_figure_joins_the_price_gap() -> None:
    ask = _s("For the downtime we need the full EUR 2,300", start=0)
    offer = _s("Our director has approved EUR 1,500 towards the downtime.", role="we", start=50)
    known = _s("I know you wanted 2,300 and I will push again.", role="we", start=110)
    labelled = [(ask, "need"), (offer, "concession"), (known, "none")]
    risks = learned_risks(labelled, demo_catalog(), "en")
    gaps = [r for r in risks if r.category == "price"]
    assert len(gaps) == 1
    assert {q.start for q in gaps[0].quotes} >= {110}
    assert "1,500" in gaps[0].text and "2,300" in gaps[0].text


def test_asked_quantity_is_no_price_gap() -> None:
    known = _s("I know you asked for 2,300 units and we can ship them in June.", role="we", start=0)
    risks = learned_risks([(known, "none")], demo_catalog(), "en")
    assert [r.category for r in risks] == []


@pytest.mark.parametrize(
    ("text", "role", "kind"),
    [
        ("这个价已经到底了。", "we", "timeline"),  # our price, no date trouble
        ("这批以后不会再出现了。", "we", "timeline"),  # our assurance, no date
        ("I didn't look.", "customer", "quality"),  # a bare remark
        ("嗯好吧", "customer", "price_gap"),
    ],
)
def test_remarks_without_a_risk_are_no_risk(text: str, role: str, kind: str) -> None:
    from assistant.summaries.risk_rules import open_risk

    assert not open_risk(kind, _s(text, role))


@pytest.mark.parametrize(
    ("text", "role", "kind"),
    [
        ("The last 800 will be two weeks late.", "we", "timeline"),
        ("the earliest we can ship is 30 May", "we", "timeline"),
        ("so 12 June is not possible by sea.", "we", "timeline"),
        ("工厂1月底就放假了", "we", "timeline"),
        ("Too expensive.", "customer", "price_gap"),
        ("太贵了", "customer", "price_gap"),
        ("有裂纹", "customer", "quality"),
    ],
)
def test_short_risks_with_a_cue_stay(text: str, role: str, kind: str) -> None:
    from assistant.summaries.risk_rules import open_risk

    assert open_risk(kind, _s(text, role))


@pytest.mark.parametrize(
    "text",
    [
        "Our last tents from another company peeled after one season.",
        "Our previous supplier's hinges rusted within a year.",
    ],
)
def test_another_vendors_history_is_no_quality_risk(text: str) -> None:
    from assistant.summaries.risk_rules import false_risk

    assert false_risk("quality", text)


def test_a_current_defect_stays_a_quality_risk() -> None:
    from assistant.summaries.risk_rules import false_risk

    assert not false_risk("quality", "Twelve of your hinges rusted within a month.")
