"""One identity rule: logins and channel ids to active users, and one scope per role."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).parent / "analytics"))
from crm_builder import CRM  # (the analytics tests' row builder)

from assistant.identity import (
    ScopeDenied,
    UnknownUserError,
    context_for,
    find_login,
    resolve_user,
    scope_for,
)


@pytest.fixture
def crm(session: Session) -> CRM:
    return CRM(session)


def test_scope_by_role(crm: CRM) -> None:
    east, west = crm.team("East"), crm.team("West")
    r1, r2, r3 = crm.user("r1", team=east), crm.user("r2", team=east), crm.user("r3", team=west)
    mgr = crm.user("m1", role="manager", team=east)
    assert scope_for(crm.s, r1).owner_ids == [r1.id]
    assert scope_for(crm.s, mgr).owner_ids == sorted([r1.id, r2.id, mgr.id])
    assert r3.id not in scope_for(crm.s, mgr).owner_ids
    assert scope_for(crm.s, crm.user("admin", role="admin")).owner_ids is None
    qa = scope_for(crm.s, crm.user("qa", role="qa"))
    assert qa.owner_ids == [] and not qa.sees_financials and qa.alert_owner_ids is None


def test_scope_read_write_and_named_scopes(crm: CRM) -> None:
    east, west = crm.team("East"), crm.team("West")
    r1, r3 = crm.user("r1", team=east), crm.user("r3", team=west)
    mgr, admin = crm.user("m1", role="manager", team=east), crm.user("ad", role="admin")
    own, other = crm.customer("甲", r1), crm.customer("乙", r3)
    rep, boss, qa = scope_for(crm.s, r1), scope_for(crm.s, mgr), scope_for(crm.s, crm.user("q", role="qa"))
    assert rep.may_write(own) and not rep.may_write(other) and not rep.may_read(other)
    assert boss.may_write(own) and not boss.may_write(other)
    assert qa.may_read(other) and not qa.may_write(other)
    assert scope_for(crm.s, admin).may_write(other)
    assert rep.owners_for("me") == [r1.id]
    assert boss.owners_for("team") == boss.owner_ids
    assert scope_for(crm.s, admin).owners_for("all") is None
    for denied, name in ((rep, "team"), (rep, "all"), (boss, "all"), (qa, "team")):
        with pytest.raises(ScopeDenied):
            denied.owners_for(name)


def test_resolve_user_one_rule_for_case_channels_and_active(crm: CRM) -> None:
    user = crm.user("Rep01")
    user.wecom_userid, user.telegram_user_id = "ZhangWei", 4242
    crm.s.flush()
    assert resolve_user(crm.s, "  rep01 ").id == user.id
    assert resolve_user(crm.s, "REP01", channel="web").id == user.id
    assert resolve_user(crm.s, "ZhangWei", channel="wecom").id == user.id
    assert resolve_user(crm.s, 4242, channel="telegram").id == user.id
    assert resolve_user(crm.s, "4242", channel="telegram").id == user.id
    for who, channel in (("zhangwei", "wecom"), ("rep01", "telegram"), ("nobody", "cli"), ("", "web")):
        with pytest.raises(UnknownUserError):
            resolve_user(crm.s, who, channel=channel)
    user.active = False
    crm.s.flush()
    for who, channel in (("rep01", "cli"), ("ZhangWei", "wecom"), (4242, "telegram")):
        with pytest.raises(UnknownUserError):
            resolve_user(crm.s, who, channel=channel)
    with pytest.raises(UnknownUserError):
        context_for(crm.s, "rep01")
    assert find_login(crm.s, "REP01") is user  # naming a deactivated user is still possible
