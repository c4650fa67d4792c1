"""The customer's bare "deal" right after our last word on a term closes that term: it joins the item."""

from __future__ import annotations

from assistant.summaries.progress_assents import join_assents
from assistant.summaries.schema import ProgressItem, Quote
from assistant.text.conversation import Sentence


def _unit(text: str, start: int, role: str) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker=role, role=role)


def _item(unit: Sentence, kind: str, by: str, text: str | None = None) -> ProgressItem:
    quote = Quote(text=unit.text, start=unit.start, end=unit.end, speaker=unit.speaker)
    return ProgressItem(text=text or unit.text, kind=kind, by=by, quotes=[quote])


def test_a_bare_deal_after_our_offer_joins_it_as_the_acceptance() -> None:
    offer = _unit("For the full container I can do 8.75 per box", 0, "we")
    deal = _unit("deal 🙌", 60, "customer")
    [item] = join_assents([_item(offer, "concession", "we")], [offer, deal], "en")
    assert [q.start for q in item.quotes] == [0, 60]
    assert item.kind == "agreement" and item.by == "customer" and "accepted" in item.text


def test_an_open_status_reads_accepted_once_the_customer_says_so() -> None:
    offer = _unit("最后一口价，每卷四十六", 0, "we")
    yes = _unit("成交", 30, "customer")
    item = _item(offer, "concession", "we", "让步：价格 52 → 46（客户尚未接受）；每卷四十六")
    [joined] = join_assents([item], [offer, yes], "zh")
    assert "客户接受" in joined.text and "尚未" not in joined.text and len(joined.quotes) == 2
    assert joined.text.startswith("达成一致：")


def test_an_en_point_taken_reads_as_agreed() -> None:
    offer = _unit("Last word from me: 3.35 a roll", 0, "we")
    deal = _unit("deal!", 35, "customer")
    item = _item(offer, "concession", "we", "Concession: Price 3.6 → 3.35 (not yet accepted); Last word")
    [joined] = join_assents([item], [offer, deal], "en")
    assert joined.text.startswith("Agreed: Price 3.6 → 3.35 (accepted)")


def test_an_assent_after_the_customer_spoke_again_is_not_joined() -> None:
    offer = _unit("We can waive the tooling fee", 0, "we")
    other = _unit("We also need the manuals in Spanish", 40, "customer")
    ok = _unit("ok deal", 90, "customer")
    [item] = join_assents([_item(offer, "concession", "we")], [offer, other, ok], "en")
    assert len(item.quotes) == 1


def test_a_refusal_or_a_figure_of_its_own_is_no_bare_assent() -> None:
    offer = _unit("I can go to 4.10 on the lids", 0, "we")
    for reply in ("not ok", "ok at 3.90"):
        said = _unit(reply, 40, "customer")
        [item] = join_assents([_item(offer, "concession", "we")], [offer, said], "en")
        assert len(item.quotes) == 1


def test_an_assent_far_from_the_offer_or_after_our_plain_news_is_not_joined() -> None:
    offer = _unit("I can go to 4.10 on the lids", 0, "we")
    late = _unit("deal", 900, "customer")
    [item] = join_assents([_item(offer, "concession", "we")], [offer, late], "en")
    assert len(item.quotes) == 1
    news = _unit("The samples went out this morning", 0, "we")
    ok = _unit("ok", 40, "customer")
    [item] = join_assents([_item(news, "stage_signal", "we")], [news, ok], "en")
    assert len(item.quotes) == 1


def test_the_assent_takes_our_whole_last_sentence_not_only_its_last_clause() -> None:
    said = _unit("门框我们可以改成加厚的，多出五毫米，不收钱。", 0, "we")
    clause = _unit("不收钱。", said.text.index("不收钱"), "we")
    yes = _unit("行吧。", 40, "customer")
    [item] = join_assents([_item(clause, "concession", "we")], [clause, yes], "zh", [said, yes])
    assert [q.text for q in item.quotes] == [said.text, "行吧。"]


def test_an_assent_to_our_own_bare_assent_stays_noise() -> None:
    ours = _unit("没问题。", 0, "we")
    theirs = _unit("可以", 20, "customer")
    [item] = join_assents([_item(ours, "agreement", "we")], [ours, theirs], "zh")
    assert len(item.quotes) == 1
