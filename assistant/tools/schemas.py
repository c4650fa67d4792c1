"""Argument schemas of the agent tools: the contract between the graph, the models and the offline engine.

Each model's docstring is the tool's description (what the model reads); field
descriptions are the argument descriptions. Identity and role are never arguments:
they come from the run context. Optional fields are omitted from the JSON schema's
``required`` list and shown without ``null`` to keep the schema compact.

``period`` strings: this_month, last_month, next_month, this_quarter, last_quarter,
next_quarter, this_year, last_year, first_half, second_half, last_30_days, last_7_days,
last_N_months (whole calendar months incl. this one), same_time_last_year, today, YYYY-MM,
YYYY-Qn, YYYY-Hn, or YYYY-MM-DD..YYYY-MM-DD (see :mod:`assistant.text.periods`). A month,
quarter or year always means the whole calendar period.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic.json_schema import SkipJsonSchema

from assistant.crm.stages import Stage

Opt = SkipJsonSchema[None]
Scope = Literal["me", "team", "all"]
AlertStatus = Literal["open", "confirmed", "false_positive", "escalated"]  # compliance.models.ALERT_STATUSES
CustomerRef = Annotated[
    str, Field(min_length=1, max_length=120, description="Customer name, short name, contact form like 王总, or id C00001")
]
PERIOD = (
    "Period: this_month, last_quarter, this_year, last_3_months, same_time_last_year, "
    "YYYY-MM, YYYY-Qn, YYYY-MM-DD..YYYY-MM-DD"
)
RepRef = Annotated[
    str, Field(min_length=1, max_length=60, description="A rep's login (rep01) or name (张伟)")
]


class _Args(BaseModel):
    # unknown keys are ignored, not refused: the tool runtime is injected next to the arguments
    model_config = ConfigDict(extra="ignore")


class FindCustomersArgs(_Args):
    """Search/list the user's customers by name/contact, place (country/city), industry, tier, tag."""

    query: Annotated[str, Field(max_length=120)] | Opt = Field(
        None, description="Name, short name, contact (王总) or id"
    )
    segment: Literal["vip", "potential", "risk", "regular"] | Opt = None
    tier: Literal["A", "B", "C", "D"] | Opt = None
    country: str | Opt = None
    city: str | Opt = None
    industry: str | Opt = Field(None, description="e.g. construction, textiles, retail (or 建材)")
    tag: str | Opt = Field(None, description="price_sensitive, long_term, quality_first or fast_delivery")
    owner_login: str | Opt = Field(None, description="Owning rep's login, e.g. rep01")
    limit: int = Field(10, ge=1, le=50)


class CustomerProfileArgs(_Args):
    """One customer's profile: contacts, orders, open deals, recent activity, health, churn, next order."""

    customer: CustomerRef
    contact_details: bool = Field(
        False, description="Include the contacts' phone, email and WeChat (only when the user asks for them)"
    )


class ChurnRiskArgs(_Args):
    """Churn risk with reasons: one customer, or the user's customers at risk (riskiest first), of a place too."""

    customer: CustomerRef | Opt = None
    country: str | Opt = Field(None, description="Only customers in this country (e.g. Germany or 新加坡)")
    city: str | Opt = Field(None, description="Only customers in this city (e.g. Dubai)")
    industry: str | Opt = Field(None, description="Only customers in this industry (e.g. construction or 建材)")
    level: Literal["high", "medium", "low"] | Opt = Field(None, description="Only this level (default medium+high)")
    rep_login: RepRef | Opt = Field(None, description="Only this rep's customers (managers: their team)")
    limit: int = Field(10, ge=1, le=50)


class NextPurchaseArgs(_Args):
    """Predicted next order date with confidence: one customer, or customers due within N days (of a list, too)."""

    customer: CustomerRef | Opt = None
    customers: list[CustomerRef] | Opt = Field(
        None, max_length=20, description="Only these customers (names or ids), e.g. the ones a list just showed"
    )
    within_days: int = Field(30, ge=0, le=365)
    limit: int = Field(10, ge=1, le=50)


class RecommendProductsArgs(_Args):
    """Products/categories to offer a customer: what it buys and asks about, and cross-sell."""

    customer: CustomerRef


