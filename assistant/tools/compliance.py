"""The compliance tools: ``sensitive_alerts`` (alerts in scope) and ``scan_text`` (check a draft).

Both are allowed for QA. Alerts are scoped like everything else: QA and admins see every
alert, a manager their team's, a rep their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from assistant.crm.models import Customer
from assistant.crm.sql import day_start
from assistant.identity import find_login
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.alert_category import category_key
from assistant.tools.alert_scope import named_alert_team
from assistant.tools.base import Call, crm_tool
from assistant.tools.schemas import ScanTextArgs, SensitiveAlertsArgs


@crm_tool("sensitive_alerts")
def sensitive_alerts(call: Call, args: SensitiveAlertsArgs) -> R.Result:
    """Compliance alerts within the caller's scope, newest first."""
    args = args.model_copy(update={"category": category_key(args.category)})  # "私单" → private_deal
    from assistant.compliance.review import count_alerts, list_alerts

    since = until = None
    if args.period:
        p = C.period(call, args.period, "last_7_days")
        since, until = day_start(p.start), day_start(p.end + dt.timedelta(days=1))
    allowed = call.scope.alert_owner_ids
    rep_ids: list[int | None] = [None]
    team = None
    if args.rep_login:
        rep_user = find_login(call.session, args.rep_login)
        rep = rep_user.id if rep_user else None
        if rep is None or (allowed is not None and rep not in allowed):
            return R.not_found("rep", args.rep_login)
        rep_ids = [rep]
    elif args.team:  # one named team's reps (QA/admin: any team; a manager: their own)
        named = named_alert_team(call, args.team)
        if isinstance(named, dict):
            return named
        team, rep_ids = named[0], list(named[1])
    elif allowed is not None:
        rep_ids = list(allowed)
    if args.alert_id:  # one alert's details, with its whole message
        from assistant.compliance.models import ComplianceAlert

        one = call.session.get(ComplianceAlert, args.alert_id)
        if one is None or (allowed is not None and one.rep_id not in allowed):
            return R.not_found("alert", f"#{args.alert_id}")
        rep_ids, since, until = [], None, None
    alerts = [one] if args.alert_id else []
    matching = len(alerts)
    for rid in rep_ids:
        filters = {"severity": args.severity, "category": args.category, "rep_id": rid, "since": since,
                   "until": until, "status": args.status}  # fmt: skip
        alerts += list_alerts(call.session, limit=args.limit, **filters)
        matching += count_alerts(call.session, **filters)
    alerts.sort(key=lambda a: (a.occurred_at, a.id), reverse=True)
    alerts = alerts[: args.limit]
    reps = C.logins(call, (a.rep_id for a in alerts))
    customers = _customer_names(call, (a.customer_id for a in alerts))
    items = [
        {
            "id": a.id,
            "at": a.occurred_at.isoformat(timespec="minutes"),
            "rep": reps.get(a.rep_id),
            "customer": customers.get(a.customer_id),
            "category": a.category,
            "severity": a.severity,
            "term": a.term,
            "matched": a.matched,
            "status": a.status,
            "context": (a.highlighted or a.context or "")[:120],
            **({"message": a.message or a.context or ""} if args.alert_id else {}),
        }
        for a in alerts
    ]
    return R.ok(
        records=[R.record("alert", a.id, f"{a.category}/{a.severity}") for a in alerts],
        total=max(matching, len(items)),  # every matching alert, though only ``limit`` are listed
        shown=len(items),
        alerts=items,
        team=team,
    )


def _customer_names(call: Call, ids: Iterable[int | None]) -> dict[int, dict[str, str]]:
    """Return ``{customer id: {"id": external id, "name": name}}`` for the alerts' customers."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = call.session.execute(
        select(Customer.id, Customer.external_id, Customer.name_zh, Customer.name_en).where(
            Customer.id.in_(wanted)
        )
    )
    return {r.id: {"id": r.external_id, "name": r.name_zh or r.name_en or r.external_id} for r in rows}


@crm_tool("scan_text")
def scan_text(call: Call, args: ScanTextArgs) -> R.Result:
    """Scan a draft for sensitive words, reworded violations and contact leaks (pure check, nothing stored).

    A flagged draft also gets ``rewrite``: the draft with the flagged clauses replaced by compliant wording.
    """
    from assistant.compliance.rewrite import rewrite
    from assistant.compliance.semantic import deep_scan

    found = deep_scan(args.text).to_dict()
    if found.get("hits"):
        found["rewrite"] = rewrite(args.text, found["hits"])
    return R.ok(**found)
