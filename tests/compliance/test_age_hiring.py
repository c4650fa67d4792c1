"""Excluding applicants by age is discrimination; an age mentioned in a welcome or a fact is not."""

from __future__ import annotations

import pytest

from assistant.compliance.matcher import scan_text


# Written for this test, not taken from any eval set.
@pytest.mark.parametrize(
    "text",
    ["这个岗位我们不要四十岁以上的。", "年龄超过45的简历直接筛掉", "Skip the applicants over fifty"],
)
def test_excluding_by_age_alerts(text: str) -> None:
    assert "discrimination" in {h.category for h in scan_text(text).hits}


@pytest.mark.parametrize(
    "text",
    [
        "招聘不限年龄，四十岁以上也欢迎",
        "Applicants over 40 are welcome to apply",
        "我们公司超过四十岁以上的员工有一半",
        "客户年纪超过五十，不考虑网购",
    ],
)
def test_an_age_without_exclusion_is_clean(text: str) -> None:
    assert scan_text(text).hits == ()
