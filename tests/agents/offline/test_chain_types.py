"""Which tool may follow which in a two-step request, read from the tool schemas (no pair list)."""

from __future__ import annotations

from assistant.agents.offline import chain_types as T


def test_compatible_pairs_come_from_the_kinds_a_result_names_and_an_argument_takes() -> None:
    assert T.pairs("customer_profile", "order_history")  # a customer -> OrderHistoryArgs.customer
    assert T.pairs("team_performance", "compliance_stats")  # a rep -> ComplianceStatsArgs.rep_login
    assert T.pairs("find_customers", "next_purchase")
    assert T.pairs("churn_risk", "pipeline_status")  # one customer fits PipelineStatusArgs.customers
    assert T.pairs("summarize_conversation", "save_summary")
    assert T.pairs("compliance_stats", "sensitive_alerts")  # a rep or a category


def test_incompatible_or_same_tools_do_not_pair() -> None:
    assert not T.pairs("sensitive_alerts", "team_performance")  # an alert list picks no rep to rank
    assert not T.pairs("lead_scores", "log_activity")  # a lead is no customer yet
    assert not T.pairs("scan_text", "save_summary")  # only a summary is saved
    assert not T.pairs("receivables", "receivables")
    assert not T.pairs(None, "order_history")
    assert "order_history" in T.seconds_after("customer_profile")
    assert "pipeline_status" in T.firsts_before("update_deal_stage")
    assert "find_customers" not in T.seconds_after("churn_risk")  # its query is a name search, not free text


def test_a_required_customer_or_deal_means_the_second_step_needs_a_subject() -> None:
    assert T.needs_subject("order_history") and T.needs_subject("update_deal_stage")
    assert not T.needs_subject("pipeline_status") and not T.needs_subject("receivables")


def test_slot_fields_keep_a_subject_to_the_second_tools_schema() -> None:
    assert {"customer", "customers"} <= T.slot_fields("pipeline_status")  # one customer goes into the list
    assert "category" not in T.slot_fields("churn_risk")
    assert T.slot_fields("compliance_stats") == frozenset({"rep_login", "category"})
