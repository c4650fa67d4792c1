from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.script import (
    CUSTOMER_TYPES,
    PACKAGED_SCRIPTS_DIR,
    SCENARIOS,
    ScriptError,
    load_library,
    parse_script,
)
from tests.knowledge.conftest import script_text


def test_parse_valid_script() -> None:
    s = parse_script(
        script_text(
            "x-1",
            "标题",
            "## 适用情境\n客户说太贵了，需要回应。",
            stage="[proposal, negotiation]",
            tags="[price_sensitive, textiles]",
        )
    )
    assert s.id == "x-1" and s.scenario == "price_objection" and s.language == "zh"
    assert s.stages == ("proposal", "negotiation")
    assert s.customer_types == ("price_sensitive",)
    assert s.applies_to_stage("proposal") and not s.applies_to_stage("won")
    assert parse_script(s.to_markdown()).content_hash == s.content_hash


def test_stage_any_fits_every_stage() -> None:
    s = parse_script(script_text("x-2", "标题", "## 适用情境\n任何阶段都可以用的话术内容。"))
    assert s.stages == () and s.applies_to_stage("won")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("no front matter here at all, just text", "missing front matter"),
        ("---\nid: [unclosed\n---\nbody body body body body", "not valid YAML"),
        (script_text("x", "标题", "## 足够长的正文内容在这里写着"), "id"),
        (script_text("ok-id", "标题", "## 足够长的正文内容在这里写着", scenario="pricing"), "scenario"),
        (script_text("ok-id", "标题", "## 足够长的正文内容在这里写着", language="fr"), "language"),
        (script_text("ok-id", "标题", "## 足够长的正文内容在这里写着", stage="closing"), "stage"),
        (script_text("ok-id", "标题", "short"), "too short"),
        (
            script_text("ok-id", "标题", "## 足够长的正文内容在这里写着").replace(
                "language", "colour: red\nlanguage"
            ),
            "colour",
        ),
    ],
)
def test_invalid_scripts_name_the_file_and_the_problem(text: str, message: str) -> None:
    with pytest.raises(ScriptError) as err:
        parse_script(text, source="lib/bad.md")
    assert "lib/bad.md" in str(err.value) and message in str(err.value)


def test_load_library_reports_every_bad_file_and_duplicates(library: Path) -> None:
    (library / "price" / "broken.md").write_text("no front matter", encoding="utf-8")
    (library / "price" / "dup.md").write_text(
        (library / "price" / "price-a.md").read_text(), encoding="utf-8"
    )
    with pytest.raises(ScriptError) as err:
        load_library(library)
    text = str(err.value)
    assert "broken.md" in text and "duplicate id 'price-a'" in text and "2 invalid" in text


def test_packaged_library_is_complete() -> None:
    scripts = load_library(PACKAGED_SCRIPTS_DIR)
    assert len(scripts) >= 150
    by_scenario = {sc: [s for s in scripts if s.scenario == sc] for sc in SCENARIOS}
    for scenario, items in by_scenario.items():
        assert len(items) >= 6, scenario
        assert {s.language for s in items} == {"zh", "en"}, scenario
    assert sum(s.language == "zh" for s in scripts) > len(scripts) / 2
    for ctype in CUSTOMER_TYPES:
        assert sum(ctype in s.tags for s in scripts) >= 15, ctype
    bodies = [s.body for s in scripts]
    assert len(set(bodies)) == len(bodies)
