"""Personal payouts and multiplied compensation alert only in their promise forms.

A rep who says who will *handle* a refund ("myself", "personally", "我个人给您申请") promises no
money of their own; a rep who says who will *pay* it ("pay the fee myself", "我个人出运费") does.
"Pay double" for our own freight, or an order "两倍货款" in size, promises the customer nothing;
"refund you double" on a problem, or an X一赔十 idiom, does.
"""

from __future__ import annotations

import pytest

from assistant.compliance.matcher import scan_text


def _guarantee(text: str) -> bool:
    return "guarantee" in {h.category for h in scan_text(text).hits}


@pytest.mark.parametrize(
    "draft",
    [
        "我私人给您退钱",
        "I pay the penalty myself",
        "out of my own pocket I will refund the deposit",
        "I'll refund you myself if accounting refuses",
        "I will personally compensate you for the broken lamps",
        "I'll cover the freight myself this time",
        "这笔运费我个人出，您别担心",
        "差价我自己掏，合同照签",
        "违约金我个人承担",
        "if the boxes stay unsold I'll personally cover your losses",
    ],
)
def test_a_rep_paying_with_their_own_money_is_a_guarantee(draft: str) -> None:
    assert _guarantee(draft), draft


@pytest.mark.parametrize(
    "clean",
    [
        "I'll process the credit note myself tomorrow, apologies for the wait",
        "I will personally look into the refund with our accounts team",
        "I reviewed the refund status myself before lunch",
        "I'll personally phone you about the penalty wording on Monday",
        "我个人给您提交了补偿申请，审批通过后财务会打款",
        "I personally pay close attention to every container we load",
        "我个人认为违约金条款可以再谈",
        "我个人出面帮您向财务争取补偿",
        "我自己承担不了这笔违约金，要走公司流程",
        "I'll cover the Tuesday call myself, the refund team is busy",
    ],
)
def test_a_rep_handling_a_refund_is_not_paying_it(clean: str) -> None:
    assert not _guarantee(clean), clean


@pytest.mark.parametrize(
    "draft",
    [
        "我们承诺坏一赔十",
        "正品保障，假一赔十",
        "发错了错一赔十",
        "if any unit is defective we refund you double",
        "货有瑕疵就赔您两倍",
    ],
)
def test_multiplied_compensation_promises_alert(draft: str) -> None:
    assert _guarantee(draft), draft


@pytest.mark.parametrize(
    "clean",
    [
        "the port strike meant we paid double for trucking because of the delay",
        "the new PO is twice as large, so pay double attention to quality checks",
        "这批货款是去年的两倍，品质要求也相应提高",
        "我们不会双倍赔偿",
        "we can't do double compensation",
        "包赔是不可能的",
    ],
)
def test_our_own_costs_order_sizes_and_refusals_stay_clean(clean: str) -> None:
    assert not _guarantee(clean), clean
