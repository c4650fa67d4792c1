"""The CSV import/export format: one entry per entity file — its columns, natural key and reference key.

Each :class:`~assistant.crm.csv_spec.Field` names a CSV column, its type, whether it is required,
the model column it maps to and, for references, the entity it points at by natural key. The
files are processed in this order, so references always point at entities imported before.
"""

from __future__ import annotations

from sqlalchemy import Column

from assistant.crm.csv_spec import Entity, Field
from assistant.crm.models import (
    ACTIVITY_TYPES,
    LEAD_STATUSES,
    ROLES,
    STAGES,
    TIERS,
    Activity,
    Contact,
    Customer,
    Lead,
    LeadEvent,
    Opportunity,
    Order,
    OrderLine,
    Product,
    StageChange,
    Team,
    User,
)

F = Field
ENTITIES: tuple[Entity, ...] = (
    Entity("teams", Team, (F("name", required=True), F("region")), ("name",), "name"),
    Entity(
        "users",
        User,
        (
            F("login", required=True),
            F("display_name", required=True),
            F("role", required=True, choices=ROLES),
            F("team", column="team_id", ref="teams"),
            F("email"),
            F("language"),
            F("wecom_userid"),
            F("telegram_user_id", "int"),
            F("active", "bool"),
        ),
        ("login",),
        "login",
    ),
    Entity(
        "products",
        Product,
        (
            F("sku", required=True),
            F("name_zh", required=True),
            F("name_en", required=True),
            F("category", required=True),
            F("unit"),
            F("unit_price", "decimal", True),
            F("currency"),
        ),
        ("sku",),
        "sku",
    ),
    Entity(
        "customers",
        Customer,
        (
            F("external_id", required=True),
            F("name_zh"),
            F("name_en"),
            F("short_name"),
            F("country", required=True),
            F("city"),
            F("industry", required=True),
            F("source_channel"),
            F("owner_login", required=True, column="owner_id", ref="users"),
            F("tier", choices=TIERS),
            F("tags", "tags"),
            F("created_date", "date", True),
        ),
        ("external_id",),
        "external_id",
    ),
    Entity(
        "contacts",
        Contact,
        (
            F("customer_external_id", required=True, column="customer_id", ref="customers"),
            F("name", required=True),
            F("title"),
            F("phone"),
            F("email"),
            F("wechat_id"),
            F("language"),
            F("preferred_channel"),
            F("is_primary", "bool"),
        ),
        ("customer_id", "name"),
    ),
    Entity(
        "leads",
        Lead,
        (
            F("external_id", required=True),
            F("company_name", required=True),
            F("contact_name"),
            F("country"),
            F("industry"),
            F("source", required=True),
            F("status", choices=LEAD_STATUSES),
            F("owner_login", column="owner_id", ref="users"),
            F("attributes", "json"),
            F("created_at", "datetime", True),
            F("last_activity_at", "datetime"),
        ),
        ("external_id",),
        "external_id",
    ),
    Entity(
        "lead_events",
        LeadEvent,
        (
            F("lead_external_id", required=True, column="lead_id", ref="leads"),
            F("kind", required=True),
            F("occurred_at", "datetime", True),
            F("detail"),
        ),
        ("lead_id", "kind", "occurred_at"),
    ),
    Entity(
        "opportunities",
        Opportunity,
        (
            F("external_id", required=True),
            F("customer_external_id", required=True, column="customer_id", ref="customers"),
            F("owner_login", required=True, column="owner_id", ref="users"),
            F("name", required=True),
            F("amount", "decimal", True),
            F("currency"),
            F("amount_usd", "decimal", True),
            F("stage", required=True, choices=STAGES),
            F("probability", "int", True, bounds=(0, 100)),
            F("expected_close_date", "date", True),
            F("created_at", "datetime", True),
            F("stage_changed_at", "datetime", True),
            F("closed_at", "datetime"),
            F("lost_reason"),
        ),
        ("external_id",),
        "external_id",
    ),
    Entity(
        "stage_changes",
        StageChange,
        (
            F("opportunity_external_id", required=True, column="opportunity_id", ref="opportunities"),
            F("from_stage", choices=STAGES),
            F("to_stage", required=True, choices=STAGES),
            F("changed_at", "datetime", True),
            F("changed_by_login", column="changed_by_id", ref="users"),
        ),
        ("opportunity_id", "to_stage", "changed_at"),
    ),
    Entity(
        "orders",
        Order,
        (
            F("external_id", required=True),
            F("customer_external_id", required=True, column="customer_id", ref="customers"),
            F("owner_login", required=True, column="owner_id", ref="users"),
            F("order_date", "date", True),
            F("amount", "decimal", True),
            F("currency"),
            F("amount_usd", "decimal", True),
            F("status"),
            F("payment_due_date", "date", True),
            F("paid_date", "date"),
            F("paid_amount_usd", "decimal"),
        ),
        ("external_id",),
        "external_id",
    ),
    Entity(
        "order_lines",
        OrderLine,
        (
            F("order_external_id", required=True, column="order_id", ref="orders"),
            F("sku", required=True, column="product_id", ref="products"),
            F("quantity", "int", True),
            F("unit_price", "decimal", True),
            F("amount", "decimal", True),
        ),
        ("order_id", "product_id"),
    ),
    Entity(
        "activities",
        Activity,
        (
            F("external_id", required=True),
            F("customer_external_id", required=True, column="customer_id", ref="customers"),
            F("contact_name", column="contact_id", ref="contacts"),
            F("opportunity_external_id", column="opportunity_id", ref="opportunities"),
            F("rep_login", required=True, column="rep_id", ref="users"),
            F("type", required=True, choices=ACTIVITY_TYPES),
            F("direction", choices=("inbound", "outbound")),
            F("channel", required=True),
            F("occurred_at", "datetime", True),
            F("content"),
            F("summary", "json"),
            F("source"),
            F("response_minutes", "int"),
        ),
        ("external_id",),
        "external_id",
    ),
)
BY_NAME = {e.name: e for e in ENTITIES}


def cell_column(entity: Entity, field: Field) -> Column:
    """Return the table column whose type limits ``field``'s cells (for a reference: the referenced key)."""
    if field.ref is None:
        return entity.model.__table__.c[field.target]
    other = BY_NAME[field.ref]
    return other.model.__table__.c[other.ref_key or "name"]
