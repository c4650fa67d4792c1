"""The customer's own procedure or a report of what is done is no need; what they ask of us stays one."""

from __future__ import annotations

from assistant.summaries.need_own_steps import drop_own_steps, own_step_or_report
from assistant.summaries.schema import Need, Quote


def _need(text: str, values: list[str] | None = None) -> Need:
    return Need(
        text=f"要求：{text}", topic="product", values=values or [],
        quotes=[Quote(text=text, start=0, end=len(text), speaker="客户")],
    )  # fmt: skip


def test_their_own_submission_approval_or_tender_is_no_need() -> None:
    assert own_step_or_report("我们四月九号要把投标文件交给住建局")
    assert own_step_or_report("超过八万的订单都要上集团平台比价")
    assert own_step_or_report("the hospital's infection team must approve the fabric first")
    assert own_step_or_report("We will have to put the cleaning contract out to tender")


def test_a_report_of_what_is_done_is_no_need() -> None:
    assert own_step_or_report("排水和电源都按你们给的图纸改好了")
    assert own_step_or_report("Delivered to the north gate on 12 March")


def test_what_they_ask_of_us_stays_a_need() -> None:
    assert not own_step_or_report("你们要提交第三方检测报告")
    assert not own_step_or_report("施工人员名单要提前报给我")
    assert not own_step_or_report("风速超过二十米每秒要自动收起")
    assert not own_step_or_report("资料必须在十号前交给我们")
    assert not own_step_or_report("Please send the drawings before Friday")


def test_only_needs_without_product_or_value_are_dropped() -> None:
    own = _need("我们月底要把验收材料交给消防队")
    counted = _need("我们月底要把验收材料交给消防队", ["30 套"])
    wanted = _need("灯具要防水的")
    assert drop_own_steps([own, counted, wanted]) == [counted, wanted]


def test_a_product_condition_with_an_alarm_is_no_approval_step() -> None:
    assert not own_step_or_report("水位超过两米要报警")
    assert not own_step_or_report("压力超过六公斤要能自动报警停机")
    assert own_step_or_report("超过三十万的合同都要报集团审批")
    assert own_step_or_report("单笔超过五万就要报老板")


def test_done_followed_by_a_demand_is_a_condition_not_a_report() -> None:
    assert not own_step_or_report("灯装好了要能手机控制")
    assert not own_step_or_report("样衣做好了要先寄给我们确认")
    assert not own_step_or_report("图纸改好了再发一份给我")
    assert own_step_or_report("门禁都按图纸装好了")


def test_an_own_step_beside_a_requirement_stays_a_need() -> None:
    assert not own_step_or_report("每季度要汇报用水量，平台要能一键导出")
    assert not own_step_or_report("我们要招标，技术条款里要写清楚功率")
    assert not own_step_or_report("需要提交五年的保修承诺书")
    assert not own_step_or_report("We need the UL file for the bank, and the plant manager has to sign off any unit without it.")
    assert not own_step_or_report("Our buyer has to approve any vendor without ISO 14001")
    assert not own_step_or_report("招标需要UL认证，5月6日要交标书")
