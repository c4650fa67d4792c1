"""The gazetteer read from a real (small) demo database, and refreshed when the CRM changes."""

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import Engine, insert, select

from assistant.agents.offline import gazetteer as G
from assistant.crm.demo import generate_demo
from assistant.crm.models import Contact, Customer


def _build(engine: Engine) -> None:
    generate_demo(engine, customers=40, today=dt.date(2025, 6, 30))


@pytest.fixture
def demo(engine: Engine, clone_db: Callable[..., Engine]) -> Engine:
    clone_db("gazetteer40", _build)  # generated once per session and backend
    G.clear_cache()
    return engine


def test_loads_crm_names(demo: Engine) -> None:
    gaz = G.gazetteer_for(demo)
    with demo.connect() as conn:
        name_zh, short = conn.execute(
            select(Customer.name_zh, Customer.short_name).where(Customer.name_zh.is_not(None))
        ).first()
        contact, title = conn.execute(
            select(Contact.name, Contact.title).where(Contact.language == "zh")
        ).first()
    assert [m.text for m in gaz.find(f"{name_zh}最近怎么样")] == [name_zh]
    assert gaz.find(f"{short}的联系人")[0].of("customer") is not None
    form = G.contact_forms(contact, title)[1]
    assert gaz.find(f"{form}那边")[0].of("contact") is not None
    assert gaz.find("rep01的客户")[0].of("user").value == "rep01"


def test_refreshes_when_customers_change(demo: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(G, "REFRESH_SECONDS", 0.0)
    before = G.gazetteer_for(demo)
    assert G.gazetteer_for(demo) is before  # unchanged database: the cached object
    with demo.begin() as conn:
        conn.execute(
            insert(Customer).values(
                external_id="C09999", name_zh="杭州新起点纺织品有限公司", short_name="新起点", country="China",
                city="杭州", industry="textiles", owner_id=1, tier="C", tags=[], created_date=dt.date(2025, 6, 1),
            )
        )  # fmt: skip
    after = G.gazetteer_for(demo)
    assert after is not before and after.find("新起点最近怎么样")[0].of("customer") is not None


def test_without_schema_falls_back_to_static_vocabulary(tmp_path) -> None:
    from assistant.db import get_engine

    gaz = G.gazetteer_for(get_engine(f"sqlite:///{tmp_path}/empty.db"))
    assert gaz.find("德国的客户")[0].of("country").value == "Germany"


def test_lower_case_short_names_name_stems_and_teams(demo: Engine) -> None:
    from assistant.agents.offline import vocab
    from assistant.crm.models import Team

    gaz = G.gazetteer_for(demo)
    with demo.connect() as conn:
        shorts = [s for (s,) in conn.execute(select(Customer.short_name)) if s and s.isascii()]
        team, region = conn.execute(select(Team.name, Team.region)).first()
    plain = next(s for s in shorts if s.lower() not in vocab.EN_COMMON_SHORT)
    assert gaz.find(f"did {plain.lower()} pay?")[0].of("customer").value == plain
    common = next((s for s in shorts if s.lower() in vocab.EN_COMMON_SHORT), None)
    if common:  # an everyday word only counts capitalised
        assert not any(m.of("customer") for m in gaz.find(f"a {common.lower()} idea"))
    assert gaz.find(f"{team}这个月业绩")[0].of("team").value == team
    assert gaz.find(f"how is the {region} team doing")[0].of("team").value == team
    assert vocab.name_stems("Maple Office Supply") == ["Maple Office"] and vocab.name_stems("Maple Supply") == []
