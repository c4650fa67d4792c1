"""Sensitive-word monitoring and QA review (客服监控).

The public API other areas call:

* :func:`scan_text` — pure scan of a message or draft (no database).
* :func:`record_message` / :func:`record_behaviour` — scan + store + dedupe + notify QA.
* :func:`import_archive` — chat-archive JSONL import with behaviour rules.
* :func:`list_alerts`, :func:`review_alert`, :func:`alert_stats`, :func:`export_alerts_csv` — QA workflow.
* :func:`drain` — the channels push queued notifications.
"""

from assistant.compliance.archive import ArchiveError, import_archive
from assistant.compliance.lexicon import LexiconError, load_lexicon
from assistant.compliance.matcher import get_matcher, scan_text
from assistant.compliance.outbox import drain, pending
from assistant.compliance.result import Hit, ScanResult
from assistant.compliance.review import alert_stats, export_alerts_csv, list_alerts, review_alert
from assistant.compliance.store import record_behaviour, record_message

__all__ = [
    "ArchiveError",
    "Hit",
    "LexiconError",
    "ScanResult",
    "alert_stats",
    "drain",
    "export_alerts_csv",
    "get_matcher",
    "import_archive",
    "list_alerts",
    "load_lexicon",
    "pending",
    "record_behaviour",
    "record_message",
    "review_alert",
    "scan_text",
]
