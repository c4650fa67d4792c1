"""A rival named in one sentence and priced in the next by "they", or offering to make the goods for a figure.

Written anew, not taken from any evaluation set (:mod:`assistant.summaries.rival_quotes`): "a Danish
foundry has been in touch." then "They have quoted EUR 1.15 a piece." is a rival's price; so is "a
fabricator near Leeds can make the same frames in four weeks for GBP 12,000". "They" that points at
no seller, or our own "we can make them for …", is no rival.
"""

from __future__ import annotations

import datetime as dt

from assistant.summaries.learned_risks import learned_risks
from assistant.summaries.rival_quotes import rival_by_pronoun, rival_quote
from assistant.text.conversation import Sentence
from evals.eval_summaries_blind import demo_catalog


def _seq(*pairs: tuple[str, str]) -> list[Sentence]:
    out, pos = [], 0
    for text, role in pairs:
        out.append(Sentence(text=text, start=pos, end=pos + len(text), speaker=role, role=role))  # type: ignore[arg-type]
        pos += len(text) + 1
    return out


def test_a_seller_that_can_make_the_goods_for_a_figure_is_a_rival() -> None:
    assert rival_quote("A fabricator near Leeds can make the same frames in four weeks for GBP 12,000 in total.")
    assert not rival_quote("We can make the same frames in four weeks for GBP 12,000 in total.")


def test_they_after_a_named_seller_give_the_rivals_price() -> None:
    sents = _seq(
        ("The tender list will include the Danish foundry that called us last week.", "customer"),
        ("They have quoted NZD 0.85 a piece delivered.", "customer"),
    )
    assert rival_by_pronoun(sents[1], sents[:1])
    risks = learned_risks([(s, "none") for s in sents], demo_catalog(), "en", dt.date(2031, 3, 4))
    assert any(r.category == "competitor" and any(q.start == sents[1].start for q in r.quotes) for r in risks)


def test_they_without_a_seller_before_is_no_rival() -> None:
    sents = _seq(
        ("Our accountants looked at the numbers again.", "customer"),
        ("They have quoted EUR 1.15 a piece as our break-even.", "customer"),
    )
    assert not rival_by_pronoun(sents[1], sents[:1])
    ours = _seq(("A Danish foundry called us.", "customer"), ("They have quoted EUR 1.15 a piece.", "we"))
    assert not rival_by_pronoun(ours[1], ours[:1])
