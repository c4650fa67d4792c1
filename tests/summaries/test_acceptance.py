"""Short acceptances of an offer are agreements; offers, refusals, questions and dates are not."""

from assistant.summaries.acceptance import accepts_offer
from assistant.text.conversation import Sentence


def _s(text: str, role: str, start: int = 0) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker=role, role=role)


REP_OFFER = _s("这款收纳箱我最低给到三十八一个，再低真做不了。", "we")


def test_customer_accepts_a_figure():
    assert accepts_offer(_s("三十八可以", "customer", 30), [REP_OFFER])
    assert accepts_offer(_s("行，38", "customer", 30), [REP_OFFER])
    assert accepts_offer(_s("K12可以。", "customer", 30), [REP_OFFER])


def test_customer_accepts_this_price_after_an_offer_with_a_figure():
    assert accepts_offer(_s("那就按这个价", "customer", 30), [REP_OFFER])
    assert not accepts_offer(_s("那就按这个价", "customer", 30), [_s("我们再商量一下。", "we")])


def test_english_acceptance_with_a_figure():
    offer = _s("Best I can do is 4.35 per roll for 2,000 rolls.", "we")
    assert accepts_offer(_s("Deal at 4.35.", "customer", 50), [offer])
    assert accepts_offer(_s("4.35 works for us.", "customer", 50), [offer])


def test_refusals_questions_and_long_clauses_are_not_acceptances():
    assert not accepts_offer(_s("三十八不行", "customer", 30), [REP_OFFER])
    assert not accepts_offer(_s("三十五可以吗？", "customer", 30), [REP_OFFER])
    assert not accepts_offer(_s("4.35 is not ok", "customer", 30), [REP_OFFER])
    long = _s("OK so for the spring range we would like 600 more of the striped ones asap", "customer", 30)
    assert not accepts_offer(long, [REP_OFFER])


def test_ability_and_dates_are_not_acceptances():
    assert not accepts_offer(_s("我们可以先报上去三十八", "customer", 30), [REP_OFFER])
    assert not accepts_offer(_s("3月5号没问题", "customer", 30), [REP_OFFER])
    assert not accepts_offer(_s("order ok-7781 arrived", "customer", 30), [REP_OFFER])


def test_the_rep_accepts_only_the_customers_own_figure():
    counter = _s("Make it 2.90 and we sign today.", "customer")
    assert accepts_offer(_s("OK, 2.90 then.", "we", 40), [counter])
    assert not accepts_offer(_s("OK, 3.10 then.", "we", 40), [counter])
    assert not accepts_offer(_s("5月20号没问题", "we", 40), [_s("5月20号前要到货。", "customer")])


def test_an_acceptance_read_as_none_becomes_progress(monkeypatch) -> None:
    import datetime as dt

    import assistant.summaries.offline_learned as ol
    from assistant.summaries import Catalog
    from assistant.text.conversation import parse_conversation

    chat = "销售：保温壶我这边最低四十二一个。\n客户：四十二可以。\n"
    parsed = parse_conversation(chat)
    monkeypatch.setattr(ol, "labelled_units", lambda sents, _p: [(s, "none") for s in sents])
    summary = ol.summarize_offline(
        parsed, today=dt.date(2027, 3, 1), catalog=Catalog.from_products([]), language="zh"
    )
    assert [(p.by, [q.text for q in p.quotes]) for p in summary.progress] == [("customer", ["四十二可以。"])]
    assert not summary.needs
