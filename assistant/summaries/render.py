"""Render a summary as plain text for people (CLI, WeCom, Telegram): headline, the four sections, evidence."""

from __future__ import annotations

from assistant.summaries.labels import label
from assistant.summaries.schema import Item, Quote, SalesSummary

QUOTE_CHARS = 60


def _quote(q: Quote) -> str:
    text = q.text if len(q.text) <= QUOTE_CHARS else q.text[: QUOTE_CHARS - 1] + "…"
    where = " ".join(x for x in (q.speaker, q.timestamp) if x)
    return f"「{text}」" + (f"（{where}）" if where else "")


def _evidence(item: Item) -> str:
    return " ".join(_quote(q) for q in item.quotes[:2])


def _changes(summary: SalesSummary, t) -> list[str]:
    c = summary.changes
    if c is None:
        return []
    status = {
        "done": t("已完成", "done"),
        "overdue": t("已逾期", "overdue"),
        "open": t("仍未完成", "still open"),
    }
    rows = [f"• {t('不再提及', 'dropped')}: {x}" for x in c.needs_dropped]
    rows += [f"• {t('新风险', 'new risk')}: {x}" for x in c.risks_new]
    rows += [f"• {t('风险已消除', 'risk resolved')}: {x}" for x in c.risks_resolved]
    rows += [f"• {t('上次下一步', 'last next step')} [{status[s.status]}]: {s.action}" for s in c.steps]
    return rows


def render_summary(summary: SalesSummary) -> str:
    """Return the summary as text: each line states a finding and quotes its evidence."""
    zh = summary.language == "zh"
    t = lambda a, b: a if zh else b  # noqa: E731 - a tiny local chooser
    lines = [summary.headline, ""]
    sections: list[tuple[str, list[str]]] = [
        (
            t("需求关注点变化", "Needs"),
            [
                f"• [{label(n.status, summary.language)}] {n.text}  {_evidence(n)}"
                + (
                    f"\n    {t('上次', 'before')}: {n.previous}"
                    if n.status == "changed" and n.previous
                    else ""
                )
                for n in summary.needs
            ],
        ),
        (t("跟进进度", "Progress"), [f"• {p.text}  {_evidence(p)}" for p in summary.progress]),
        (
            t("风险", "Risks"),
            [f"• [{label(r.severity, summary.language)}] {r.text}  {_evidence(r)}" for r in summary.risks],
        ),
        (
            t("下一步", "Next steps"),
            [
                f"• {label(s.owner, summary.language)} · "
                f"{s.due.isoformat() if s.due else t('未定日期', 'no date')} · {s.action}"
                for s in summary.next_steps
            ],
        ),
        (t("建议", "Advice"), [f"• {a.text}  ({t('依据', 'because')}: {a.reason})" for a in summary.advice]),
    ]
    sections.insert(4, (t("与上次相比", "Since last time"), _changes(summary, t)))
    for title, rows in sections:
        if rows:
            lines += [title, *rows, ""]
    facts = [f"{f.value}" + (f" ({f.sku})" if f.sku else "") for f in summary.key_facts if f.kind != "date"]
    if facts:
        lines.append(t("关键信息：", "Key facts: ") + ("、" if zh else ", ").join(facts))
    for c in summary.caveats:
        lines.append(t("注意：", "Note: ") + c.text)
    s = summary.sentiment
    lines.append(
        t("客户情绪：", "Customer sentiment: ") + f"{label(s.label, summary.language)} ({s.score:+.2f})"
    )
    return "\n".join(lines).strip() + "\n"
