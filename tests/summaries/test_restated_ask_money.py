"""Our restatement of what the customer asked is a price gap only for a money figure (:mod:`complaint_risks`).

Written anew, not taken from any evaluation set: "I know you need 20 pallets" or "you asked for
12 May" restate a count or a date, not a price; a price risk found earlier keeps its own wording.
"""

from __future__ import annotations

from assistant.summaries.complaint_risks import add_restated_ask
from assistant.summaries.schema import Quote, Risk
from evals.eval_summaries_blind import demo_catalog
from tests.summaries.sentences import said as _seq


def test_a_restated_count_is_no_price_gap() -> None:
    sents = _seq(
        ("We need 20 pallets of the grey tiles next month.", "customer"),
        ("The price is EUR 1,500 per pallet.", "we"),
        ("I know you need 20 pallets, we can ship them in two loads.", "we"),
    )
    found: dict[str, Risk] = {}
    add_restated_ask(found, sents, demo_catalog(), "en")
    assert found == {}


def test_a_restated_date_is_no_price_gap() -> None:
    sents = _seq(
        ("Can you deliver on 12 May?", "customer"),
        ("Delivery costs EUR 300.", "we"),
        ("You asked for 12 May, that works.", "we"),
    )
    found: dict[str, Risk] = {}
    add_restated_ask(found, sents, demo_catalog(), "en")
    assert found == {}


def test_a_restated_money_figure_is_still_a_price_gap() -> None:
    sents = _seq(
        ("We want EUR 2,400 back for the scrapped batch.", "customer"),
        ("Our manager approved EUR 1,600 towards the batch.", "we"),
        ("I know you asked for 2,400, I will try again.", "we"),
    )
    found: dict[str, Risk] = {}
    add_restated_ask(found, sents, demo_catalog(), "en")
    assert "1,600" in found["price"].text and "2,400" in found["price"].text


def test_an_earlier_price_risk_keeps_its_wording() -> None:
    sents = _seq(
        ("We want EUR 2,400 back for the scrapped batch.", "customer"),
        ("Our manager approved EUR 1,600 towards the batch.", "we"),
        ("I know you asked for 2,400, I will try again.", "we"),
    )
    said = sents[1]
    earlier = Risk(
        text="Price gap: EUR 1,600 against EUR 2,400", category="price", severity="medium",
        quotes=[Quote(text=said.text, start=said.start, end=said.end)],
    )
    found = {"price": earlier}
    add_restated_ask(found, sents, demo_catalog(), "en")
    assert found["price"].text == "Price gap: EUR 1,600 against EUR 2,400"
    assert [q.start for q in found["price"].quotes] == [said.start, sents[2].start]
