"""Sanity of the cue lexicons: no pattern matches neutral text (an empty alternative would match everything)."""

from __future__ import annotations

import re

import pytest

from assistant.summaries import lexicon as lx


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for name, value in vars(lx).items():
        if isinstance(value, re.Pattern):
            out.append((name, value))
        elif isinstance(value, list):
            for entry in value:
                out += [(f"{name}:{entry[0]}", p) for p in entry if isinstance(p, re.Pattern)]
    return out


@pytest.mark.parametrize(("name", "pattern"), _patterns(), ids=[n for n, _ in _patterns()])
def test_no_pattern_matches_neutral_text(name: str, pattern: re.Pattern[str]) -> None:
    for neutral in ("zzz qqq", "天气晴朗", "The weather is mild."):
        assert pattern.search(neutral) is None, f"{name} matches {neutral!r}"


def test_every_risk_category_has_a_base_severity_and_roles() -> None:
    for category, severity, roles, _ in lx.RISKS:
        assert severity in {"low", "medium", "high"} and roles, category
