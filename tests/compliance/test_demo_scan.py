"""An independent check: the scanner on the demo company's chats, written apart from the lexicon."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, select

from assistant.compliance import scan_text
from assistant.crm.demo import generate_demo
from assistant.crm.demo_texts import TOPICS_EN, TOPICS_ZH
from assistant.crm.models import Activity

# One marker per violation template of assistant/crm/demo_texts.py (zh and en).
MARKERS = ("包过", "私人微信", "稳赚", "我个人赔", "Guaranteed, 100% pass", "personal WeChat", "kickback")


def _is_violation_template(text: str) -> bool:
    return any(marker in text for marker in MARKERS)


def test_markers_cover_every_violation_template() -> None:
    for template in TOPICS_ZH["violation"] + TOPICS_EN["violation"]:
        assert _is_violation_template(template), template


def test_demo_chats(engine: Engine) -> None:
    generate_demo(engine, customers=150, today=dt.date(2026, 11, 25))
    with engine.connect() as conn:
        texts = conn.scalars(select(Activity.content)).all()
    violations = [t for t in texts if _is_violation_template(t)]
    clean = [t for t in texts if not _is_violation_template(t)]
    assert violations and len(clean) > 5000
    missed = [t for t in violations if not scan_text(t).hits]
    false_alerts = [t for t in clean if scan_text(t).hits]
    assert missed == []
    assert len(false_alerts) / len(clean) * 10_000 <= 5, false_alerts[:5]
