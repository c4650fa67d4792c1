"""The customer's yes to a service, sample, visit or delivery plan we proposed is progress.

"I can bring our technician on 3 June to recalibrate the scales" / "3 June works" is an agreed
visit; "我们先寄5卷样布给您打样" / "可以，先寄" an agreed sample; a delivery plan with its dates
answered "行" an agreed schedule. A yes to a promise of a quote or a call back agrees nothing.
"""

from __future__ import annotations

from assistant.summaries.evidence import quote_of
from assistant.summaries.progress_offers import accepted_offers
from assistant.summaries.schema import ProgressItem
from assistant.text.conversation import Sentence


def _turns(*pairs: tuple[str, str]) -> list[Sentence]:
    out, at = [], 0
    for role, text in pairs:
        out.append(Sentence(text=text, start=at, end=at + len(text), speaker=role, role=role))  # type: ignore[arg-type]
        at += len(text) + 1
    return out


def test_a_visit_we_offer_and_the_customer_takes_is_progress() -> None:
    s = _turns(
        ("we", "I can bring our technician on 3 June to recalibrate the scales."),
        ("customer", "3 June works."),
    )
    items = accepted_offers([], s, "en")
    assert len(items) == 1
    assert [q.text for q in items[0].quotes] == [s[0].text, s[1].text]
    assert items[0].kind == "agreement" and items[0].by == "customer"


def test_a_sample_we_offer_and_the_customer_takes_is_progress() -> None:
    s = _turns(("we", "我们先寄5卷样布给您打样。"), ("customer", "可以，先寄过来。"))
    assert [q.text for q in accepted_offers([], s, "zh")[0].quotes] == [s[0].text, s[1].text]


def test_a_delivery_plan_answered_yes_is_progress() -> None:
    s = _turns(("we", "工厂排了加班：5月8日先到600件，剩下400件5月12日到。"), ("customer", "行。"))
    assert len(accepted_offers([], s, "zh")) == 1


def test_free_training_taken_joins_our_concession() -> None:
    s = _turns(
        ("we", "We will also run a free two-day training for your operators."),
        ("customer", "Training would help a lot, yes please."),
    )
    ours = ProgressItem(text="Concession (us): training", kind="concession", by="we", quotes=[quote_of(s[0])])
    items = accepted_offers([ours], s, "en")
    assert len(items) == 1 and len(items[0].quotes) == 2 and items[0].kind == "agreement"


def test_a_yes_to_a_promised_quote_or_call_back_is_no_progress() -> None:
    s = _turns(("we", "我明天把报价单发给您。"), ("customer", "好的。"))
    assert accepted_offers([], s, "zh") == []
    s = _turns(("we", "I'll check with my manager and call you back tomorrow."), ("customer", "OK."))
    assert accepted_offers([], s, "en") == []


def test_a_refusal_or_question_is_no_acceptance() -> None:
    s = _turns(("we", "We can send two sample rolls next week."), ("customer", "No need for samples."))
    assert accepted_offers([], s, "en") == []
    s = _turns(("we", "我们下周一派人上门检查。"), ("customer", "能不能周六来？"))
    assert accepted_offers([], s, "zh") == []


def test_the_customers_own_proposal_is_not_taken_by_their_yes() -> None:
    s = _turns(("customer", "Send one sample to our Leeds site."), ("customer", "OK."))
    assert accepted_offers([], s, "en") == []


def test_a_visit_beside_a_promised_quote_is_still_offered() -> None:
    s = _turns(
        ("we", "I will send the revised quote by Friday, and I can come to Leeds with our engineer on 19 April."),
        ("customer", "19 April works."),
    )
    assert len(accepted_offers([], s, "en")) == 1


def test_a_dated_visit_we_simply_announce_is_our_step_not_an_agreement() -> None:
    s = _turns(("we", "下周三我们派工程师上门看一下电路。"), ("customer", "好的。"))
    assert accepted_offers([], s, "zh") == []
    s = _turns(("we", "试用机我们周五就可以送到您仓库。"), ("customer", "可以，周五送过来。"))
    assert len(accepted_offers([], s, "zh")) == 1

