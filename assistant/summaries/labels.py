"""Display labels (Chinese and English) for the summary's topics, categories, kinds and parties."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "product": "产品",
        "quantity": "数量",
        "price": "价格",
        "delivery": "交期",
        "quality": "质量",
        "certification": "认证/检测",
        "customization": "定制/规格",
        "payment_terms": "付款方式",
        "sample": "样品",
        "competitor": "竞品",
        "budget": "预算",
        "decision_maker": "决策人未参与",
        "dissatisfaction": "不满",
        "compliance": "合规",
        "payment": "回款/付款",
        "stage_signal": "阶段信号",
        "commitment": "承诺",
        "quote": "报价",
        "contract": "合同",
        "order": "订单",
        "meeting": "会面",
        "we": "我方",
        "customer": "客户",
        "unknown": "待定",
        "low": "低",
        "medium": "中",
        "high": "高",
        "new": "新增",
        "changed": "变化",
        "unchanged": "不变",
        "positive": "积极",
        "neutral": "中性",
        "negative": "消极",
        "mixed": "复杂",
        "price_risk": "价格异议",
        "delivery_risk": "交期担忧",
        "quality_risk": "质量问题",
    },
    "en": {
        "product": "product",
        "quantity": "quantity",
        "price": "price",
        "delivery": "delivery",
        "quality": "quality",
        "certification": "certification",
        "customization": "customisation",
        "payment_terms": "payment terms",
        "sample": "samples",
        "competitor": "competitor",
        "budget": "budget",
        "decision_maker": "decision-maker absent",
        "dissatisfaction": "dissatisfaction",
        "compliance": "compliance",
        "payment": "payment",
        "stage_signal": "stage signal",
        "commitment": "commitment",
        "quote": "quote",
        "contract": "contract",
        "order": "order",
        "meeting": "meeting",
        "we": "us",
        "customer": "customer",
        "unknown": "unassigned",
        "low": "low",
        "medium": "medium",
        "high": "high",
        "new": "new",
        "changed": "changed",
        "unchanged": "unchanged",
        "positive": "positive",
        "neutral": "neutral",
        "negative": "negative",
        "mixed": "mixed",
        "price_risk": "price objection",
        "delivery_risk": "delivery worry",
        "quality_risk": "quality problem",
    },
}


def label(key: str, language: str) -> str:
    """Return the display label of ``key`` in ``language`` (the key itself when unknown)."""
    return LABELS["en" if language.startswith("en") else "zh"].get(key, key)


def risk_label(category: str, language: str) -> str:
    """Return the display label of a risk category ("价格异议", "price objection")."""
    table = LABELS["en" if language.startswith("en") else "zh"]
    return table.get(f"{category}_risk") or table.get(category, category)
