"""The demo company the channel tests share: a session template, seeded once per backend."""

from __future__ import annotations

from sqlalchemy import Engine

from assistant.crm.demo import generate_demo


def build_demo40(engine: Engine) -> None:
    """A 40-customer demo company as of today (users with WeCom userids and Telegram ids)."""
    generate_demo(engine, customers=40)
