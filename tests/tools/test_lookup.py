"""Entity resolution finds customers and deals by name, contact form and id — only inside the scope."""

from __future__ import annotations

from sqlalchemy import Engine, select

from assistant.crm.lookup import resolve_customer, resolve_deal, search_customers
from assistant.crm.models import Contact, Customer, Opportunity, User
from assistant.db import session_scope


def _add_customer(s, owner_id: int, ext: str, zh: str, short: str, contact: str, title: str) -> Customer:
    import datetime as dt

    c = Customer(external_id=ext, name_zh=zh, short_name=short, country="China", city="上海", industry="textile",
                 owner_id=owner_id, created_date=dt.date(2024, 1, 1))
    s.add(c)
    s.flush()
    s.add(Contact(customer_id=c.id, name=contact, title=title))
    s.flush()
    return c


def test_resolves_by_id_name_short_name_and_substring(demo: Engine) -> None:
    with session_scope(demo) as s:
        c = s.scalar(select(Customer).where(Customer.name_zh.is_not(None)).order_by(Customer.id))
        for ref in (c.external_id, c.external_id.lower(), c.name_zh, c.short_name, f"{c.short_name}那边最近怎么样"):
            found = resolve_customer(s, ref, owner_ids=None)
            assert found.status == "ok" and found.match.id == c.id, ref


def test_contact_forms_and_ambiguity(demo: Engine) -> None:
    with session_scope(demo) as s:
        rep = s.scalar(select(User).where(User.login == "rep02"))
        a = _add_customer(s, rep.id, "T1", "测试甲贸易有限公司", "测甲", "欧阳建国", "总经理")
        b = _add_customer(s, rep.id, "T2", "测试乙贸易有限公司", "测乙", "欧阳丽", "采购经理")
        boss = resolve_customer(s, "欧阳总", owner_ids=[rep.id])
        assert boss.status == "ok" and boss.match.id == a.id and "欧阳建国" in boss.match.detail["contact"]
        manager = resolve_customer(s, "欧阳经理", owner_ids=[rep.id])
        assert manager.status == "ok" and manager.match.id == b.id
        assert resolve_customer(s, "欧阳丽", owner_ids=[rep.id]).match.id == b.id
        both = resolve_customer(s, "测试", owner_ids=[rep.id])
        assert both.status == "ambiguous" and {m.external_id for m in both.matches} >= {"T1", "T2"}


def test_english_names_case_insensitive(demo: Engine) -> None:
    with session_scope(demo) as s:
        c = s.scalar(select(Customer).where(Customer.name_zh.is_(None)).order_by(Customer.id))
        found = resolve_customer(s, c.name_en.upper(), owner_ids=None)
        assert found.status == "ok" and found.match.id == c.id


def test_out_of_scope_records_are_invisible(demo: Engine) -> None:
    with session_scope(demo) as s:
        rep1 = s.scalar(select(User).where(User.login == "rep01"))
        other = s.scalar(select(Customer).where(Customer.owner_id != rep1.id).order_by(Customer.id))
        for ref in (other.external_id, other.display_name):
            assert resolve_customer(s, ref, owner_ids=[rep1.id]).status == "not_found"
            assert all(m.owner_id == rep1.id for m in search_customers(s, ref, owner_ids=[rep1.id]))
        deal = s.scalar(select(Opportunity).where(Opportunity.owner_id != rep1.id))
        assert resolve_deal(s, deal.external_id, owner_ids=[rep1.id]).status == "not_found"
        assert resolve_deal(s, deal.external_id, owner_ids=None).match.id == deal.id


def test_deal_by_number_and_customer(demo: Engine) -> None:
    with session_scope(demo) as s:
        deal = s.scalar(select(Opportunity).where(Opportunity.stage == "proposal").order_by(Opportunity.id))
        number = str(int(deal.external_id.split("-")[1]))
        assert resolve_deal(s, number, owner_ids=None).match.id == deal.id
        cust = s.get(Customer, deal.customer_id)
        by_customer = resolve_deal(s, cust.external_id, owner_ids=[deal.owner_id], open_only=True)
        assert by_customer.status in ("ok", "ambiguous")
        assert deal.id in {m.id for m in by_customer.matches}
        assert all(m.detail["stage"] not in ("won", "lost") for m in by_customer.matches)


def _add_en(s, owner_id: int, ext: str, en: str) -> Customer:
    import datetime as dt

    c = Customer(external_id=ext, name_en=en, country="Japan", city="Osaka", industry="retail",
                 owner_id=owner_id, created_date=dt.date(2024, 1, 1))
    s.add(c)
    s.flush()
    return c


def test_an_exact_name_without_its_legal_suffix_wins_over_longer_names(demo: Engine) -> None:
    with session_scope(demo) as s:
        rep = s.scalar(select(User).where(User.login == "rep03"))
        other = s.scalar(select(User).where(User.login == "rep04"))
        plain = _add_en(s, rep.id, "T7", "Quillon Foods Ltd")
        _add_en(s, rep.id, "T8", "Red Quillon Foods K.K.")
        _add_en(s, rep.id, "T9", "Quillon Foods Trading GmbH")
        for ref in ("quillon foods", "Quillon Foods ", "QUILLON FOODS"):
            found = resolve_customer(s, ref, owner_ids=[rep.id])
            assert found.status == "ok" and found.match.id == plain.id, ref
        assert resolve_customer(s, "Quillon", owner_ids=[rep.id]).status == "ambiguous"  # no exact one
        _add_en(s, other.id, "T10", "Zentrix Labs Inc.")  # someone else's exact name stays invisible
        mine = _add_en(s, rep.id, "T11", "Blue Zentrix Labs SARL")
        found = resolve_customer(s, "Zentrix Labs", owner_ids=[rep.id])
        assert found.status == "ok" and found.match.id == mine.id
