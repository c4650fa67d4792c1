"""The LLM engine with a fake structured-output model: grounding, chunking and merging, failures."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.config import override_settings
from assistant.summaries import Catalog, summarize_text
from assistant.summaries.catalog import CatalogProduct
from assistant.summaries.llm import LLMSummaryError, SummaryPayload
from tests.fakes.structured_model import FakeStructuredChatModel

TEXT = "客户：你们的竹纤维浴巾太贵了。\n销售：我下周三前把新报价发给您。\n客户：我们要5000条。"
CATALOG = Catalog.from_products([CatalogProduct("TX-BT-01", "竹纤维浴巾", "Bamboo bath towel", "textiles")])


def _model(*replies: object) -> FakeStructuredChatModel:
    return FakeStructuredChatModel(replies=list(replies), calls=[], schemas=[])


def test_items_are_grounded_and_invented_ones_dropped() -> None:
    model = _model(
        {
            "needs": [
                {
                    "text": "5000 条浴巾",
                    "topic": "quantity",
                    "product": "竹纤维浴巾",
                    "values": ["5000 条"],
                    "evidence": [{"sentence": 3, "quote": "我们要5000条"}],
                }
            ],
            "risks": [
                {
                    "text": "价格异议",
                    "category": "price",
                    "severity": "high",
                    "evidence": [{"sentence": 1, "quote": "太贵了"}],
                },
                {
                    "text": "竞品",
                    "category": "competitor",
                    "severity": "high",
                    "evidence": [{"sentence": 1, "quote": "越南工厂更便宜"}],
                },  # not in the input: dropped
            ],
            "next_steps": [
                {
                    "text": "发新报价",
                    "owner": "we",
                    "due_date": None,
                    "due_text": "下周三",
                    "evidence": [{"sentence": 9, "quote": "我下周三前把新报价发给您"}],
                }
            ],  # wrong sentence no.
            "key_facts": [
                {
                    "text": "产品",
                    "kind": "product",
                    "value": "竹纤维浴巾",
                    "evidence": [{"sentence": 1, "quote": "竹纤维浴巾"}],
                }
            ],
            "sentiment": "negative",
            "sentiment_evidence": [{"sentence": 1, "quote": "太贵了"}],
        }
    )
    summary = summarize_text(TEXT, today=dt.date(2024, 3, 6), catalog=CATALOG, engine="llm", model=model)
    assert summary.engine == "llm"
    assert [r.category for r in summary.risks] == ["price"]
    assert summary.needs[0].subject == "TX-BT-01" and summary.needs[0].status == "new"
    step = summary.next_steps[0]
    assert step.due == dt.date(2024, 3, 13) and step.owner == "we"  # resolved from due_text
    assert summary.key_facts[0].sku == "TX-BT-01"
    assert summary.verify_against(TEXT) == []
    prompt = model.calls[0]
    assert "[S1] (客户, customer) 你们的竹纤维浴巾太贵了。" in prompt[1].content
    assert "竹纤维浴巾 / Bamboo bath towel / TX-BT-01" in prompt[0].content
    assert model.schemas == [SummaryPayload]


def test_long_input_is_chunked_by_tokens_and_merged() -> None:
    lines = [f"客户：第{i}点，我们很关心交期。" for i in range(40)]
    text = "\n".join(lines)
    replies = []
    for _ in range(10):
        replies.append(
            {
                "needs": [
                    {"text": "交期", "topic": "delivery", "evidence": [{"sentence": 1, "quote": "交期"}]}
                ],
                "risks": [
                    {
                        "text": "交期",
                        "category": "delivery",
                        "severity": "low",
                        "evidence": [{"sentence": 1, "quote": "我们很关心交期"}],
                    }
                ],
            }
        )
    model = _model(*replies)
    with override_settings(summary_chunk_tokens=120):
        summary = summarize_text(text, today=dt.date(2024, 1, 1), engine="llm", model=model)
    calls = len(model.calls)
    assert calls > 2 and len(model.replies) == 10 - calls
    assert "part 1 of" in model.calls[0][1].content
    assert len(summary.needs) == 1 and len(summary.risks) == 1  # merged across chunks
    assert 1 <= len(summary.needs[0].quotes) <= 3


def test_model_failure_is_a_clear_error() -> None:
    with pytest.raises(LLMSummaryError, match="could not summarise part 1/1"):
        summarize_text(TEXT, today=dt.date(2024, 1, 1), engine="llm", model=_model(TimeoutError("timed out")))


def test_unparseable_reply_is_a_clear_error() -> None:
    with pytest.raises(LLMSummaryError):
        summarize_text(
            TEXT, today=dt.date(2024, 1, 1), engine="llm", model=_model({"risks": [{"category": "x"}]})
        )


def test_auto_engine_falls_back_to_offline_when_the_model_fails() -> None:
    with override_settings(llm_provider="openai", summary_engine="auto"):
        summary = summarize_text(TEXT, today=dt.date(2024, 1, 1), model=_model(ConnectionError("refused")))
    assert summary.engine == "offline" and summary.risks[0].category == "price"
