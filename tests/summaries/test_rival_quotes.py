"""A rival's price said by the customer (:mod:`rival_quotes`): a third party with a bare 报, sellers by trade."""

from __future__ import annotations

import pytest

from assistant.summaries.learned_risks import learned_risks
from assistant.summaries.rival_quotes import rival_figure, rival_quote
from assistant.text.conversation import Sentence
from evals.eval_summaries_blind import demo_catalog


def _s(text: str, role: str = "customer", start: int = 0) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker=role, role=role)


@pytest.mark.parametrize(
    "text",
    [
        "无锡有一家报每套六千八，还包运费",
        "上回来的那个业务员说，他们烤箱报四万二",
        "温州有个经销商报两千一",
        "隔壁园区一家报了八万五",
        "价格再低点 上回4块2 对面档口报3块9",  # a chat's spaces part the turns
        "贵了，金禾那边报二十六",
        "有家做灯具的前天来找过我们，同款报一百二一套",
        "那家五金厂也报价了，合页1.6。",
        "a Lisbon wholesaler offered 7.40 for the same jar",
        "a dealer in Perth quoted us three twenty a unit",
    ],
)
def test_a_third_party_with_a_price_is_a_rival(text: str) -> None:
    assert rival_quote(text)


@pytest.mark.parametrize(
    "text",
    [
        "他们报了十二个人参加培训",  # a count
        "我们另一家门店报了四千的预算",  # their own site
        "上周跟领导汇报了两千的差价",  # a report, not a quote
        "The hut is at 2,400 m, so the road is steep.",  # a height
        "You offered 3.10 last time.",  # our own offer
        "你们那边报的是三千",
        "隔壁那家也问了，我们报了三千",
    ],
)
def test_a_count_a_report_or_our_offer_is_no_rival(text: str) -> None:
    assert not rival_quote(text)


def test_the_rivals_figure_in_the_next_clause_of_the_turn_is_quoted() -> None:
    named = _s("前两天宁波另一家做的也报过我们", start=0)
    figure = _s("整套下来九十八万。", start=len(named.text) + 1)
    assert rival_figure(named, [figure]) is figure
    assert rival_figure(named, [_s("整套下来九十八万。", role="we", start=20)]) is None  # not the same turn
    risks = learned_risks([(named, "risk:competitor"), (figure, "none")], demo_catalog(), "zh")
    (risk,) = risks
    assert [q.text for q in risk.quotes] == [named.text, figure.text]


def test_a_rival_inside_a_price_objection_is_the_competitor_risk() -> None:
    said = _s("HB-20 at 96 is too high, a Madrid importer offered 88 for the same hob.")
    (risk,) = learned_risks([(said, "risk:price_gap")], demo_catalog(), "en")
    assert risk.category == "competitor"
