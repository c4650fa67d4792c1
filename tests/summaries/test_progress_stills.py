"""Stage signals with no movement between the two sides are dropped; receipts, passes and causes stay."""

from __future__ import annotations

import pytest

from assistant.summaries.progress_stills import still
from assistant.summaries.schema import ProgressItem, Quote


def _signal(text: str, by: str, kind: str = "stage_signal") -> ProgressItem:
    return ProgressItem(text=text, kind=kind, by=by, quotes=[Quote(text=text, start=0, end=len(text))])


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("The CE file for the heaters is being revised", "we"),
        ("the spare gearbox is being tested now", "we"),
        ("The crates go into the oven on Thursday", "we"),
        ("the pallets arrive next week", "customer"),
        ("明天就送检", "we"),
        ("我们展会改到五月了", "customer"),
        ("The launch was pushed to spring", "customer"),
        ("twelve of the lids were cracked", "customer"),
        ("有八个外壳裂了", "customer"),
        ("托架变形了，这批我们整批都退回去了", "customer"),
        ("Our inspector accepted none of them; nine were chipped", "customer"),
        ("the retest is being prepared because the rig is busy", "we"),
        ("这批货不合格，还没收到新的", "customer"),
        ("The drawing has not been approved yet, it is being checked", "we"),
        ("We haven't received the labels; they will be sent next week", "customer"),
        ("The new cutter is being made in our workshop", "we"),
        ("我们正在做新的样品", "we"),
    ],
)
def test_work_under_way_plans_their_changes_and_defects_are_no_movement(text: str, by: str) -> None:
    assert still(_signal(text, by))


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("The swatches arrived on Tuesday", "customer"),
        ("检测报告收到了，全部合格", "customer"),
        ("The valve seat is being replaced with a brass one", "we"),
        ("The cracked trays came from one mould; the cause is the cooling time", "we"),
        ("We switched to a thicker liner", "we"),
        ("我们的包装改成了加厚纸箱", "we"),
        ("客户：效果图确认了，你们明天就开料吧", "customer"),
        ("外箱设计客户已确认，印版正在做", "customer"),
        ("老板拍板了，明天就签", "customer"),
        ("报销单已经批了，会计正在办", "customer"),
        ("The purchase is confirmed and will leave the port next week", "customer"),
        ("We chose your layout; the funds are being released", "customer"),
        ("The contract was signed and will be filed next week", "customer"),
        ("We decided on the grey finish; the order will be placed next week", "customer"),
        ("We switched vendors, your firm now supplies all our hinges", "customer"),
        ("We switched the whole plant to your sealant", "customer"),
        ("我们把订单改成了三百套", "customer"),
        ("我们把付款方式改成全款预付了", "customer"),
        ("The split trays are being reworked at our factory", "we"),
        ("The worn bushing is being changed next week", "we"),
        ("我们正在改冲压模", "we"),
        ("The sample bins arrived with split corners, warped at the base", "customer"),
        ("The dented panels arrived cracked at the corners and the cause is the strapping", "customer"),
    ],
)
def test_receipts_causes_and_our_fixes_stay(text: str, by: str) -> None:
    assert not still(_signal(text, by))


def test_only_stage_signals_are_judged() -> None:
    assert not still(_signal("the pallets arrive next week", "customer", kind="agreement"))


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("Have a nice trip back, Mr. Lam", "customer"),
        ("We spilled a whole pallet of syrup on Monday", "customer"),
        ("Our cellar floor flooded last week", "customer"),
        ("门店这边一共给了八万", "customer"),
    ],
)
def test_small_talk_trouble_and_figures_are_no_stage(text: str, by: str) -> None:
    assert still(_signal(text, by))


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("Our chefs tried the induction hob all week and it works fine", "customer"),
        ("店长用了三天，说很满意", "customer"),
        ("The demo on Monday convinced the board", "customer"),
    ],
)
def test_a_verdict_on_our_goods_is_a_stage(text: str, by: str) -> None:
    assert not still(_signal(text, by))
