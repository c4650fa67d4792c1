"""Hostile lexicon folders: a broken or empty file never takes scanning (or the assistant) down."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.compliance import matcher
from assistant.compliance.lexicon import PACKAGED_DIR, LexiconError, load_lexicon
from assistant.compliance.matcher import get_matcher, last_reload_error, scan_text
from assistant.config import get_settings

BROKEN = {
    "syntax.yaml": "category: [unclosed\nterms: - a",
    "shape.yaml": "category: private_deal2\nseverity: high\nterms: 5\n",
    "allow.yaml": "allow: [保本价]\ndomains: 7\n",
    "variants.yaml": "homophones: [not, a, mapping]\n",
}


@pytest.fixture(autouse=True)
def _fresh_matcher() -> Iterator[None]:
    matcher.reset_matcher_cache()
    yield
    matcher.reset_matcher_cache()


def _local() -> Path:
    path = get_settings().data_dir / "compliance" / "lexicon"
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_file_is_reported_not_raised(name: str, tmp_path: Path) -> None:
    (tmp_path / name).write_text(BROKEN[name], encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicon([PACKAGED_DIR, tmp_path])
    assert name in str(info.value)


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_first_load_with_a_broken_file_falls_back_to_the_packaged_lexicon(
    name: str, caplog: pytest.LogCaptureFixture
) -> None:
    (_local() / name).write_text(BROKEN[name], encoding="utf-8")
    result = scan_text("放心，这个认证我们包过")
    assert any(h.category == "guarantee" for h in result.hits)  # still scanning, with the packaged terms
    assert name in (last_reload_error() or "")
    assert "lexicon load failed" in caplog.text


def test_a_later_broken_edit_keeps_the_last_good_lexicon() -> None:
    (_local() / "extra.yaml").write_text(
        "category: extra_terms\nseverity: high\nterms: [特供渠道]\n", encoding="utf-8"
    )
    assert any(h.term == "特供渠道" for h in scan_text("走特供渠道").hits)
    (_local() / "extra.yaml").write_text(BROKEN["syntax.yaml"], encoding="utf-8")
    assert any(h.term == "特供渠道" for h in get_matcher(force=True).scan("走特供渠道").hits)
    assert "extra.yaml" in (last_reload_error() or "")


def test_reload_and_validate_show_the_error_and_scan_still_works() -> None:
    (_local() / "syntax.yaml").write_text(BROKEN["syntax.yaml"], encoding="utf-8")
    runner = CliRunner()
    reload = runner.invoke(app, ["lexicon", "reload"])
    assert reload.exit_code == 1 and "syntax.yaml" in reload.output and "last good lexicon" in reload.output
    validate = runner.invoke(app, ["lexicon", "validate"])
    assert validate.exit_code == 1 and "syntax.yaml" in validate.output
    scan = runner.invoke(app, ["scan", "放心，这个认证我们包过"])
    assert scan.exit_code == 2 and "guarantee" in scan.output


def test_validate_of_an_empty_or_missing_directory_is_an_error(tmp_path: Path) -> None:
    runner = CliRunner()
    empty = runner.invoke(app, ["lexicon", "validate", "--dir", str(tmp_path)])
    assert empty.exit_code == 1 and "no lexicon terms" in empty.output
    missing = runner.invoke(app, ["lexicon", "validate", "--dir", str(tmp_path / "missing")])
    assert missing.exit_code == 1 and "no such directory" in missing.output
    assert isinstance(missing.exception, SystemExit)


def test_import_of_a_non_utf8_list_is_refused_clearly(tmp_path: Path) -> None:
    words = tmp_path / "words.txt"
    words.write_bytes("包过\n保证赚钱\n".encode("gbk"))
    result = CliRunner().invoke(app, ["lexicon", "import", str(words), "--category", "imported_words"])
    assert result.exit_code == 1 and "not UTF-8" in result.output
    assert isinstance(result.exception, SystemExit)
    assert not (_local() / "imported_words.txt").exists()


def test_ask_survives_a_broken_lexicon() -> None:
    from assistant.agents.answer_scan import scan_answer
    from assistant.db import get_engine
    from assistant.migrations import upgrade_schema

    (_local() / "syntax.yaml").write_text(BROKEN["syntax.yaml"], encoding="utf-8")
    upgrade_schema(get_engine())  # the answer is scanned into the configured database
    ctx = type("Ctx", (), {"user_id": None, "channel": "cli"})()
    assert scan_answer(ctx, "这个认证我们包过", []) >= 0
