"""Progress records movement: bare assents, pending work and refusals are none."""

from __future__ import annotations

import pytest

from assistant.summaries.progress_noise import assent_only, pending_or_refused


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("没问题。", True),
        ("那行吧。", True),
        ("好的，就这么办。", True),
        ("行，先这样，再见。", True),
        ("OK", True),
        ("单价二十八没问题", False),
        ("运费我们承担", False),
        ("Fine, 4.20 it is", False),
    ],
)
def test_bare_assent(text: str, expected: bool) -> None:
    assert assent_only(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("包装费我们再核算一下", True),
        ("再低就要找老板批了", True),
        ("这已经是我能给的最低价了。", True),
        ("纸箱最近涨了", True),
        ("We will check with the factory and get back to you", True),
        ("运费我们承担", False),
        ("单价从12降到11.5", False),
        ("We will replace the 40 cracked units free of charge", False),
    ],
)
def test_pending_or_refused(text: str, expected: bool) -> None:
    assert pending_or_refused(text) is expected


def test_a_lone_assent_is_no_progress_but_an_accepted_offer_keeps_its_acceptance() -> None:
    import datetime as dt

    from assistant.config import override_settings
    from assistant.summaries import Catalog, summarize_text

    text = (
        "客户：货要在五月二号之前到苏州仓。\n销售：没问题。\n客户：单价能不能再低点？\n"
        "销售：包装费我们重新核算一下。\n销售：这样，运费我们承担。\n客户：那好吧。"
    )
    with override_settings(summary_offline_model="learned"):
        summary = summarize_text(
            text, today=dt.date(2026, 11, 30), catalog=Catalog([]), engine="offline", language="zh"
        )
    quotes = [[q.text for q in p.quotes] for p in summary.progress]
    assert quotes == [["这样，运费我们承担。", "那好吧。"]]


def test_a_clause_without_a_subject_is_no_point() -> None:
    from assistant.summaries.progress_noise import subjectless

    assert subjectless("出来了。") and subjectless("达标了") and subjectless("That's fine") and subjectless("They did.")
    assert not subjectless("报告收到了。") and not subjectless("They accepted the proforma")
    assert not subjectless("五十九可以。") and not subjectless("Priya accepted.") and not subjectless("It is 4.85")


def test_a_standard_feature_or_a_demand_moves_nothing() -> None:
    from assistant.summaries.progress_noise import pending_or_refused

    assert pending_or_refused("加湿模块是标配")
    assert pending_or_refused("The wall bracket comes standard")
    assert pending_or_refused("交货后六十天付款，这点你们得接受")
    assert pending_or_refused("You have to accept net 90, that's group policy")
    assert not pending_or_refused("加湿模块免费给您加上")
    assert not pending_or_refused("We accept net 60")


def test_a_counter_on_a_condition_is_no_agreement_yet() -> None:
    from assistant.summaries.progress_noise import pending_or_refused

    assert pending_or_refused("Meet me at 4.10 and we have a deal")
    assert pending_or_refused("If you do 7,900 we can agree this week")
    assert pending_or_refused("你们给到六十五我马上就下单")
    assert not pending_or_refused("Make it 400 units instead, the signups went up")


def test_a_reluctant_yes_that_hedges_is_no_acceptance() -> None:
    from assistant.summaries.acceptance import ACCEPT, REFUSE

    assert ACCEPT.search("那好吧。") and not REFUSE.search("那好吧。")
    for text in ("好吧。我再想想。", "好吧。那我们再看看别家。", "好吧这个价我们再考虑考虑", "好吧 8.5的话我们先不订了"):
        assert REFUSE.search(text), text
