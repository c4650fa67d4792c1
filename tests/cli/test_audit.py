"""Every CLI command is audited — each write, export and ``--as`` run, and every refusal — or declared read-only.

The commands are enumerated from the Typer app, so a new command without a case here fails
:func:`test_every_command_has_a_case`. One demo CRM (``init --scale 8``) is shared by the module;
the cases run in order (``users bind`` binds the user ``users add`` created, ``kb edit`` edits
the script ``kb add`` added …).
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import typer
from sqlalchemy import func, select
from typer.testing import CliRunner

from assistant.cli import app
from assistant.compliance.models import ComplianceAlert
from assistant.config import override_settings
from assistant.crm.models import AuditLog, Customer, User
from assistant.db import session_scope
from tests.fakes.embeddings import FakeEmbeddingFunction

runner = CliRunner()
SHELL = "$shell"  # the OS user, role "shell"
ROLES = {"rep02": "rep", "qa01": "qa", "admin": "admin", "nobody": None, "gone": None}
CHAT = "客户：你们的价格太贵了。\n销售：我明天把新报价发给您。\n"
SCRIPT = (
    "---\nid: audit-probe\ntitle: 审计试探\nscenario: price_objection\nlanguage: zh\n---\n"
    "## 适用情境\n客户嫌贵。\n\n## 话术\n我们可以一起看看总成本。\n"
)
WORDS = "审计专用禁词甲\n审计专用禁词乙\n"
CONTENTS = ("价格太贵", "一起看看总成本", "审计专用禁词", "王总那边的管道")  # never in a row's arguments


@dataclass
class World:
    """The shared CRM: settings, input files and a few ids the cases need."""

    settings: dict[str, Any]
    root: Path
    ids: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, name: str) -> str:
        return self.ids[name] if name in self.ids else str(self.root / name)


@dataclass(frozen=True)
class Case:
    """One run of a command and the audit row it must write."""

    path: str
    args: Callable[[World], list[str]]
    action: str
    login: str
    outcome: str
    input: str | None = None

    @property
    def name(self) -> str:
        return f"{self.path}:{self.outcome}:{self.login}"


CASES = [
    Case("init", lambda w: ["init", "--scale", "8", "--today", "2026-11-25"], "init", SHELL, "ok"),
    Case("export", lambda w: ["export", w["export"]], "export", SHELL, "ok"),
    Case("export", lambda w: ["export", w["chat.txt"] + "/sub"], "export", SHELL, "error"),
    Case("import", lambda w: ["import", w["export"] + "/teams.csv"], "import", SHELL, "ok"),
    Case("import", lambda w: ["import", w["bad/customers.csv"]], "import", SHELL, "error"),
    Case("users add", lambda w: ["users", "add", "auditee", "--name", "审计", "--role", "admin"],
         "users.add", SHELL, "ok"),
    Case("users add", lambda w: ["users", "add", "AUDITEE", "--name", "又一个", "--role", "admin"],
         "users.add", SHELL, "error"),
    Case("users bind", lambda w: ["users", "bind", "auditee", "--wecom", "wx-auditee"], "users.bind", SHELL, "ok"),
    Case("users passwd", lambda w: ["users", "passwd", "auditee", "--password", "a-long-enough-password"],
         "users.passwd", SHELL, "ok"),
    Case("users passwd", lambda w: ["users", "passwd", "nobody", "--password", "a-long-enough-password"],
         "users.passwd", SHELL, "not_found"),
    Case("users bind", lambda w: ["users", "bind", "rep02", "--wecom", "wx-auditee"],
         "users.bind", SHELL, "denied"),
    Case("ask", lambda w: ["ask", "--as", "rep02", "我的管道"], "ask", "rep02", "ok"),
    Case("ask", lambda w: ["ask", "--as", "nobody", "王总那边的管道"], "ask", "nobody", "denied"),
    Case("ask", lambda w: ["ask", "--as", "gone", "我的管道"], "ask", "gone", "denied"),
    Case("ask", lambda w: ["ask", "--as", "rep02", "--conversation", w["their_conversation"], "我的管道"],
         "ask", "rep02", "denied"),
    Case("chat", lambda w: ["chat", "--as", "rep02"], "chat", "rep02", "ok", input=""),
    Case("chat", lambda w: ["chat", "--as", "nobody"], "chat", "nobody", "denied", input=""),
    Case("summarize", lambda w: ["summarize", w["chat.txt"], "--as", "rep02", "-c", w["mine"], "--save", "--yes"],
         "summarize", "rep02", "ok"),
    Case("summarize", lambda w: ["summarize", w["chat.txt"], "--as", "rep02", "-c", w["theirs"], "--save", "--yes"],
         "summarize", "rep02", "denied"),
    Case("summarize", lambda w: ["summarize", w["chat.txt"], "--as", "rep02", "-c", "没有这家", "--save", "--yes"],
         "summarize", "rep02", "not_found"),
    Case("scan-file", lambda w: ["scan-file", w["archive.jsonl"]], "scan-file", SHELL, "ok"),
    Case("scan-file", lambda w: ["scan-file", w["bad.jsonl"]], "scan-file", SHELL, "error"),
    Case("alerts", lambda w: ["alerts", "--as", "qa01", "--json"], "alerts", "qa01", "ok"),
    Case("alerts", lambda w: ["alerts", "--as", "qa01", "--csv", w["alerts.csv"]], "alerts", "qa01", "ok"),
    Case("alerts", lambda w: ["alerts", "--json"], "alerts", SHELL, "error"),
    Case("alerts", lambda w: ["alerts", "--as", "rep02"], "alerts", "rep02", "denied"),
    Case("review-alert", lambda w: ["review-alert", w["alert"], "--status", "confirmed", "--as", "qa01"],
         "review-alert", "qa01", "ok"),
    Case("review-alert", lambda w: ["review-alert", w["alert"], "--status", "open", "--as", "rep02"],
         "review-alert", "rep02", "denied"),
    Case("review-alert", lambda w: ["review-alert", "99999", "--status", "open", "--as", "qa01"],
         "review-alert", "qa01", "not_found"),
    Case("kb ingest", lambda w: ["kb", "ingest", "--quiet"], "kb.ingest", SHELL, "ok"),
    Case("kb ingest", lambda w: ["kb", "ingest", w["no-such-folder"]], "kb.ingest", SHELL, "error"),
    Case("kb add", lambda w: ["kb", "add", w["probe.md"], "--as", "admin"], "kb.add", "admin", "ok"),
    Case("kb add", lambda w: ["kb", "add", w["probe.md"], "--as", "rep02"], "kb.add", "rep02", "denied"),
    Case("kb edit", lambda w: ["kb", "edit", w["probe.md"], "--as", "admin"], "kb.edit", "admin", "ok"),
    Case("kb edit", lambda w: ["kb", "edit", w["probe.md"], "--as", "gone"], "kb.edit", "gone", "denied"),
    Case("lexicon import", lambda w: ["lexicon", "import", w["words.txt"], "--category", "audit_terms"],
         "lexicon.import", SHELL, "ok"),
    Case("lexicon import", lambda w: ["lexicon", "import", w["words.txt"], "--category", "Bad-Name"],
         "lexicon.import", SHELL, "error"),
    Case("lexicon reload", lambda w: ["lexicon", "reload"], "lexicon.reload", SHELL, "ok"),
    Case("backup", lambda w: ["backup", w["backup.tar.gz"]], "backup", SHELL, "ok"),
    Case("backup", lambda w: ["backup", w["bad"]], "backup", SHELL, "error"),
    Case("restore", lambda w: ["restore", "--yes", w["chat.txt"]], "restore", SHELL, "error"),
    Case("restore", lambda w: ["restore", "--yes", w["backup.tar.gz"]], "restore", SHELL, "ok"),
]

NO_REFUSAL = {
    "init": "no identity and no input to reject: it creates or upgrades the schema",
    "lexicon reload": "fails only on a broken lexicon file, which would break the other cases; covered as error",
}

NOT_AUDITED: dict[str, tuple[str, Callable[[World], list[str]] | None]] = {
    "db stats": ("read-only counts, no identity", lambda w: ["db", "stats", "--json"]),
    "users list": ("read-only, no identity", lambda w: ["users", "list", "--json"]),
    "kb search": ("read-only library search, no identity", lambda w: ["kb", "search", "嫌贵", "--json"]),
    "kb show": ("read-only, no identity", lambda w: ["kb", "show", "audit-probe"]),
    "kb stats": ("read-only, no identity", lambda w: ["kb", "stats", "--json"]),
    "scan": ("checks text, stores nothing, no identity", lambda w: ["scan", "明天发货"]),
    "transcribe": ("prints a transcript, stores nothing", lambda w: ["transcribe", w["missing.wav"]]),
    "lexicon validate": ("read-only", lambda w: ["lexicon", "validate"]),
    "doctor": ("read-only checks, no identity", lambda w: ["doctor", "--only", "config"]),
    "serve": ("starts the server (its requests are audited by what they do)", None),
    "worker": ("runs queued tasks (each is audited by what it does)", None),
    "telegram-poll": ("receives Telegram updates (each message is audited by what it does)", None),
    "ask-worker status": ("reports the warm ask worker, no data", lambda w: ["ask-worker", "status"]),
    "ask-worker stop": ("stops the warm ask worker, no data", lambda w: ["ask-worker", "stop"]),
    "ask-worker serve": ("runs the warm ask worker (each question is audited as `ask`)", None),
}


def command_paths(command: Any, prefix: str = "") -> list[str]:
    """Every leaf command of the Typer app (a Click command tree), as ``"users add"``."""
    if hasattr(command, "commands"):
        return [p for name, sub in command.commands.items() for p in command_paths(sub, f"{prefix} {name}")]
    return [prefix.strip()]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("audit")
    data = root / "data"
    settings = dict(environment="test", data_dir=data, database_url=f"sqlite:///{data}/crm.db",
                    llm_provider="offline", scripts_dir=root / "scripts")
    w = World(settings, root)
    (root / "chat.txt").write_text(CHAT, encoding="utf-8")
    (root / "probe.md").write_text(SCRIPT, encoding="utf-8")
    (root / "words.txt").write_text(WORDS, encoding="utf-8")
    (root / "bad").mkdir()
    (root / "bad" / "customers.csv").write_text("external_id,name_zh\nC9,坏\n", encoding="utf-8")
    (root / "bad.jsonl").write_text('{"id": "z"}\n', encoding="utf-8")
    (root / "scripts" / "price_objection").mkdir(parents=True)
    (root / "scripts" / "price_objection" / "seed.md").write_text(
        SCRIPT.replace("audit-probe", "audit-seed"), encoding="utf-8"
    )
    with override_settings(**settings):
        assert runner.invoke(app, ["init", "--scale", "8", "--today", "2026-11-25"]).exit_code == 0
        with session_scope() as s:
            s.add(User(login="gone", display_name="离职", role="admin", active=False))
            rep, other = (s.scalar(select(User).where(User.login == login)) for login in ("rep02", "rep05"))
            owned = {c.owner_id: c.external_id for c in s.scalars(select(Customer))}
            w.ids.update(mine=owned[rep.id], theirs=owned[other.id], their_conversation=f"cli:ask:{other.id}")
            w.ids["alert"] = str(s.scalar(select(func.min(ComplianceAlert.id))))
    archive = [
        {"id": f"a{i}", "time": f"2026-11-2{i}T10:00:00+08:00", "rep": "rep02", "customer": w["mine"],
         "direction": "out", "text": text}
        for i, text in enumerate(("下周三发货", "这个认证我们包过"), start=3)
    ]
    (root / "archive.jsonl").write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in archive), "utf-8")
    return w


@pytest.fixture
def shared(world: World, _isolated_settings: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:
    """Point the settings at the shared CRM; the script store embeds with the fast fake."""
    monkeypatch.setattr("knowledge.store.get_embedding_function", lambda settings=None: FakeEmbeddingFunction())
    with override_settings(**world.settings):
        yield world


def _last_id() -> int:
    with session_scope() as s:
        return s.scalar(select(func.max(AuditLog.id))) or 0


def _rows_after(row_id: int) -> list[AuditLog]:
    with session_scope() as s:
        rows = list(s.scalars(select(AuditLog).where(AuditLog.id > row_id).order_by(AuditLog.id)))
        s.expunge_all()
    return rows


def test_every_command_has_a_case() -> None:
    commands = set(command_paths(typer.main.get_command(app)))
    audited = {c.path for c in CASES}
    refused = {c.path for c in CASES if c.outcome != "ok"}
    assert commands - audited - set(NOT_AUDITED) == set(), "commands without an audit case"
    assert audited | set(NOT_AUDITED) <= commands, "cases of commands that no longer exist"
    assert not audited & set(NOT_AUDITED)
    assert {c.path for c in CASES if c.outcome == "ok"} == audited, "every audited command needs a run that works"
    assert audited - refused == set(NO_REFUSAL), "every audited command needs a refused run (or a reason)"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_command_writes_one_audit_row(case: Case, shared: World) -> None:
    before = 0 if case.action == "restore" else _last_id()  # a restore rewinds the ids: its row is the only one
    result = runner.invoke(app, case.args(shared), input=case.input)
    assert (result.exit_code == 0) == (case.outcome == "ok"), result.output
    rows = [r for r in _rows_after(before) if r.action == case.action]
    assert len(rows) == 1, (result.output, [(r.action, r.outcome) for r in _rows_after(before)])
    row = rows[0]
    shell = case.login == SHELL
    assert (row.login, row.outcome) == (getpass.getuser() if shell else case.login, case.outcome), row.detail
    assert row.role == ("shell" if shell else ROLES[case.login]), "the role, or none for an identity not resolved"
    assert row.at is not None and row.channel == "cli"
    if case.outcome != "ok":
        assert row.detail, "a refusal records why"
    stored = json.dumps([row.arguments, row.detail], ensure_ascii=False)
    assert not any(text in stored for text in CONTENTS), stored


@pytest.mark.parametrize("path", [p for p, (_, args) in NOT_AUDITED.items() if args], ids=str)
def test_read_only_commands_write_no_row(path: str, shared: World) -> None:
    before = _last_id()
    runner.invoke(app, NOT_AUDITED[path][1](shared))
    assert _rows_after(before) == []


def test_summarize_without_identity_writes_no_row(shared: World) -> None:
    before = _last_id()
    assert runner.invoke(app, ["summarize", shared["chat.txt"]]).exit_code == 0
    assert _rows_after(before) == []