class PipelineStatusArgs(_Args):
    """Pipeline: open deals by stage, win rate and lost deals in a period, stalled deals (own won count: team_performance)."""

    period: str | Opt = Field(None, description=PERIOD + " (default this_quarter)")
    scope: Scope = Field("me", description="me, team (managers) or all (admins)")
    stalled_only: bool = Field(False, description="Only list stalled and overdue deals")
    rep_login: RepRef | Opt = Field(None, description="One rep's pipeline (managers: their team)")
    stage: Stage | Opt = Field(None, description="Only list the open deals sitting in this stage")
    customers: list[CustomerRef] | Opt = Field(
        None, max_length=20, description="Only the open deals of these customers (names or ids), e.g. a list just shown")
    team: str | Opt = Field(None, description="One team by name or region (e.g. 欧美组); managers: their own")


class SalesForecastArgs(_Args):
    """Sales forecast with 80% range, pipeline contribution and backtest error."""

    period: str = Field(
        "next_month", description="A month or quarter: next_month, this_quarter, YYYY-MM, YYYY-Qn"
    )
    scope: Scope = "me"


class LeadScoresArgs(_Args):
    """Open leads scored and graded S-D with the rules that fired, best first."""

    grade: Literal["S", "A", "B", "C", "D"] | Opt = None
    limit: int = Field(10, ge=1, le=50)


class DailyBriefingArgs(_Args):
    """Today's to-do list: whom to contact, why, how, when and what to emphasise."""

    date: str | Opt = Field(None, description="YYYY-MM-DD, today or tomorrow (default today)")


class SuggestScriptsArgs(_Args):
    """Suggest sales scripts (话术) for a situation, e.g. price objection."""

    query: str = Field(min_length=1, max_length=500, description="The situation or the customer's words")
    customer: CustomerRef | Opt = None
    scenario: str | Opt = Field(None, description="e.g. price_objection, follow_up, delivery")


class SummarizeConversationArgs(_Args):
    """Summarise a pasted conversation: needs, progress, risks, next steps (nothing saved)."""

    text: str = Field(min_length=1, max_length=60000)
    customer: CustomerRef | Opt = None


class SensitiveAlertsArgs(_Args):
    """Compliance alerts in reps' messages: the alerts, newest first, or one by number (#123).

    QA and managers; "how many" is ``compliance_stats``. A rep sees only their own alerts, counts too, here.
    """

    severity: Literal["low", "medium", "high"] | Opt = None
    category: str | Opt = Field(None, description="e.g. guarantee, bribery, private_deal, contact_leak")
    period: str | Opt = Field(None, description=PERIOD)
    status: AlertStatus | Opt = Field(None, description="open (awaiting review), confirmed, false_positive, escalated")
    rep_login: str | Opt = None
    team: str | Opt = Field(None, description="One team by name or region (e.g. 欧美组)")
    alert_id: int | Opt = Field(None, ge=1, description="One alert's details with its whole message (e.g. #123)")
    limit: int = Field(20, ge=1, le=100)


class ScanTextArgs(_Args):
    """Check a message or draft for sensitive words before sending, with a compliant rewrite (nothing stored)."""

    text: str = Field(min_length=1, max_length=20000)


class TeamPerformanceArgs(_Args):
    """Per-rep (or the caller's own) revenue, orders, won deals, activities in a period: rankings, who is idle."""

    period: str | Opt = Field(None, description=PERIOD + " (default this_month)")
    scope: Scope | Opt = Field(None, description="me, team (managers) or all (admins); default by role")
    rep_login: RepRef | Opt = None
    rep_logins: list[RepRef] | Opt = Field(None, max_length=10, description="Reps to compare")
    team: str | Opt = Field(None, description="One team by name or region (e.g. 欧美组); only the caller's own")
    by_team: bool = Field(False, description="Total and rank per team instead of per rep (which team sold most)")
    metric: Literal["revenue", "orders", "won_deals", "activities"] = Field(
        "revenue", description="Sort key; activities+asc = who is slacking"
    )
    sort: Literal["desc", "asc"] = "desc"
    compare_previous: bool = Field(
        False, description="Also total the previous period of the same shape (last quarter, last year)"
    )
    compare_period: str | Opt = Field(None, description="Another period to total beside it (e.g. 2025-11, last_year)")
    limit: int = Field(10, ge=1, le=50)


class ReceivablesArgs(_Args):
    """Money owed: unpaid and overdue orders per customer and rep; did a customer pay its last invoice.

    One customer, several customers, the customers of a place or industry, one rep, or the scope.
    """

    customer: CustomerRef | Opt = None
    customers: list[CustomerRef] | Opt = Field(
        None, max_length=20, description="Several customers (names or ids), e.g. the ones a list just showed"
    )
    country: str | Opt = Field(None, description="Only customers in this country (e.g. UAE or 阿联酋)")
    city: str | Opt = Field(None, description="Only customers in this city (e.g. Dubai)")
    industry: str | Opt = Field(None, description="Only customers in this industry (e.g. construction or 建材)")
    overdue_only: bool = Field(False, description="Only orders past their payment due date")
    scope: Scope | Opt = Field(None, description="me, team or all; default by role")
    rep_login: RepRef | Opt = None
    team: str | Opt = Field(None, description="One team by name or region (e.g. 欧美组); managers: their own")
    limit: int = Field(10, ge=1, le=50)


