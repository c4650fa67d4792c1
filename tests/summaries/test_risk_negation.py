"""Risks whose problem is negated or reported resolved are no risks (issue 14, :mod:`risk_negation`)."""

from __future__ import annotations

import pytest

from assistant.summaries.risk_negation import negated_problem
from assistant.summaries.risk_rules import open_risk
from assistant.text.conversation import Sentence


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("quality", "装机测了两百台都没有漏液"),
        ("quality", "破损一个都没有"),
        ("quality", "上回的异味问题已经解决了"),
        ("quality", "we found no cracks in the 400 units"),
        ("quality", "none of the pallets arrived damaged"),
        ("quality", "the peeling has been fixed"),
        ("timeline", "这批货没有延误"),
        ("timeline", "the vessel did not slip"),
        ("competitor", "我们没有在看别家"),
        ("churn_threat", "we won't switch this year"),
        ("price_gap", "这个价不算贵"),
    ],
)
def test_negated_or_resolved_problem_is_no_risk(kind: str, text: str) -> None:
    assert negated_problem(kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("quality", "有三台漏液"),
        ("quality", "没有漏液，但是外壳有划痕"),  # a contrast reports another problem
        ("quality", "不少箱子压坏了"),  # "不少" is many, not a negation
        ("quality", "we will not accept any more damaged pallets"),  # a warning
        ("timeline", "不会又延误吧？"),  # a worry asked
        ("timeline", "不能再晚了"),
        ("certification", "没有UL报告我们上不了架"),  # a missing certificate is the risk itself
        ("credit", "no budget approved yet"),
        ("price_gap", "还是太贵了"),
        ("churn_threat", "if this happens again we will switch"),
    ],
)
def test_problem_that_stands_is_kept(kind: str, text: str) -> None:
    assert not negated_problem(kind, text)


def test_open_risk_drops_a_negated_quality_report() -> None:
    said = "抽检五百个没发现渗漏"
    s = Sentence(text=said, start=0, end=len(said), speaker="客户", role="customer")
    assert not open_risk("quality", s)
    leak = "抽检五百个有六个渗漏"
    assert open_risk("quality", Sentence(text=leak, start=0, end=len(leak), speaker="客户", role="customer"))


@pytest.mark.parametrize(
    "text", ["零件漏油很严重", "零售店投诉很多", "零部件有裂纹"]
)
def test_zero_is_no_negator_inside_a_word(text: str) -> None:
    assert not negated_problem("quality", text)


@pytest.mark.parametrize("text", ["这批零投诉", "三个月零次漏粉", "漏粉问题没有再出现了", "色差没再出现"])
def test_zero_before_the_problem_and_not_again_negate_it(text: str) -> None:
    assert negated_problem("quality", text)
