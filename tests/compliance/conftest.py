"""A tiny CRM for compliance tests: one team, two reps, two QA users (one inactive), a customer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from assistant.crm.models import Customer, Team, User


@dataclass
class World:
    rep: User
    rep2: User
    qa_wecom: User
    qa_telegram: User
    qa_inactive: User
    customer: Customer


@pytest.fixture
def world(session: Session) -> World:
    team = Team(name="华东一组", region="华东")
    session.add(team)
    session.flush()

    def user(login: str, role: str, **kw: object) -> User:
        u = User(login=login, display_name=login.upper(), role=role, team_id=team.id, **kw)
        session.add(u)
        return u

    w = World(
        rep=user("rep01", "rep"),
        rep2=user("rep02", "rep"),
        qa_wecom=user("qa01", "qa", wecom_userid="QA01"),
        qa_telegram=user("qa02", "qa", telegram_user_id=777001),
        qa_inactive=user("qa03", "qa", active=False),
        customer=Customer(
            external_id="C0001", name_zh="宏达贸易", country="CN", industry="textile", owner_id=0,
            created_date=dt.date(2024, 1, 1),
        ),
    )  # fmt: skip
    session.flush()
    w.customer.owner_id = w.rep.id
    session.add(w.customer)
    session.flush()
    return w
