"""Short Chinese labels that name a person, and bulleted action items keeping their owner."""

from __future__ import annotations

from assistant.text.conversation import parse_conversation
from assistant.text.zh_person import is_person_label


def test_names_and_titles_are_people() -> None:
    for label in ("刘洋", "龙主管", "严会计", "郑校长", "吴院长", "小周", "何平"):
        assert is_person_label(label), label


def test_topics_are_not_people() -> None:
    for label in ("付款", "朗逸异响", "周期", "方案", "交货安排", "Price"):
        assert not is_person_label(label), label


def test_a_bulleted_owner_stays_in_the_action_item() -> None:
    parsed = parse_conversation(
        "行动项：\n- 刘洋：下周一前提交报价。\n- 龙主管：确认数量。\n- 交货：五月底。"
    )
    texts = [s.text for s in parsed.sentences]
    assert "- 刘洋：下周一前提交报价。" in texts
    assert "- 龙主管：确认数量。" in texts
    assert "五月底。" in texts  # "- 交货：" is still a heading
    assert all(s.speaker is None for s in parsed.sentences)
