"""A price path continues only with a figure of the same kind: not a total, a far figure or another charge."""

from __future__ import annotations

from assistant.summaries.price_paths import with_paths
from tests.summaries.sentences import unlabelled as _talk


def _texts(*lines: tuple[str, str], lang: str = "en") -> list[str]:
    return [it.text for it in with_paths([], _talk(*lines), lang)]


def test_a_set_up_fee_does_not_continue_the_unit_price() -> None:
    got = _texts(
        ("we", "KR-5 kayak rack EUR 212"),
        ("we", "engraving EUR 180 set-up fee (one time)."),
    )
    assert not any("212 → 180" in t for t in got)


def test_a_figure_far_from_the_last_one_does_not_continue_the_path() -> None:
    got = _texts(
        ("we", "每台一万九千六。"),
        ("customer", "一万九千六乘三十"),
        ("we", "配件这边三十块的话"),
        lang="zh",
    )
    assert not any("19600 → 30" in t for t in got)


def test_a_real_concession_still_makes_its_path() -> None:
    got = _texts(
        ("we", "BX-9 bench EUR 340"),
        ("customer", "too high for us"),
        ("we", "I can do 310 on the BX-9"),
    )
    assert any("340 → 310" in t for t in got)
