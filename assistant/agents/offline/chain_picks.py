"""Second-step subjects read from results that name no ranked customer list: leads, a forecast, a profile.

:mod:`chain_steps` maps a first tool to its reader; these cover "score my leads, then an
opening line for the best one", "forecast, then the deals to push" and "this customer's card,
then whether they will churn"; a scanned draft gives the words to rewrite.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.agents.offline.followups import record_ref
from assistant.text import lazy_re

Subject = dict[str, Any]


def generic(result: dict[str, Any]) -> list[Subject]:
    """Return the subjects of a result no reader of its own knows: its ranked items' customers or reps."""
    found: list[Subject] = []
    for item in _items(result):
        subject = _subject(item)
        if subject and subject not in found:
            found.append(subject)
    return found


def leads(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return the best-scored leads (a lead is no customer yet: the script is looked up by its company)."""
    return [{"text": str(x.get("company") or ""), "name": str(x.get("company") or ""),
             "figure_zh": f"{x.get('grade')}级，{x.get('score', 0):.0f} 分",
             "figure_en": f"grade {x.get('grade')}, score {x.get('score', 0):.0f}"}
            for x in result.get("leads") or [] if isinstance(x, dict) and x.get("company")]  # fmt: skip


def forecast_pipeline(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return a forecast's deals to push: the whole open pipeline of the same scope (one subject)."""
    return [{"text": "forecast", "name": "", "scope": first_args.get("scope") or "me"}]


def profiled(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return the customer whose card was shown ("看下X的情况，顺便判断下会不会流失")."""
    c = result.get("customer")
    if not isinstance(c, dict) or not (c.get("id") or c.get("name")):
        return []
    return [{"customer": record_ref(c), "name": str(c.get("name") or "")}]


def briefed(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return a day's to-do list in its order: each customer (or a lead, looked up by its company)."""
    out: list[Subject] = []
    for item in result.get("items") or []:
        if not isinstance(item, dict):
            continue
        c, lead = item.get("customer"), item.get("lead")
        if isinstance(c, dict) and c.get("id"):
            out.append({"customer": str(c["id"]), "name": str(c.get("name") or ""), "figure_zh": "", "figure_en": ""})
        elif isinstance(lead, dict) and lead.get("name"):
            out.append({"text": str(lead["name"]), "name": str(lead["name"]), "figure_zh": "", "figure_en": ""})
    return out


def recommended(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return the customer products were recommended for, with the products (what a pitch is about)."""
    c = result.get("customer")
    if not isinstance(c, dict) or not c.get("id"):
        return []
    zh = bool(re.search(r"[\u4e00-\u9fff]", text))
    names = [str(p.get("name_zh" if zh else "name_en") or p.get("sku")) for s in result.get("suggestions") or []
             if isinstance(s, dict) for p in s.get("products") or [] if isinstance(p, dict)]  # fmt: skip
    shown = "、".join(names[:3]) if zh else ", ".join(names[:3])
    return [{"customer": str(c["id"]), "name": str(c.get("name") or ""), "products": shown,
             "figure_zh": f"推荐：{shown}" if shown else "", "figure_en": f"recommended: {shown}" if shown else ""}]  # fmt: skip


def subject_key(s: Subject) -> str | None:
    """Return what tells one subject from another (its customer, rep, text, category or month)."""
    return s.get("customer") or s.get("rep_login") or s.get("text") or s.get("category") or s.get("period")


def busiest_months(result: dict[str, Any]) -> list[Subject]:
    """Return the months of counts grouped by month, most alerts first ("哪个月最多，把那个月的列出来")."""
    if result.get("group_by") != "month":
        return []
    groups = [g for g in result.get("groups") or [] if isinstance(g, dict) and g.get("key") and g.get("count")]
    return [
        {"period": str(g["key"]), "name": str(g["key"]),
         "figure_zh": f"告警 {g['count']} 条", "figure_en": f"{g['count']} alert(s)"}
        for g in sorted(groups, key=lambda g: -int(g["count"]))
    ]  # fmt: skip


def flagged(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return the flagged words of a scanned draft (what a compliant rewrite must avoid)."""
    hits = [h for h in result.get("hits") or [] if isinstance(h, dict)]
    if not hits:
        return []
    words = "、".join(dict.fromkeys(str(h.get("matched")) for h in hits))
    cats = " ".join(dict.fromkeys(str(h.get("category")) for h in hits))
    return [{"text": f"{words} {cats}", "name": words,
             "figure_zh": f"{len(hits)} 处需要改：{words}", "figure_en": f"{len(hits)} problem(s): {words}"}]  # fmt: skip


def alerts_of(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return each alert's customer (when it names one) and its flagged message, newest first."""
    out = []
    for a in result.get("alerts") or []:
        if not isinstance(a, dict):
            continue
        c = a.get("customer") if isinstance(a.get("customer"), dict) else {}
        said = re.sub(r"[【】]", "", str(a.get("message") or a.get("context") or "")).strip()
        subject: Subject = {"text": said or str(a.get("matched") or ""), "name": str(c.get("name") or said[:20]),
                            "figure_zh": f"告警 #{a.get('id')}（{a.get('category')}，“{a.get('matched')}”）",
                            "figure_en": f"alert #{a.get('id')} ({a.get('category')}, \"{a.get('matched')}\")"}  # fmt: skip
        if c.get("id"):
            subject["customer"] = str(c["id"])
        out.append(subject)
    return out


def summarised(result: dict[str, Any], first_args: dict[str, Any], text: str) -> list[Subject]:
    """Return the customer a summary was asked for (the one to save it under)."""
    c, said = first_args.get("customer"), str(first_args.get("text") or "")
    subject: Subject = {"name": str(c or ""), "figure_zh": "", "figure_en": ""}
    if c:
        subject["customer"] = str(c)
    if said:  # "summarise it and flag anything non-compliant": the pasted chat is what gets scanned
        subject["text"] = said
    return [subject] if c or said else []


_ORDINAL = lazy_re.compile(
    r"第\s*([二三四五2-5])\s*(?:多|大|高|名|位)|排(?:名)?第\s*([二三四五2-5])|"
    r"\b(second|third|fourth|fifth)[- ](?:most|biggest|largest|highest|top)\b",
    re.I,
)
_NTH = {"二": 1, "2": 1, "三": 2, "3": 2, "四": 3, "4": 3, "五": 4, "5": 4,
        "second": 1, "third": 2, "fourth": 3, "fifth": 4}  # fmt: skip


def ordinal_rank(text: str) -> int:
    """Return how many ranked records to pass over: 1 for "第二多" / "second most", 0 when none is named."""
    m = _ORDINAL.search(text)
    return _NTH[(m.group(1) or m.group(2) or m.group(3)).lower()] if m else 0


def _items(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the result's ranked items: its first non-empty list of dicts, else its records."""
    for key, value in result.items():
        if key in ("records", "reasons", "candidates") or not isinstance(value, list):
            continue
        rows = [v for v in value if isinstance(v, dict)]
        if rows:
            return rows
    return [r for r in result.get("records") or [] if isinstance(r, dict)]


def _subject(item: dict[str, Any]) -> dict[str, Any] | None:
    """Return ``{"customer": id, "name"}`` or ``{"rep_login": login, "name"}`` of one ranked item."""
    for key in ("rep_login", "login"):
        if item.get(key):
            return {
                "rep_login": str(item[key]),
                "name": str(item.get("name") or item.get("display_name") or item[key]),
            }
    rep = item.get("rep")
    if isinstance(rep, dict) and rep.get("login"):
        return {"rep_login": str(rep["login"]), "name": str(rep.get("name") or rep["login"])}
    customer = item.get("customer")
    if isinstance(customer, dict) and (customer.get("id") or customer.get("name")):
        return {
            "customer": record_ref(customer),
            "name": str(customer.get("name") or ""),
        }
    if item.get("type") == "customer":
        return {"customer": record_ref(item), "name": str(item.get("name") or "")}
    if item.get("type") in ("user", "rep"):
        return {"rep_login": str(item.get("id")), "name": str(item.get("name") or item.get("id"))}
    return None
