"""Catalogue matching: full names, SKUs, head nouns, English plurals, the shipped competitor list."""

from __future__ import annotations

from assistant.summaries.catalog import COMPETITORS_FILE, Catalog, CatalogProduct, load_competitors

PRODUCTS = [
    CatalogProduct("TX-BT-01", "竹纤维浴巾", "Bamboo bath towel", "textiles"),
    CatalogProduct("TX-TW-02", "纯棉毛巾", "Cotton face towel", "textiles"),
    CatalogProduct("HW-HG-06", "不锈钢合页", "Stainless steel hinge", "hardware"),
]


def test_shipped_competitor_list_loads() -> None:
    competitors = load_competitors()
    assert COMPETITORS_FILE.is_file() and len(competitors) >= 10
    assert "Alibaba" in competitors["阿里巴巴"]


def test_matches_names_skus_heads_and_plurals() -> None:
    cat = Catalog.from_products(PRODUCTS)
    text = "要竹纤维浴巾和合页，TX-TW-02也要，还有 bamboo bath towels 和 hinges；越南工厂更便宜，1688上也有"
    got = [(m.kind, m.name, m.sku, text[m.start : m.end]) for m in cat.find(text)]
    assert got == [
        ("product", "竹纤维浴巾", "TX-BT-01", "竹纤维浴巾"),
        ("product", "不锈钢合页", "HW-HG-06", "合页"),
        ("product", "纯棉毛巾", "TX-TW-02", "TX-TW-02"),
        ("product", "竹纤维浴巾", "TX-BT-01", "bamboo bath towels"),
        ("product", "不锈钢合页", "HW-HG-06", "hinges"),
        ("competitor", "越南工厂", None, "越南工厂"),
        ("competitor", "阿里巴巴", None, "1688"),
    ]


def test_ambiguous_head_noun_is_not_guessed() -> None:
    cat = Catalog.from_products(
        PRODUCTS + [CatalogProduct("TX-X", "超细浴巾", "Microfiber towel", "textiles")]
    )
    assert [m.name for m in cat.find("浴巾多少钱")] == []  # two products end in 浴巾
    assert cat.terms("en")[:2] == ["Bamboo bath towel", "Cotton face towel"]


def test_empty_catalogue_matches_nothing() -> None:
    assert Catalog(products=[], competitors={}).find("竹纤维浴巾") == []