class OrderHistoryArgs(_Args):
    """A customer's orders in a period (sum, count, products); the last order; a year ago; vs another period.

    Or several customers' totals.
    """

    NEEDS_CUSTOMER: ClassVar[bool] = True  # one of customer / customers is required (see _who)
    customer: CustomerRef | Opt = None
    customers: list[CustomerRef] | Opt = Field(
        None, max_length=20, description="Several customers (names or ids): each one's order count and total"
    )
    period: str | Opt = Field(None, description=PERIOD + " (default: all)")
    compare_period: str | Opt = Field(None, description="A second period to compare the totals with (e.g. last_year)")
    product: str | Opt = Field(None, max_length=80, description="Only orders with this product/category/SKU")
    last: bool = Field(False, description="Only the last order and its products")
    limit: int = Field(5, ge=1, le=50, description="Orders listed with their products (newest first)")

    @model_validator(mode="after")
    def _who(self) -> OrderHistoryArgs:
        if not (self.customer or self.customers):
            raise ValueError("name a customer (customer) or several (customers)")
        return self


class ComplianceStatsArgs(_Args):
    """Alert counts per rep, category or month, with the trend (QA, managers; reps: sensitive_alerts).

    Every "how many alerts": in a period or to date (status=open: awaiting review); "anyone flagged?".
    """

    period: str | Opt = Field(None, description=PERIOD + " (default this_quarter)")
    group_by: Literal["rep", "category", "month"] = "rep"
    rep_login: RepRef | Opt = None
    team: str | Opt = Field(None, description="One team by name or region (e.g. 欧美组)")
    category: str | Opt = Field(None, description="e.g. guarantee, bribery, private_deal, contact_leak")
    severity: Literal["high", "medium", "low"] | Opt = None
    status: AlertStatus | Opt = Field(None, description="open = awaiting review; with no period: all to date")
    limit: int = Field(10, ge=1, le=50)


class LogActivityArgs(_Args):
    """Record an interaction with a customer (asks the user to confirm first)."""

    customer: CustomerRef
    type: Literal["call", "chat", "email", "meeting", "visit", "inquiry", "note"]
    content: str = Field(min_length=1, max_length=5000)
    occurred_at: str | Opt = Field(None, description="YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: the conversation's today)")


class SaveSummaryArgs(_Args):
    """Summarise a conversation and save it to the customer's record (asks to confirm first)."""

    customer: CustomerRef
    text: str = Field(min_length=1, max_length=60000)


class UpdateDealStageArgs(_Args):
    """Move a deal to another stage (asks the user to confirm first)."""

    deal: str = Field(
        min_length=1, max_length=160, description="Deal id (OPP-000123), deal name or customer name"
    )
    stage: Stage


TOOL_ARGS: dict[str, type[_Args]] = {
    "find_customers": FindCustomersArgs,
    "customer_profile": CustomerProfileArgs,
    "churn_risk": ChurnRiskArgs,
    "next_purchase": NextPurchaseArgs,
    "recommend_products": RecommendProductsArgs,
    "pipeline_status": PipelineStatusArgs,
    "sales_forecast": SalesForecastArgs,
    "lead_scores": LeadScoresArgs,
    "daily_briefing": DailyBriefingArgs,
    "suggest_scripts": SuggestScriptsArgs,
    "summarize_conversation": SummarizeConversationArgs,
    "team_performance": TeamPerformanceArgs,
    "receivables": ReceivablesArgs,
    "order_history": OrderHistoryArgs,
    "compliance_stats": ComplianceStatsArgs,
    "sensitive_alerts": SensitiveAlertsArgs,
    "scan_text": ScanTextArgs,
    "log_activity": LogActivityArgs,
    "save_summary": SaveSummaryArgs,
    "update_deal_stage": UpdateDealStageArgs,
}
WRITE_TOOLS = frozenset({"log_activity", "save_summary", "update_deal_stage"})
QA_TOOLS = frozenset(
    {"sensitive_alerts", "compliance_stats", "scan_text", "summarize_conversation", "suggest_scripts"}
)
