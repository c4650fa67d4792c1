"""Lead scores from configurable attribute (fit) and behaviour (intent) rules, graded S/A/B/C/D.

Rules live in ``lead_rules.yaml`` next to this module (seed 002 §1.2.1): source
channel points, attribute matches, points per behaviour event with caps and decay.
Every rule that fired is returned as a reason, so a grade can be explained.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from assistant.analytics.reasons import Explained, Reason
from assistant.crm.models import Lead, LeadEvent
from assistant.crm.sql import day_start

RULES_PATH = Path(__file__).with_name("lead_rules.yaml")
Grade = Literal["S", "A", "B", "C", "D"]


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_PATH) -> dict[str, Any]:
    """Load and minimally validate the lead-scoring rules."""
    rules = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key in ("attributes", "behaviours", "grades", "stale_days"):
        if key not in rules:
            raise ValueError(f"lead rules {path} lack '{key}'")
    return rules


@dataclass(frozen=True)
class LeadFacts:
    """What the rules look at: the lead's fields and its event counts (recent, older) per kind."""

    lead_id: int
    external_id: str
    company_name: str
    owner_id: int | None
    status: str
    fields: dict[str, Any]
    events: dict[str, tuple[int, int]]
    last_activity_at: dt.datetime | None


class LeadScore(Explained):
    """A lead's score and grade with the rules that fired."""

    lead_id: int
    external_id: str
    company_name: str
    owner_id: int | None
    status: str
    score: float
    grade: Grade
    attribute_points: float
    behaviour_points: float
    days_since_activity: int | None
    stale: bool


def _field(facts: LeadFacts, name: str) -> Any:
    if name.startswith("attributes."):
        return (facts.fields.get("attributes") or {}).get(name.split(".", 1)[1])
    return facts.fields.get(name)


def score_lead(facts: LeadFacts, *, today: dt.date, rules: dict[str, Any] | None = None) -> LeadScore:
    """Score one lead with the rules (default: the packaged ``lead_rules.yaml``)."""
    rules = rules or load_rules()
    reasons: list[Reason] = []
    attr = 0.0
    for rule in rules["attributes"]:
        value, label = _field(facts, rule["field"]), rule.get("label_zh", rule["field"])
        pts = 0.0
        if "at_least" in rule and isinstance(value, int | float):
            pts = max((p for t, p in rule["at_least"].items() if value >= float(t)), default=0.0)
        elif "equals" in rule:
            pts = rule["points"] if value == rule["equals"] else 0.0
        elif isinstance(rule.get("points"), dict):
            pts = rule["points"].get(value, 0.0)
        if pts:
            attr += pts
            reasons.append(
                Reason(
                    code=f"attr:{rule['field']}",
                    value=pts,
                    text_zh=f"{label}：{value}（+{pts:g}）",
                    text_en=f"{rule['field']} = {value} (+{pts:g})",
                )
            )
    behaviour = 0.0
    factor = float(rules.get("decay_factor", 1.0))
    for rule in rules["behaviours"]:
        recent, older = facts.events.get(rule["kind"], (0, 0))
        if not recent + older:
            continue
        pts = 0.0
        for i in range(recent + older):
            p = rule["first"] if i == 0 else rule["each"]
            pts += p if i < recent else p * factor
        pts = min(pts, rule["max"])
        behaviour += pts
        reasons.append(
            Reason(
                code=f"event:{rule['kind']}",
                value=pts,
                text_zh=f"{rule.get('label_zh', rule['kind'])} {recent + older} 次（+{pts:g}）",
                text_en=f"{rule['kind']} ×{recent + older} (+{pts:g})",
            )
        )
    score = round(attr + behaviour, 1)
    grade: Grade = next(
        (g for g, m in sorted(rules["grades"].items(), key=lambda kv: -kv[1]) if score >= m), "D"
    )
    since = None if facts.last_activity_at is None else (today - facts.last_activity_at.date()).days
    stale = (
        facts.status in ("new", "contacted", "qualified")
        and since is not None
        and since > rules["stale_days"].get(grade, 30)
    )
    if stale:
        reasons.append(
            Reason(
                code="stale",
                value=since,
                text_zh=f"{grade} 级线索已 {since} 天无跟进",
                text_en=f"grade {grade} lead without activity for {since} days",
            )
        )
    return LeadScore(
        lead_id=facts.lead_id,
        external_id=facts.external_id,
        company_name=facts.company_name,
        owner_id=facts.owner_id,
        status=facts.status,
        score=score,
        grade=grade,
        attribute_points=attr,
        behaviour_points=behaviour,
        days_since_activity=since,
        stale=stale,
        reasons=reasons,
    )


def lead_facts(
    session: Session,
    *,
    today: dt.date,
    owner_ids: Sequence[int] | None = None,
    lead_ids: Sequence[int] | None = None,
    open_only: bool = True,
    decay_days: int | None = None,
) -> list[LeadFacts]:
    """Load leads in scope with their event counts per kind (one ``GROUP BY`` query)."""
    decay = decay_days if decay_days is not None else int(load_rules().get("decay_days", 90))
    end, cut = day_start(today + dt.timedelta(days=1)), day_start(today - dt.timedelta(days=decay))
    conds = []
    if owner_ids is not None:
        conds.append(Lead.owner_id.in_(list(owner_ids)))
    if lead_ids is not None:
        conds.append(Lead.id.in_(list(lead_ids)))
    if open_only:
        conds.append(Lead.status.in_(("new", "contacted", "qualified")))
    leads = session.scalars(select(Lead).where(*conds)).all()
    counts: dict[int, dict[str, tuple[int, int]]] = {}
    ids = [lead.id for lead in leads]
    stmt = (
        select(
            LeadEvent.lead_id,
            LeadEvent.kind,
            func.sum(case((LeadEvent.occurred_at >= cut, 1), else_=0)),
            func.sum(case((LeadEvent.occurred_at < cut, 1), else_=0)),
        )
        .where(LeadEvent.lead_id.in_(ids), LeadEvent.occurred_at < end)
        .group_by(LeadEvent.lead_id, LeadEvent.kind)
    )
    for lid, kind, recent, older in session.execute(stmt):
        counts.setdefault(lid, {})[kind] = (int(recent or 0), int(older or 0))
    return [
        LeadFacts(
            lead.id,
            lead.external_id,
            lead.company_name,
            lead.owner_id,
            lead.status,
            {
                "source": lead.source,
                "country": lead.country,
                "industry": lead.industry,
                "attributes": lead.attributes or {},
            },
            counts.get(lead.id, {}),
            lead.last_activity_at,
        )
        for lead in leads
    ]


def lead_scores(
    session: Session,
    *,
    today: dt.date,
    owner_ids: Sequence[int] | None = None,
    lead_ids: Sequence[int] | None = None,
    open_only: bool = True,
) -> list[LeadScore]:
    """Score the leads in scope, best first."""
    facts = lead_facts(session, today=today, owner_ids=owner_ids, lead_ids=lead_ids, open_only=open_only)
    return sorted((score_lead(f, today=today) for f in facts), key=lambda s: (-s.score, s.lead_id))
