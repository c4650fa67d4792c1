"""A small hand-built CRM for the summaries tests: two teams, reps, a manager, an admin, QA, customers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy.orm import Session

from assistant.crm.models import Customer, Opportunity, Product, Team, User


@pytest.fixture
def crm(session: Session) -> SimpleNamespace:
    """Users, customers, one opportunity and two products; committed so the CLI sees them."""
    east, west = Team(name="East"), Team(name="West")
    session.add_all([east, west])
    session.flush()
    users = {
        login: User(
            login=login, display_name=name, role=role, team_id=team.id if team else None, language=lang
        )
        for login, name, role, team, lang in [
            ("rep01", "李娜", "rep", east, "zh"),
            ("rep02", "Kevin Wu", "rep", west, "en"),
            ("mgr01", "周经理", "manager", east, "zh"),
            ("admin", "Admin", "admin", None, "zh"),
            ("qa01", "QA", "qa", None, "zh"),
        ]
    }
    session.add_all(users.values())
    session.flush()
    day = dt.date(2024, 1, 1)
    acme = Customer(
        external_id="C1",
        name_zh="宏达贸易",
        name_en="Hongda Trading",
        short_name="宏达",
        country="CN",
        industry="retail",
        owner_id=users["rep01"].id,
        created_date=day,
    )
    haus = Customer(
        external_id="C2",
        name_zh=None,
        name_en="HausDeko GmbH",
        short_name="HausDeko",
        country="DE",
        industry="retail",
        owner_id=users["rep02"].id,
        created_date=day,
    )
    hongxin = Customer(
        external_id="C3",
        name_zh="宏鑫家居",
        name_en="Hongxin Home",
        country="CN",
        industry="retail",
        owner_id=users["rep01"].id,
        created_date=day,
    )
    session.add_all([acme, haus, hongxin])
    session.flush()
    now = dt.datetime(2024, 1, 5)
    opp = Opportunity(
        external_id="O1",
        customer_id=acme.id,
        owner_id=users["rep01"].id,
        name="浴巾年单",
        amount=Decimal("10000"),
        amount_usd=Decimal("10000"),
        stage="proposal",
        probability=50,
        expected_close_date=dt.date(2024, 6, 1),
        created_at=now,
        stage_changed_at=now,
    )
    session.add(opp)
    session.add_all(
        [
            Product(
                sku="TX-BT-01",
                name_zh="竹纤维浴巾",
                name_en="Bamboo bath towel",
                category="textiles",
                unit_price=Decimal("4.5"),
            ),
            Product(
                sku="TX-TW-02",
                name_zh="纯棉毛巾",
                name_en="Cotton face towel",
                category="textiles",
                unit_price=Decimal("1.2"),
            ),
        ]
    )
    session.commit()
    return SimpleNamespace(users=users, acme=acme, haus=haus, hongxin=hongxin, opp=opp)


@pytest.fixture(scope="session")
def base_model_dir(tmp_path_factory: pytest.TempPathFactory):  # Path
    """The offline Whisper base model, assembled once per session (for the CLI's audio path)."""
    from tests.voice.conftest import shared_base_model

    return shared_base_model(tmp_path_factory)
