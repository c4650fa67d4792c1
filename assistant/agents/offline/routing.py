"""Combining the rule scores with the intent classifier, and the clarifying question below the threshold.

The rules are a prior: each label's log-probability from the classifier is raised by
``BETA`` per point of rule weight (:func:`combine`), and the result renormalised. When the
combined top label's probability is under ``THRESHOLD`` the engine asks back, offering the
two or three most likely things it can do (:func:`clarify_question`). ``BETA`` and
``THRESHOLD`` were chosen on the paraphrase set's cross-validation and the in-sample
questions (``python -m evals.eval_intents``).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.agents.offline import intents

if TYPE_CHECKING:
    from assistant.agents.offline.classifier import IntentClassifier

BETA = 0.4
THRESHOLD = 0.45
ACTS = ("greeting", "thanks", "help", "chitchat", "out_of_scope")

OPTIONS: dict[str, tuple[str, str]] = {
    "find_customers": (
        "列出符合条件的客户（按地区、行业、等级）",
        "list customers by place, industry or tier",
    ),
    "customer_profile": ("查看某个客户的资料和近况", "show a customer's profile and recent activity"),
    "churn_risk": ("找出有流失风险的客户", "find customers at risk of churning"),
    "next_purchase": ("看哪些客户快要补货", "see which customers are due to reorder"),
    "recommend_products": ("给客户推荐产品", "recommend products for a customer"),
    "pipeline_status": ("看商机管道和卡住的单子", "review the pipeline and stuck deals"),
    "sales_forecast": ("做销售预测", "forecast sales for a period"),
    "lead_scores": ("给线索打分排序", "score and rank leads"),
    "daily_briefing": ("给出今天的跟进清单", "give you today's follow-up list"),
    "suggest_scripts": ("推荐应对话术", "suggest a sales script"),
    "summarize_conversation": ("总结一段聊天或通话", "summarise a chat or call"),
    "sensitive_alerts": ("查看合规告警和违规消息", "show compliance alerts and flagged messages"),
    "scan_text": ("检查一段话能不能发", "check whether a message is safe to send"),
    "log_activity": ("记录一次跟进活动", "log a follow-up activity"),
    "save_summary": ("把总结保存到客户名下", "save a summary to a customer"),
    "update_deal_stage": ("更新商机阶段", "move a deal to another stage"),
    "team_performance": ("对比销售的业绩和活动量", "compare reps' revenue and activity"),
    "receivables": ("查应收账款和逾期付款", "check money owed and overdue payments"),
    "order_history": ("查客户的历史订单", "look up a customer's order history"),
    "compliance_stats": ("统计违规（按销售、类别、时间）", "count violations by rep, category or period"),
}


def combine(
    scores: dict[str, int], probs: dict[str, float], beta: float = BETA, *, acts: bool = True
) -> list[tuple[str, float]]:
    """Return every label with its combined probability, most likely first.

    Args:
        scores: Rule weights per tool (tools without a matching rule omitted).
        probs: The classifier's probability per label.
        beta: Log-odds added per point of rule weight.
        acts: Whether conversation acts compete; a request with a clear CRM rule match is a
            request for a tool, not chit-chat or help (the act is then left out).
    """
    labels = {label for label in set(probs) | set(scores) if acts or label not in ACTS}
    logits = {label: math.log(probs.get(label, 0.0) + 1e-6) + beta * scores.get(label, 0) for label in labels}
    top = max(logits.values())
    exp = {label: math.exp(v - top) for label, v in logits.items()}
    total = sum(exp.values())
    return sorted(((label, v / total) for label, v in exp.items()), key=lambda kv: -kv[1])


def options(ranked: list[tuple[str, float]], available: frozenset[str] | None, k: int = 3) -> list[str]:
    """Return the two or three most likely tools (acts and unavailable tools left out)."""
    out = [label for label, _ in ranked if label in OPTIONS and (available is None or label in available)]
    return out[:k]


def clarify_question(tools: list[str], lang: str) -> str:
    """Ask which of ``tools`` the user wants, phrased as what the assistant can do."""
    zh = lang == "zh"
    lines = ["我不太确定您想做哪一项，我可以：" if zh else "I'm not sure which you mean. I can:"]
    for i, tool in enumerate(tools, 1):
        lines.append(f"{i}. {OPTIONS[tool][0 if zh else 1]}")
    lines.append("回复序号，或换个说法告诉我。" if zh else "Reply with the number, or rephrase.")
    return "\n".join(lines)


def router(clf: IntentClassifier | None, min_rule_score: int) -> Callable[[str], tuple[str | None, float]]:
    """Route one part of a request: the combined decision above the threshold, else None."""

    def route(text: str) -> tuple[str | None, float]:
        scores = intents.tool_scores(text)
        if clf is None:
            tool, score = intents.best_tool(scores)
            return (tool, float(score)) if score >= min_rule_score else (None, 0.0)
        top, p = combine(scores, clf.probabilities(text), acts=intents.best_tool(scores)[1] < min_rule_score)[
            0
        ]
        return (top, p) if p >= THRESHOLD and top not in ACTS else (None, p)

    return route


def ranker(clf: IntentClassifier) -> Callable[[str], list[tuple[str, float]]]:
    """Rank every tool for one part of a request (conversation acts left out), most likely first."""

    def rank(text: str) -> list[tuple[str, float]]:
        return combine(intents.tool_scores(text), clf.probabilities(text), acts=False)

    return rank
