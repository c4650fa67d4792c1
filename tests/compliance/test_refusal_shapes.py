"""Refusals shaped as "X，这个不行", "X我不接", "收益我没法给您打包票": clean; the same words used are not."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text


@pytest.mark.parametrize(
    "text",
    [
        "打到我自己卡上？这个肯定不可以，请付对公。",
        "让我把货款转到我个人卡上，这个实在不行。",
        "私下交易这个确实不行，订单都走系统。",
        "走私单我不接，您按公司流程下单就好。",
        "回本时间我没法给您打包票，只能给您看历史数据。",
        "Kickbacks? Not something we do.",
        "I can't promise profits on this; returns are never guaranteed.",
    ],
)
def test_refusals_stay_clean(text: str) -> None:
    assert scan_text(text).hits == ()


@pytest.mark.parametrize(
    "text",
    [
        "别走公司账户，不能走公司，钱打我卡上",  # a legitimate route after the negation: the violation stands
        "转到我个人卡上，不行的话转我微信也可以",  # a condition, not a refusal
        "私下交易吧，公司那边不知道",
        # a refusal word that does not end its clause is no refusal: a question, a condition, a secrecy instruction
        "尾款转到我个人卡上就行，不可以吗？",
        "私下把返点给您，不接受的话也没关系",
        "回扣照旧给您，不可以跟采购部说",
        "返点我私下给你三个点，不考虑一下吗",
    ],
)
def test_uses_still_alert(text: str) -> None:
    assert scan_text(text).hits != ()
