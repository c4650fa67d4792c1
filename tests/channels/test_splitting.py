"""Long answers split on sentence boundaries, in order, within byte or character limits."""

from __future__ import annotations

from channels.splitting import split_text, utf8_len


def test_wecom_parts_stay_under_2048_bytes_in_order_on_sentence_ends() -> None:
    text = "".join(f"第{i}条：客户王总本季度的订单增长了百分之十二，需要跟进报价。" for i in range(120))
    parts = split_text(text, 2048, size=utf8_len)
    assert len(parts) > 2
    assert all(utf8_len(p) <= 2048 for p in parts)
    assert "".join(parts) == text  # nothing lost, order kept
    assert all(p.endswith("。") for p in parts[:-1])


def test_telegram_parts_count_characters_and_never_lose_text() -> None:
    text = ("word " * 3000).strip()
    parts = split_text(text, 4096)
    assert all(len(p) <= 4096 for p in parts)
    assert " ".join(parts) == text


def test_a_run_without_breaks_is_cut_inside_it_but_never_inside_a_character() -> None:
    text = "好" * 5000
    parts = split_text(text, 2048, size=utf8_len)
    assert "".join(parts) == text and all(utf8_len(p) <= 2048 for p in parts)
