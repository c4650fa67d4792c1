"""The figure the customer asks for, said in the clause right after their objection (:mod:`complaint_risks`).

Written anew, not taken from any evaluation set: "EUR 900 is far from what the downtime cost us," then
"please compensate EUR 2,400 as invoiced" — the objection and the figure asked are one price gap, so
the risk quotes both clauses. A next clause with no figure, another speaker or no ask adds nothing.
"""

from __future__ import annotations

from assistant.summaries.complaint_risks import add_asked_figure
from assistant.summaries.schema import Quote, Risk
from assistant.text.conversation import Sentence
from tests.summaries.sentences import said as _seq


def _gap(s: Sentence) -> dict[str, Risk]:
    return {"price": Risk(text="Price gap", category="price", severity="medium", quotes=[Quote(text=s.text, start=s.start, end=s.end)])}


def test_the_figure_asked_next_joins_the_price_gap() -> None:
    sents = _seq(("EUR 900 is far from what the downtime cost us,", "customer"), ("please compensate EUR 2,400 as invoiced.", "customer"))
    found = _gap(sents[0])
    add_asked_figure(found, sents)
    assert [q.start for q in found["price"].quotes] == [sents[0].start, sents[1].start]
    zh = _seq(("但三千元和实际损失差得太远，", "customer"), ("请按九千二百元赔偿。", "customer"))
    found = _gap(zh[0])
    add_asked_figure(found, zh)
    assert len(found["price"].quotes) == 2


def test_no_figure_another_speaker_or_no_ask_adds_nothing() -> None:
    for second in (("please look at it again.", "customer"), ("please compensate EUR 2,400 as invoiced.", "we"),
                   ("the pallets were EUR 2,400 in total.", "customer")):
        sents = _seq(("EUR 900 is far from what the downtime cost us,", "customer"), second)
        found = _gap(sents[0])
        add_asked_figure(found, sents)
        assert len(found["price"].quotes) == 1
