"""Demo leads: prospects from trade fairs, the website, Alibaba and referrals, with behaviour events."""

from __future__ import annotations

import datetime as dt
import random

from assistant.crm import demo_catalog as C

DAY = dt.timedelta(days=1)
STATUS_WEIGHTS = {"new": 4, "contacted": 4, "qualified": 2, "converted": 1, "lost": 1}


def lead_rows(rng: random.Random, today: dt.date, n: int, rep_ids: list[int], ids: dict) -> tuple[list, list]:
    """Return (leads, events) rows for ``n`` leads owned by the given reps."""
    leads, events = [], []
    for _ in range(n):
        ids["lead"] += 1
        lid = ids["lead"]
        market = rng.choice(C.MARKETS)
        industry = rng.choice(list(C.INDUSTRY_CATEGORIES))
        created = today - rng.randint(1, 120) * DAY
        if market[3] == "zh":
            company = (
                f"{rng.choice(market[4])}{''.join(rng.sample(C.ZH_BRAND, 2))}{C.ZH_SUFFIX[industry]}有限公司"
            )
            contact = rng.choice(C.ZH_SURNAMES) + rng.choice(C.ZH_GIVEN)
        else:
            company = f"{rng.choice(C.EN_FIRST)} {C.EN_SECOND[industry]} {C.EN_LEGAL.get(market[0], 'Inc.')}"
            contact = f"{rng.choice(C.EN_FIRST_NAMES)} {rng.choice(C.EN_LAST_NAMES)}"
        attributes = {
            "company_size": rng.choice(["1-10", "11-50", "51-200", "201-1000", "1000+"]),
            "annual_import_usd": rng.choice([50_000, 200_000, 1_000_000, 5_000_000]),
            "decision_maker": rng.random() < 0.4,
            "budget_confirmed": rng.random() < 0.3,
        }
        last = created
        for _ in range(rng.choices([0, 1, 2, 4, 7], weights=[2, 3, 3, 2, 1])[0]):
            ids["event"] += 1
            at = created + rng.randint(0, max(1, (today - created).days)) * DAY
            last = max(last, at)
            events.append(
                {"id": ids["event"], "lead_id": lid, "kind": rng.choice(C.LEAD_EVENT_KINDS),
                 "occurred_at": dt.datetime.combine(at, dt.time(rng.randint(1, 12))), "detail": None}
            )  # fmt: skip
        leads.append(
            {"id": lid, "external_id": f"L{lid:05d}", "company_name": company, "contact_name": contact,
             "country": market[0], "industry": industry, "source": rng.choice(C.LEAD_SOURCES),
             "status": rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0],
             "owner_id": rng.choice(rep_ids), "attributes": attributes,
             "created_at": dt.datetime.combine(created, dt.time(9)),
             "last_activity_at": dt.datetime.combine(last, dt.time(12))}
        )  # fmt: skip
    return leads, events
