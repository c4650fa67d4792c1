"""The lexicon: size, validation with precise errors, hot reload, imported lists."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.compliance import matcher as matcher_mod
from assistant.compliance import scan_text
from assistant.compliance.lexicon import PACKAGED_DIR, LexiconError, load_lexicon
from assistant.config import get_settings


def test_packaged_lexicon_is_large_and_valid() -> None:
    lexicon = load_lexicon([PACKAGED_DIR])
    assert len(lexicon.entries) >= 500
    assert {"guarantee", "bribery", "private_deal", "contact_leak", "abuse", "competitor_slander",
            "confidential"} <= set(lexicon.categories)  # fmt: skip
    assert any(any(ord(c) > 0x3000 for c in e.term) for e in lexicon.entries)
    assert any(e.term.isascii() for e in lexicon.entries)
    assert "保本价" in lexicon.allow and lexicon.warnings == ()


def test_validation_lists_every_problem(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "category: Bad Name\nseverity: extreme\nterms: [包过]\n", encoding="utf-8"
    )
    (tmp_path / "short.yaml").write_text(
        "category: short\nseverity: low\nterms: ['a', '', {term: 回扣, severity: huge}, '。。']\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.yaml").write_text("category: [unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_lexicon([tmp_path])
    text = "\n".join(err.value.problems)
    assert "bad.yaml: category 'Bad Name'" in text and "bad.yaml: severity 'extreme'" in text
    assert "short.yaml term #1" in text and "too short" in text
    assert "short.yaml term #2" in text and "short.yaml term #3: severity 'huge'" in text
    assert "broken.yaml: not valid YAML" in text


@pytest.fixture
def local(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The local lexicon directory, checked on every scan; the cache is reset afterwards."""
    monkeypatch.setattr(matcher_mod, "RELOAD_CHECK_SECONDS", 0.0)
    path = get_settings().data_dir / "compliance" / "lexicon"
    path.mkdir(parents=True)
    yield path
    matcher_mod.reset_matcher_cache()


def test_local_edits_hot_reload_and_bad_edits_keep_the_old_lexicon(local: Path) -> None:
    assert scan_text("这个价是跳楼价").hits == ()
    (local / "pricing.yaml").write_text(
        "category: pricing\nlabel: 价格承诺\nseverity: medium\nterms: [跳楼价]\n", encoding="utf-8"
    )
    (hit,) = scan_text("这个价是跳楼价").hits
    assert (hit.category, hit.severity) == ("pricing", "medium")

    (local / "pricing.yaml").write_text(
        "category: pricing\nseverity: nope\nterms: [跳楼价]\n", encoding="utf-8"
    )
    assert scan_text("这个价是跳楼价").hits[0].category == "pricing"  # previous lexicon keeps serving
    assert "severity 'nope'" in (matcher_mod.last_reload_error() or "")


def test_imported_word_list_gets_its_own_category(local: Path) -> None:
    (local / "third_party.txt").write_text(
        "# severity: low\n# label: 通用敏感词\n赌博网站\n代开发票\n", encoding="utf-8"
    )
    hits = scan_text("有人找我代开发票").hits
    assert [(h.category, h.severity, h.term) for h in hits] == [("third_party", "low", "代开发票")]
