"""An action line with one person in charge ("由X负责") belongs to them, not to the one who assists."""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_clauses import clause_side
from assistant.text.conversation import parse_conversation

NOTES = (
    "会议纪要：锦程纸业 包装线改造\n"
    "参会：我方 符晓、岳成；客户方 黎振东、池美华\n"
    "\n"
    "一、产能\n"
    "黎振东：旺季每天要出两万箱。\n"
    "岳成：两条线可以做到。\n"
    "\n"
    "待办事项\n"
    "1. 岳成、黎振东：周四前确认样箱尺寸\n"
    "2. 池美华、符晓：下周二前核对对账单\n"
    "3. 由黎振东负责，岳成配合，月底前完成车间测量\n"
    "4. 由岳成负责，池美华协助，下周五前出改造方案\n"
    "5. 岳成下周三前出安装图，黎振东配合提供地基图，周二前发给岳成\n"
    "6. 池美华协助核对发票，周五前回复符晓\n"
    "7. 样箱打样由池美华负责，符晓配合，月底前完成\n"
    "8. 岳成负责方案，黎振东配合提供图纸，下周五前完成\n"
)


def _sides() -> dict[str, str]:
    d = Directory(ours=(Person("符晓"),), company_names=("锦程纸业有限公司",))
    parsed = attribute(parse_conversation(NOTES, we_names=("符晓",)), d).parsed
    return {s.text.strip(): clause_side(s) if s.clause_sides else s.role for s in parsed.sentences}


def test_who_is_in_charge_owns_the_item_not_who_assists() -> None:
    sides = _sides()
    assert sides["由黎振东负责，岳成配合，月底前完成车间测量"] == "customer"
    assert sides["由岳成负责，池美华协助，下周五前出改造方案"] == "we"


def test_one_who_helps_but_is_the_only_one_acting_owns_the_item() -> None:
    sides = _sides()
    assert clause_side_at(sides, "黎振东配合提供地基图") == "customer"
    assert sides["池美华协助核对发票，周五前回复符晓"] == "customer"


def test_in_charge_after_the_task_owns_the_item() -> None:
    sides = _sides()
    assert sides["样箱打样由池美华负责，符晓配合，月底前完成"] == "customer"
    assert sides["岳成负责方案，黎振东配合提供图纸，下周五前完成"] == "we"


def clause_side_at(sides: dict[str, str], clause: str) -> str:
    """Return the side in effect at ``clause`` of the NOTES line holding it."""
    d = Directory(ours=(Person("符晓"),), company_names=("锦程纸业有限公司",))
    parsed = attribute(parse_conversation(NOTES, we_names=("符晓",)), d).parsed
    s = next(s for s in parsed.sentences if clause in s.text)
    at = s.start + s.text.index(clause)
    return next((side for start, side in reversed(s.clause_sides) if start <= at), s.role)
