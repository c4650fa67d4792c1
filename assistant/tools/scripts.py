"""The script-library tool: ``suggest_scripts`` (话术库), personalised by the customer's tags and deal stage.

Allowed for QA (scripts carry no customer financials); a QA caller's ``customer`` is ignored.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlalchemy import select

from assistant.crm.lookup import BOSS_TITLES
from assistant.crm.models import OPEN_STAGES, Customer, Opportunity
from assistant.crm.order_queries import top_categories
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.base import Call, ToolError, crm_tool
from assistant.tools.schemas import SuggestScriptsArgs


@crm_tool("suggest_scripts")
def suggest_scripts(call: Call, args: SuggestScriptsArgs) -> R.Result:
    """Scripts for the situation, personalised by the customer's tags and open deal stage when given."""
    from knowledge.suggest import suggest_scripts as suggest

    tags: list[str] = []
    stage = None
    addressee: dict[str, str] | None = None
    records = []
    if args.customer and call.ctx.role != "qa":
        found = C.customer(call, args.customer)
        if isinstance(found, dict):
            return found
        cust = call.session.get(Customer, found.id)
        tags = list(cust.tags or []) if cust else []
        stage = call.session.scalar(
            select(Opportunity.stage)
            .where(Opportunity.customer_id == found.id, Opportunity.stage.in_(OPEN_STAGES))
            .order_by(Opportunity.expected_close_date)
            .limit(1)
        )
        records.append(R.record("customer", found.external_id, found.name))
        if cust is not None:
            addressee = {"id": found.external_id, "name": found.name, **_address(cust)}
    try:
        hits = suggest(
            args.query, scenario=args.scenario, stage=stage, customer_tags=tags, k=6, session=call.session
        )
    except ValueError as exc:
        raise ToolError(str(exc), "无法检索话术：" + str(exc)) from exc
    if addressee is not None:  # scripts written for other products go last ("T恤" for an electronics buyer)
        bought = set(top_categories(call.session, customer_ids=[found.id], today=call.ctx.today).get(found.id, []))
        made_for = _script_products()
        hits = sorted(hits, key=lambda h: bool(bought and made_for.get(h.id) and not bought & made_for[h.id]))
    hits = hits[:3]
    records += [R.record("script", h.id, h.title) for h in hits]
    if not hits:
        return R.not_found("script", args.query)
    return R.ok(
        records=records,
        customer=addressee,
        scripts=[
            {
                "id": h.id,
                "title": h.title,
                "scenario": h.scenario,
                "language": h.language,
                "text": h.text,
                "reason": h.reason,
            }
            for h in hits
        ],
    )


def _address(cust: Customer) -> dict[str, str]:
    """How to address the customer's primary contact: 王总 / 王经理 (Chinese names), else the full name."""
    contact = next((k for k in cust.contacts if k.is_primary), cust.contacts[0] if cust.contacts else None)
    if contact is None:
        return {}
    name = contact.name.strip()
    if name and "\u4e00" <= name[0] <= "\u9fff":
        boss = any(t in (contact.title or "") for t in BOSS_TITLES)
        form = name[0] + ("总" if boss else "经理")
    else:
        form = name
    return {"contact": name, "title": contact.title or "", "address": form}


def _script_products() -> dict[str, set[str]]:
    """Return the product categories each library script was written for (scripts without any: absent)."""
    from knowledge.ingest import library_dir

    directory = library_dir()
    stamp = max((p.stat().st_mtime_ns for p in directory.rglob("*.md")), default=0) if directory.is_dir() else 0
    return _products_of(str(directory), stamp)


@lru_cache(maxsize=4)
def _products_of(directory: str, stamp: int) -> dict[str, set[str]]:
    from knowledge.script import load_library

    try:
        return {sc.id: set(sc.products) for sc in load_library(Path(directory)) if sc.products}
    except ValueError:  # an invalid library: keep the retrieval order
        return {}
