"""An action line naming two people belongs to the first (responsible) one, not the one who helps."""

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
)


def _sides() -> dict[str, str]:
    d = Directory(ours=(Person("符晓"),), company_names=("锦程纸业有限公司",))
    parsed = attribute(parse_conversation(NOTES, we_names=("符晓",)), d).parsed
    return {s.text.strip(): clause_side(s) if s.clause_sides else s.role for s in parsed.sentences}


def test_the_first_of_two_names_owns_the_item() -> None:
    sides = _sides()
    assert sides["岳成、黎振东：周四前确认样箱尺寸"] == "we"
    assert sides["池美华、符晓：下周二前核对对账单"] == "customer"


def test_who_is_in_charge_owns_the_item_not_who_assists() -> None:
    sides = _sides()
    assert sides["由黎振东负责，岳成配合，月底前完成车间测量"] == "customer"
    assert sides["由岳成负责，池美华协助，下周五前出改造方案"] == "we"
