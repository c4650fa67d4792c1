"""Explainable analytics over the CRM: every result carries the reasons (facts) behind its numbers.

Entry points (all keyword-only, all take ``today`` for reproducible results, and
explicit scope filters resolved by the caller with
:func:`assistant.identity.scope_for`):

* :func:`assistant.analytics.segments.customer_values` — RFM, segment, tier A/B/C/D
* :func:`assistant.analytics.health.health_scores` — health score with its three dimensions
* :func:`assistant.analytics.churn.churn_risks` — churn risk high/medium/low with triggers
* :func:`assistant.analytics.next_purchase.customers_due` / ``next_purchases`` — reorder dates
* :func:`assistant.analytics.interests.customer_interests` — categories and cross-sell
* :func:`assistant.analytics.preferences.communication_preferences` — channel, hours, language
* :func:`assistant.analytics.pipeline.pipeline_status` — stages, conversion, stalled deals, week over week
* :func:`assistant.analytics.forecast.sales_forecast` — month/quarter forecast, 80% interval, backtest MAPE
* :func:`assistant.analytics.lead_scoring.lead_scores` — lead scores and grades from ``lead_rules.yaml``
* :func:`assistant.analytics.briefing.daily_briefing` — a rep's ranked to-do list for the day
* :func:`assistant.analytics.alerts.activity_alerts` — no order 3 months / no contact 6 months
"""
