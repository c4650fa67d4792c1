"""Customer tools: ``find_customers``, ``customer_profile`` and ``recommend_products``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from assistant.analytics.churn import churn_risks
from assistant.analytics.health import health_scores
from assistant.analytics.interests import customer_interests
from assistant.analytics.next_purchase import next_purchases
from assistant.analytics.segments import customer_values
from assistant.crm.lookup import Match, search_customers
from assistant.crm.models import Activity, Contact, Customer, Opportunity, Order
from assistant.crm.vocabulary import COUNTRY_ZH, INDUSTRY_ZH
from assistant.identity import find_login
from assistant.tools import common as C
from assistant.tools import results as R
from assistant.tools.base import Call, crm_tool
from assistant.tools.bestsellers import best_sellers
from assistant.tools.near import check_substitution, near_customers, not_among_yours
from assistant.tools.schemas import CustomerProfileArgs, FindCustomersArgs, RecommendProductsArgs


@crm_tool("find_customers")
def find_customers(call: Call, args: FindCustomersArgs) -> R.Result:
    """List the caller's customers matching a name reference and/or attribute filters."""
    owner_ids = call.scope.owner_ids
    if args.owner_login:
        owner_user = find_login(call.session, args.owner_login)
        owner = owner_user.id if owner_user else None
        if owner is None or not call.scope.allows_owner(owner):
            return R.not_found(
                "customer", qualifier=f"owned by {args.owner_login}", qualifier_zh=f"{args.owner_login} 名下的"
            )
        owner_ids = [owner]
    stmt = select(Customer).where(*([] if owner_ids is None else [Customer.owner_id.in_(owner_ids)]))
    if args.query:
        found = search_customers(call.session, args.query, owner_ids=owner_ids)
        same = [m for m in found if not check_substitution(call.session, args.query, m)]
        if found and not same:  # only other companies sharing a short name: near matches, not the answer
            near = [R.record("customer", m.external_id, m.name) for m in found[:3]]
            return not_among_yours(args.query, near)
        stmt = stmt.where(Customer.id.in_([m.id for m in same]))
    stmt = stmt.where(*place_filters(args.country, args.city, args.industry))
    if args.tier:
        stmt = stmt.where(func.lower(Customer.tier) == args.tier.lower())
    rows = list(call.session.scalars(stmt.order_by(Customer.tier, Customer.id)))
    if args.tag:
        rows = [c for c in rows if args.tag.strip().lower() in [str(t).lower() for t in c.tags or []]]
    segments: dict[int, str] = {}
    if args.segment and rows:
        values = customer_values(call.session, today=call.ctx.today, customer_ids=[c.id for c in rows])
        segments = {v.customer_id: v.segment for v in values if v.segment == args.segment}
        rows = [c for c in rows if c.id in segments]
    if not rows and args.query and not (args.tier or args.country or args.city or args.industry or args.tag):
        return not_among_yours(args.query, near_customers(call.session, args.query, owner_ids=owner_ids))
    if not rows:
        return R.not_found("customer", args.query, qualifier="matching the filters", qualifier_zh="符合筛选条件的")
    owners = C.logins(call, (c.owner_id for c in rows))
    shown = rows[: args.limit]
    items = [
        {
            "id": c.external_id,
            "name": c.display_name,
            "short_name": c.short_name,
            "city": c.city,
            "country": c.country,
            "industry": c.industry,
            "tier": c.tier,
            "tags": c.tags or [],
            "owner": owners.get(c.owner_id),
            **({"segment": segments[c.id]} if c.id in segments else {}),
        }
        for c in shown
    ]
    return R.ok(
        records=[R.record("customer", c.external_id, c.display_name) for c in shown],
        total=len(rows),
        customers=items,
    )


def place_filters(country: str | None, city: str | None, industry: str | None) -> list[Any]:
    """Return the SQL conditions for customers in a country / city / industry (given in English or Chinese)."""
    return [
        func.lower(column) == value.lower()
        for column, value in (
            (Customer.country, _key(country, COUNTRY_ZH)),
            (Customer.city, city),
            (Customer.industry, _key(industry, INDUSTRY_ZH)),
        )
        if value
    ]


def _key(value: str | None, labels: dict[str, str]) -> str | None:
    """Map a country or industry given in Chinese (德国, 建材工程) → the stored key (Germany, construction)."""
    if not value:
        return value
    text = value.strip()
    return next((k for k, zh in labels.items() if text in (zh, k) or (len(text) >= 2 and text in zh)), text)


def _resolved(call: Call, ref: str) -> tuple[Customer, Match] | R.Result:
    found = C.customer(call, ref)
    if isinstance(found, dict):
        return found
    cust = call.session.get(Customer, found.id)
    assert cust is not None  # resolved in this session
    return cust, found


