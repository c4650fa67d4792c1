"""The scenario keys of the script library (one folder per scenario under ``knowledge/scripts``).

Kept apart from :mod:`knowledge.script` so the command line can list them without loading
the parser (YAML, pydantic).
"""

from __future__ import annotations

SCENARIOS: tuple[str, ...] = (
    "price_objection",
    "quality_concern",
    "delivery_time",
    "payment_terms",
    "moq",
    "sample_request",
    "competitor",
    "trust_building",
    "opening",
    "follow_up",
    "closing",
    "reactivation",
    "after_sales_complaint",
    "product_faq",
    "compliance_safe",
)
"""The scenario keys of the library (one folder per scenario under ``knowledge/scripts``)."""
