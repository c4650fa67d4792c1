"""Wording rules, training notes, integrity and anti-fraud notices mention banned words without using them."""

from __future__ import annotations

import pytest

from assistant.compliance.matcher import scan_text
from assistant.compliance.notices import in_policy

# Written for this test, not taken from any eval set.
MENTIONS = [
    "质检通报：上周有同事在群里说了“保证收益”，这类话术一律禁止。",
    "Compliance tip: don't use words like 'best in the world' or 'number one' in proposals.",
    "Per the style guide, 'cheapest on the market' may not be used in emails.",
    "廉洁公告：我司员工不得向客户索取、收受任何形式的好处费、回扣。",
    "Integrity notice: our staff may not accept gifts, cash or kickbacks from suppliers.",
    "培训材料里说，“回扣”“好处费”这类词不能出现在聊天记录中。",
    "QA flagged the word 'kickback' in yesterday's chat; please avoid it even as a joke.",
    "Note for new reps: saying 'this deal is guaranteed to make money' counts as a violation.",
]
USES = [
    "Use the phrase 'guaranteed returns' in your pitch, clients love it.",
    "合规提醒个屁，回扣照给，不能让公司知道",
    "培训完了，回扣的事我私下跟你说",
    "Training note: kickbacks are fine for VIP accounts.",
    "质检提醒：不得说“稳赚”，但你私下跟客户说保证收益没关系",
]


@pytest.mark.parametrize("text", MENTIONS)
def test_a_policy_mention_is_clean(text: str) -> None:
    assert scan_text(text).hits == ()


@pytest.mark.parametrize("text", USES)
def test_a_banned_word_used_under_a_policy_word_still_alerts(text: str) -> None:
    assert scan_text(text).hits != ()


def test_in_policy_needs_a_quote_and_a_rule_or_a_header_and_a_prohibition() -> None:
    quoted = "提醒：聊天里不得出现'稳赚不赔'等字样"
    at = quoted.index("稳赚")
    assert in_policy(quoted, at, at + 4)
    plain = "聊天里可以说'稳赚不赔'"
    at = plain.index("稳赚")
    assert not in_policy(plain, at, at + 4)