@crm_tool("customer_profile")
def customer_profile(call: Call, args: CustomerProfileArgs) -> R.Result:
    """Return everything the caller needs before contacting one customer, with the analytics' reasons."""
    found = _resolved(call, args.customer)
    if isinstance(found, dict):
        return found
    c, _ = found
    s, today, ids = call.session, call.ctx.today, [c.id]
    orders = list(
        s.scalars(
            select(Order)
            .where(Order.customer_id == c.id, Order.order_date <= today)
            .order_by(Order.order_date.desc(), Order.id.desc())
            .limit(3)
        )
    )
    deals = list(
        s.scalars(
            select(Opportunity)
            .where(Opportunity.customer_id == c.id, Opportunity.stage.not_in(("won", "lost")))
            .order_by(Opportunity.expected_close_date)
            .limit(5)
        )
    )
    acts = list(
        s.scalars(
            select(Activity)
            .where(Activity.customer_id == c.id)
            .order_by(Activity.occurred_at.desc())
            .limit(3)
        )
    )
    health = next(iter(health_scores(s, today=today, customer_ids=ids)), None)
    churn = next(
        iter(churn_risks(s, today=today, customer_ids=ids, min_level="low", include_lapsed=True)), None
    )
    nxt = next_purchases(s, today=today, customer_ids=ids).get(c.id)
    owner = C.logins(call, [c.owner_id]).get(c.owner_id)
    reasons = [
        *(health.reasons if health else []),
        *(churn.reasons if churn else []),
        *(nxt.reasons if nxt else []),
    ]
    records = [
        R.record("customer", c.external_id, c.display_name),
        *(R.record("order", o.external_id, f"{o.order_date}") for o in orders),
        *(R.record("deal", d.external_id, d.name) for d in deals),
    ]
    return R.ok(
        records=records,
        reasons=reasons,
        currency=C.currency(),
        customer={
            "id": c.external_id,
            "name": c.display_name,
            "name_en": c.name_en,
            "short_name": c.short_name,
            "city": c.city,
            "country": c.country,
            "industry": c.industry,
            "tier": c.tier,
            "owner": owner,
            "tags": c.tags or [],
            "since": C.iso(c.created_date),
        },
        contacts=[_contact(k, args.contact_details) for k in c.contacts[:4]],
        recent_orders=[
            {
                "id": o.external_id,
                "date": C.iso(o.order_date),
                "amount": C.money(o.amount),
                "order_currency": o.currency,
                "amount_usd": C.money(o.amount_usd),
                "status": o.status,
                "paid": o.paid_date is not None,
            }
            for o in orders
        ],
        open_deals=[
            {
                "id": d.external_id,
                "name": d.name,
                "stage": d.stage,
                "amount_usd": C.money(d.amount_usd),
                "expected_close": C.iso(d.expected_close_date),
            }
            for d in deals
        ],
        recent_activities=[
            {
                "date": C.iso(a.occurred_at),
                "type": a.type,
                "direction": a.direction,
                "content": (a.content or "")[:80],
            }
            for a in acts
        ],
        health=health and {"score": health.score, "band": health.band},
        churn=churn and {"level": churn.level, "score": churn.score, "lapsed": churn.lapsed},
        next_purchase=nxt
        and {
            "expected_date": C.iso(nxt.expected_date),
            "days_until": nxt.days_until,
            "confidence": nxt.confidence_level,
            "status": nxt.status,
        },
    )


def _contact(k: Contact, details: bool = False) -> dict[str, object]:
    out: dict[str, object] = {"name": k.name, "title": k.title}
    if details:  # asked for ("王经理电话多少"): the caller's own customer, so within scope
        out.update({key: v for key, v in (("phone", k.phone), ("email", k.email), ("wechat", k.wechat_id)) if v})
    if k.preferred_channel:
        out["channel"] = k.preferred_channel
    if k.is_primary:
        out["primary"] = True
    return out


@crm_tool("recommend_products")
def recommend_products(call: Call, args: RecommendProductsArgs) -> R.Result:
    """Recommend from what the customer buys and asks about: cross-sell categories and best sellers."""
    found = _resolved(call, args.customer)
    if isinstance(found, dict):
        return found
    c, _ = found
    interests = customer_interests(call.session, customer_id=c.id, today=call.ctx.today)
    suggestions = []
    for sug in interests.suggestions:
        products = _top_products(call, sug.category)
        suggestions.append(
            {
                "category": sug.category,
                "support": sug.support,
                "similar_buyers": sug.similar_buyers,
                "products": products,
            }
        )
    reasons = [*interests.reasons, *(r for sug in interests.suggestions for r in sug.reasons)]
    return R.ok(
        records=[R.record("customer", c.external_id, c.display_name)],
        reasons=reasons,
        currency=C.currency(),
        customer={"id": c.external_id, "name": c.display_name},
        buys=[
            {"category": i.category, "bought_usd": i.bought_usd, "share": i.share, "inquiries": i.inquiries}
            for i in interests.categories[:5]
        ],
        suggestions=suggestions,
    )


def _top_products(call: Call, category: str, k: int = 2) -> list[dict[str, object]]:
    """Return the category's best sellers (by order lines in the last year), with list prices."""
    return [
        {
            "sku": p.sku,
            "name_zh": p.name_zh,
            "name_en": p.name_en,
            "unit_price": C.money(p.unit_price),
            "currency": p.currency,
        }
        for p in best_sellers(call.session, category, call.ctx.today, k)
    ]
