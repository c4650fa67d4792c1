from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ingest import ingest
from knowledge.retrieval import Context, Retriever, ScriptFilter
from knowledge.store import ScriptStore
from knowledge.suggest import search_scripts, suggest_scripts


@pytest.fixture
def retriever(library: Path, store: ScriptStore) -> Retriever:
    ingest(store, library)
    return Retriever(store)


def test_fused_search_finds_the_matching_scenario(retriever: Retriever) -> None:
    hits = retriever.search("客户问多久能交货", k=3)
    assert hits[0].id == "delivery-a"
    assert hits[0].score >= hits[1].score
    assert "交期" in hits[0].reason


def test_hard_filters(retriever: Retriever) -> None:
    hits = retriever.search("价格太贵", filters=ScriptFilter(language="en"), k=5)
    assert [h.id for h in hits] == ["price-en"]
    hits = retriever.search("价格太贵", filters=ScriptFilter(stage="proposal"), k=5)
    assert "price-a" not in {h.id for h in hits} and "price-b" in {h.id for h in hits}
    assert retriever.search("价格", filters=ScriptFilter(scenario="moq")) == []
    hits = retriever.search("价格太贵", filters=ScriptFilter(tags=("quality_first",)), k=5)
    assert [h.id for h in hits] == ["price-b"]


def test_customer_profile_reorders_near_equal_scripts(retriever: Retriever) -> None:
    query = "客户说价格太贵了"
    quality = retriever.search(query, context=Context(customer_tags=("quality_first",)), k=2)
    price = retriever.search(query, context=Context(customer_tags=("price_sensitive",)), k=2)
    assert quality[0].id == "price-b" and "质量优先型" in quality[0].reason
    assert price[0].id == "price-a" and "价格敏感型" in price[0].reason


def test_deal_stage_is_a_soft_preference(retriever: Retriever) -> None:
    hits = retriever.search("客户说价格太贵了", context=Context(stage="proposal"), k=3)
    assert hits[0].id == "price-b"
    hits = retriever.search("客户说价格太贵了", context=Context(stage="negotiation"), k=3)
    assert hits[0].id == "price-a"


def test_last_customer_message_drives_the_search_and_language(retriever: Retriever) -> None:
    hits = retriever.search("怎么回他", context=Context(last_customer_message="Your price is too high"), k=1)
    assert hits[0].id == "price-en"


def test_outcome_lift_reranks(retriever: Retriever) -> None:
    base = retriever.search("客户说价格太贵了", k=2)
    loser, winner = base[0].id, base[1].id
    ctx = Context(outcome_lift={winner: 0.3, loser: -0.3}, outcome_note={winner: (9, 0.8)})
    hits = retriever.search("客户说价格太贵了", context=ctx, k=2)
    assert hits[0].id == winner and "9次" in hits[0].reason


def test_modes_and_bad_input(retriever: Retriever) -> None:
    kw = retriever.search("样品收费吗", mode="keyword", k=1)
    vec = retriever.search("样品收费吗", mode="vector", k=1)
    assert kw[0].id == "sample-a" and kw[0].keyword_score > 0
    assert vec[0].vector_score > 0
    with pytest.raises(ValueError, match="query"):
        retriever.search("   ")
    with pytest.raises(ValueError, match="k must"):
        retriever.search("价格", k=0)


def test_public_api(library: Path, store: ScriptStore) -> None:
    ingest(store, library)
    hits = suggest_scripts("", last_customer_message="可以寄样品吗？", store=store, k=2)
    assert hits[0].id == "sample-a" and hits[0].text.startswith("## 适用情境")
    hits = search_scripts("price", language="en", store=store)
    assert [h.language for h in hits] == ["en"]
