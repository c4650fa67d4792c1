"""Answer bodies for a pasted chat's summary (``summarize_conversation``, and a saved one).

Every summary item is shown, then what an item's wording may hide: the key figures (quantities,
amounts, dates in words — "1月15日" / "Jan 15" — with the sentence a figure came from when no item
quotes it, so "月底" or "下周三前" stays) and the points the chat left open ("价格还要再谈").
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assistant.agents.offline.fmt import zh
from assistant.text import lazy_re

Data = dict[str, Any]
MAX_QUOTES = 3
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_KIND_ZH = {"quantity": "数量", "amount": "金额", "percentage": "比例", "date": "日期"}
_KIND_EN = {"quantity": "quantity", "amount": "amount", "percentage": "percentage", "date": "date"}
_WORDLESS = lazy_re.compile(r"^[\s。.，,；;：:!！?？*]*$")
_CLAUSE = lazy_re.compile(r"[，；;。!！?？]+\s*|,(?!\d)\s*|\.(?:\s+|$)")  # not inside "1,200" or "$15.40"
_CJK = lazy_re.compile(r"[\u4e00-\u9fff]")
_MIN_CLAUSE = 4  # "没问题" / "sure" alone carry no fact


def summary_lines(s: dict[str, Any], lang: str) -> list[str]:
    """Return the lines of a summary view: headline, items, key figures, open points, changes."""
    headline = str(s.get("headline") or "")
    lines = [f"**{headline}**"] if not _WORDLESS.match(headline) else []  # "。" alone says nothing
    labels = ("需求", "进展", "风险", "下一步") if zh(lang) else ("Needs", "Progress", "Risks", "Next steps")
    for label, key in zip(labels, ("needs", "progress", "risks", "next_steps"), strict=True):
        items = [_item(x, lang) for x in s.get(key) or []]
        if items:
            lines.append(f"{label}：" + "；".join(items) if zh(lang) else f"{label}: " + "; ".join(items))
    products = [p for p in s.get("products") or [] if isinstance(p, str) and p]
    if products:  # what the chat was about, even when no item names it
        lines.append(("涉及产品：" + "、".join(products)) if zh(lang) else ("Products: " + ", ".join(products)))
    shown = "\n".join(lines)
    lines += _figures(s.get("key_facts") or [], shown, lang)
    shown = "\n".join(lines)
    still = [p for p in s.get("open_points") or [] if not shown_in(p, shown)]
    if still:
        lines.append(("待定：" + "；".join(still)) if zh(lang) else ("Still open: " + "; ".join(still)))
    if since := s.get("since_last_time"):
        lines.append(_since(since, lang))
    return lines


def _item(x: Any, lang: str) -> str:
    """Return one item's text; a next step's due words ("月底") when its text does not already say them."""
    if not isinstance(x, dict):
        return str(x)
    text = str(x.get("text") or "")
    due_text = x.get("due_text")
    if due_text and due_text not in text:
        text += f"（{due_text}）" if zh(lang) else f" ({due_text})"
    return text


def _day(iso: str | None, lang: str) -> str:
    """Return a date in words with its year: "2027年1月15日" / "Jan 15, 2027"."""
    try:
        d = dt.date.fromisoformat(str(iso))
    except ValueError:
        return str(iso or "")
    return f"{d.year}年{d.month}月{d.day}日" if zh(lang) else f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def _figures(facts: list[dict[str, Any]], shown: str, lang: str) -> list[str]:
    """Return the key-figures line, and the parts of the figures' sentences no line above quotes."""
    if not facts:
        return []
    values: list[str] = []
    quotes: list[str] = []
    names = _KIND_ZH if zh(lang) else _KIND_EN
    for f in facts:
        value = (
            _day(f.get("date"), lang)
            if f.get("kind") == "date" and f.get("date")
            else str(f.get("value") or "")
        )
        if not zh(lang) and _CJK.search(value):  # "800 × 办公椅" in an English reply: the figure alone
            value = value.split("×")[0].strip()
        shown_value = f"{names.get(str(f.get('kind')), '')} {value}".strip()
        if value and shown_value not in values:
            values.append(shown_value)
        rest = _unshown(str(f.get("quote") or ""), shown)
        if rest and rest not in quotes:
            quotes.append(rest)
    lines = (
        [("要点：" + "；".join(values)) if zh(lang) else ("Key figures: " + "; ".join(values))]
        if values
        else []
    )
    if quotes:
        said = (
            "；".join(f"“{q}”" for q in quotes[:MAX_QUOTES])
            if zh(lang)
            else "; ".join(f'"{q}"' for q in quotes[:MAX_QUOTES])
        )
        lines.append(f"原话：{said}" if zh(lang) else f"As said: {said}")
    return lines


def _unshown(quote: str, shown: str) -> str:
    """Return the clauses of ``quote`` that ``shown`` does not already hold (a bare "没问题"/"Sure" dropped)."""
    low = shown.lower()
    rest = [
        c.strip() for c in _CLAUSE.split(quote) if _meaningful(c.strip()) and c.strip().lower() not in low
    ]
    return "，".join(rest) if _CJK.search(quote) else ", ".join(rest)


def _meaningful(clause: str) -> bool:
    """Return whether a clause can carry a fact: a figure, a CJK phrase of a few characters, or several words."""
    if any(ch.isdigit() for ch in clause):
        return True
    return len(clause) >= _MIN_CLAUSE if _CJK.search(clause) else len(clause.split()) >= 2


def shown_in(part: str, shown: str) -> bool:
    """Return whether an open point is already in the lines shown (case and a leading "and" aside)."""
    bare = re.sub(r"^(?:and|but|also|还有|另外)\s*", "", part.strip(), flags=re.I).lower()
    return bare in shown.lower()


def _since(c: dict[str, Any], lang: str) -> str:
    """One line of what changed since the previous summary: last steps done / overdue / open, risks."""
    steps = [x.get("status") for x in c.get("last_steps") or []]
    n = {k: steps.count(k) for k in ("done", "overdue", "open")}
    if zh(lang):
        parts = [f"上次的下一步 {n['done']} 项已完成、{n['overdue']} 项逾期、{n['open']} 项未完成"]
        parts += [f"{h}：" + "；".join(c[k]) for h, k in _SINCE_ZH if c.get(k)]
        return f"与上次（{c.get('previous_date')}）相比：" + "，".join(parts) + "。"
    parts = [f"last time's next steps {n['done']} done, {n['overdue']} overdue, {n['open']} open"]
    parts += [f"{h}: " + "; ".join(c[k]) for h, k in _SINCE_EN if c.get(k)]
    return f"Since last time ({c.get('previous_date')}): " + ", ".join(parts) + "."


_SINCE_ZH = (
    ("需求变化", "needs_changed"),
    ("不再提及", "needs_dropped"),
    ("新风险", "risks_new"),
    ("风险解除", "risks_resolved"),
)
_SINCE_EN = (
    ("needs changed", "needs_changed"),
    ("needs dropped", "needs_dropped"),
    ("new risks", "risks_new"),
    ("risks resolved", "risks_resolved"),
)


def summarize_conversation(d: Data, lang: str) -> list[str]:
    """Render the structured summary of a pasted conversation."""
    tail = (
        "（未保存；如需存档请说“保存这个总结到某客户”。）"
        if zh(lang)
        else '(Not saved; say "save this summary to <customer>" to keep it.)'
    )
    return [*summary_lines(d.get("summary") or {}, lang), tail]
