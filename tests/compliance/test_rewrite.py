"""A flagged draft's compliant rewrite: flagged clauses replaced, clean ones kept, and the rewrite scans clean."""

from __future__ import annotations

import pytest

from assistant.compliance.rewrite import rewrite
from assistant.compliance.semantic import deep_scan


@pytest.mark.parametrize(
    "draft",
    [
        "王总，这单给您返点5%，私下打到您个人账户，加我微信13812345678，保证最低价",
        "王总您放心，我们保证100%没有质量问题",
        "Hi John, add me on WhatsApp +44 7700 900123, I can give you a personal kickback.",
    ],
)
def test_the_rewrite_keeps_the_greeting_and_scans_clean(draft: str) -> None:
    hits = deep_scan(draft).to_dict()["hits"]
    assert hits
    fixed = rewrite(draft, hits)
    assert fixed.split("，")[0].split(",")[0] == draft.split("，")[0].split(",")[0]  # "王总" / "Hi John" kept
    assert not deep_scan(fixed).to_dict()["hits"], fixed
    assert all(h["matched"] not in fixed for h in hits)


def test_a_clean_draft_is_returned_as_written() -> None:
    draft = "李总您好，样品已经寄出，请查收。"
    assert rewrite(draft, deep_scan(draft).to_dict()["hits"]) == draft


def test_one_sentence_per_category_even_with_several_hits() -> None:
    draft = "加我微信，或者打我手机13812345678"
    fixed = rewrite(draft, deep_scan(draft).to_dict()["hits"])
    assert fixed.count("官方渠道") == 1
