"""A rival named in one sentence and priced in the next by "they", or offering to make the goods for a figure.

Written anew (:mod:`assistant.summaries.rival_quotes`): "a Polish mill got in touch" then "They
offer PLN 44 a roll." is a rival's price; so is "a workshop near Graz can make the same doors for
EUR 9,500". "They" after our own client, our employer or head office, "they offered to buy", or
"they" pointing at no seller is no rival.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.learned_risks import learned_risks
from assistant.summaries.rival_quotes import rival_by_pronoun, rival_quote
from evals.eval_summaries_blind import demo_catalog
from tests.summaries.sentences import said as _seq


def test_a_seller_that_can_make_the_goods_for_a_figure_is_a_rival() -> None:
    assert rival_quote("A workshop near Graz can make the same doors in three weeks for EUR 9,500 all in.")
    assert not rival_quote("We can make the same doors in three weeks for EUR 9,500 all in.")


def test_they_after_a_seller_that_got_in_touch_give_the_rivals_price() -> None:
    sents = _seq(
        ("A Polish mill got in touch on Monday.", "customer"),
        ("They offer PLN 44.50 a roll, carriage paid.", "customer"),
    )
    assert rival_by_pronoun(sents[1], sents[:1])
    risks = learned_risks([(s, "none") for s in sents], demo_catalog(), "en", dt.date(2031, 3, 4))
    assert any(r.category == "competitor" and any(q.start == sents[1].start for q in r.quotes) for r in risks)


@pytest.mark.parametrize(
    ("naming", "priced"),
    [
        ("Our accountants looked at the numbers again.", "They have quoted EUR 1.40 a roll as our break-even."),
        ("Our largest account is a wholesaler in Porto.", "They have offered to buy 800 rolls at EUR 18 each."),
        ("Head office is an import company in Bremen.", "They have quoted our own shops EUR 2.60 for ages."),
        ("I work for the dealer that runs the Texas branches.", "They are at USD 3.20 on the shelf right now."),
    ],
)
def test_they_after_our_own_side_or_a_buyer_is_no_rival(naming: str, priced: str) -> None:
    sents = _seq((naming, "customer"), (priced, "customer"))
    assert not rival_by_pronoun(sents[1], sents[:1])


def test_their_price_said_by_us_is_no_rival() -> None:
    ours = _seq(("A Polish mill got in touch.", "customer"), ("They offer PLN 44.50 a roll.", "we"))
    assert not rival_by_pronoun(ours[1], ours[:1])
