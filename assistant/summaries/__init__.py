"""Sales summaries of chats, emails and calls: needs / progress / risks / next steps, each with its evidence.

Entry points for the agent tools and the CLI:

- :func:`summarize_text` and :func:`summarize_transcript` (offline or LLM engine, same schema);
- :func:`latest_summary` and :func:`save_summary` (stored on the customer as an activity),
  :func:`summary_history` (the previous summary and the activities since, for the delta);
- :class:`Catalog` (products and competitors to match), :func:`render_summary` (text for people).
"""

from assistant.summaries.catalog import Catalog, CatalogProduct
from assistant.summaries.render import render_summary
from assistant.summaries.schema import SCHEMA_VERSION, SalesSummary
from assistant.summaries.service import SummaryError, summarize_text, summarize_transcript
from assistant.summaries.store import SaveError, latest_summary, save_summary, summary_history

__all__ = [
    "SCHEMA_VERSION",
    "Catalog",
    "CatalogProduct",
    "SalesSummary",
    "SaveError",
    "SummaryError",
    "latest_summary",
    "render_summary",
    "save_summary",
    "summarize_text",
    "summarize_transcript",
    "summary_history",
]
