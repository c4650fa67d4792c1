"""``crm-assistant summarize`` and ``transcribe``: output, confirmation, identity checks, nothing written on error."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
import typer
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from assistant.cli import voice
from assistant.crm.models import Activity
from assistant.db import session_scope

AUDIO = Path(__file__).resolve().parent.parent / "fixtures" / "audio"
CHAT = "客户：你们的竹纤维浴巾太贵了，越南工厂便宜15%。\n销售：我下周三前把新报价发给您。\n"


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    voice.register(app)
    return app


@pytest.fixture
def chat_file(tmp_path: Path) -> Path:
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


def _activities(engine: Engine) -> int:
    with session_scope(engine) as s:
        return s.scalar(select(func.count(Activity.id)))


def test_summarize_prints_sections_with_quotes(cli: typer.Typer, chat_file: Path) -> None:
    result = CliRunner().invoke(cli, ["summarize", str(chat_file), "--date", "2024-03-06"])
    assert result.exit_code == 0, result.output
    # the default (learned) engine quotes each risk's own clause, verbatim
    assert "风险" in result.output and "「你们的竹纤维浴巾太贵了」" in result.output
    assert "「越南工厂便宜15%。」" in result.output
    assert "下一步" in result.output and "2024-03-13" in result.output


def test_summarize_with_the_word_list_engine_quotes_whole_sentences(
    cli: typer.Typer, chat_file: Path
) -> None:
    from assistant.config import override_settings

    with override_settings(summary_offline_model="lexicon"):  # SUMMARY_OFFLINE_MODEL=lexicon still works
        result = CliRunner().invoke(cli, ["summarize", str(chat_file), "--date", "2024-03-06"])
    assert result.exit_code == 0, result.output
    assert "风险" in result.output and "「你们的竹纤维浴巾太贵了，越南工厂便宜15%。」" in result.output
    assert "2024-03-13" in result.output


def test_summarize_json_from_stdin(cli: typer.Typer) -> None:
    result = CliRunner().invoke(cli, ["summarize", "-", "--json", "--date", "2024-03-06"], input=CHAT)
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1 and {r["category"] for r in data["risks"]} >= {"price", "competitor"}
    for item in data["risks"]:
        q = item["quotes"][0]
        assert CHAT[q["start"] : q["end"]] == q["text"]


def test_save_asks_and_writes_on_yes(
    cli: typer.Typer, chat_file: Path, engine: Engine, crm: SimpleNamespace
) -> None:
    args = [
        "summarize",
        str(chat_file),
        "--customer",
        "宏达贸易",
        "--as",
        "rep01",
        "--save",
        "--date",
        "2024-03-06",
    ]
    declined = CliRunner().invoke(cli, args, input="n\n")
    assert declined.exit_code == 1 and _activities(engine) == 0
    accepted = CliRunner().invoke(cli, args, input="y\n")
    assert accepted.exit_code == 0, accepted.output
    with session_scope(engine) as s:
        act = s.scalars(select(Activity)).one()
        assert act.customer_id == crm.acme.id and act.source == "ai" and act.content == CHAT
        assert act.summary["risks"]


def test_catalogue_from_the_crm_is_used(cli: typer.Typer, chat_file: Path, crm: SimpleNamespace) -> None:
    result = CliRunner().invoke(
        cli, ["summarize", str(chat_file), "--json", "--customer", "宏达", "--as", "rep01"]
    )
    facts = json.loads(result.stdout)["key_facts"]
    assert {"kind": "product", "sku": "TX-BT-01"}.items() <= next(
        f for f in facts if f["kind"] == "product"
    ).items()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--customer", "Nobody Ltd", "--as", "rep01", "--save", "--yes"], "no customer named"),
        (["--customer", "HausDeko", "--as", "rep01", "--save", "--yes"], "may not"),
        (["--customer", "宏达贸易", "--as", "ghost", "--save", "--yes"], "no active user"),
        (["--customer", "宏达贸易", "--save", "--yes"], "--save needs --customer and --as"),
        (["--customer", "宏达贸易", "--as", "qa01", "--save", "--yes"], "may not save"),
    ],
)
def test_errors_exit_non_zero_and_write_nothing(
    cli: typer.Typer, chat_file: Path, engine: Engine, crm: SimpleNamespace, extra: list[str], message: str
) -> None:
    result = CliRunner().invoke(cli, ["summarize", str(chat_file), *extra])
    assert result.exit_code != 0
    assert message in result.output
    assert _activities(engine) == 0


def test_manager_may_save_for_the_team(
    cli: typer.Typer, chat_file: Path, engine: Engine, crm: SimpleNamespace
) -> None:
    result = CliRunner().invoke(
        cli, ["summarize", str(chat_file), "-c", "宏达贸易", "--as", "mgr01", "--save", "-y"]
    )
    assert result.exit_code == 0, result.output
    assert _activities(engine) == 1


def test_binary_text_input_is_refused(cli: typer.Typer, tmp_path: Path) -> None:
    bad = tmp_path / "chat.txt"
    bad.write_bytes(b"\xff\xfe\x00\x81garbage")
    result = CliRunner().invoke(cli, ["summarize", str(bad)])
    assert result.exit_code == 1 and "not UTF-8" in result.output


def test_transcribe_unsupported_file(cli: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "memo.docx"
    path.write_bytes(b"PK")
    result = CliRunner().invoke(cli, ["transcribe", str(path)])
    assert result.exit_code == 1 and "unsupported file type .docx" in result.output


@pytest.mark.slow
def test_transcribe_and_summarize_a_recording(cli: typer.Typer, base_model_dir: Path) -> None:
    from assistant.config import override_settings

    with override_settings(whisper_model=str(base_model_dir)):
        result = CliRunner().invoke(cli, ["transcribe", str(AUDIO / "en_price.ogg"), "--json"])
        assert result.exit_code == 0, result.output
        assert "samples" in json.loads(result.stdout)["segments"][-1]["text"].lower()
        summary = CliRunner().invoke(
            cli, ["summarize", str(AUDIO / "en_price.ogg"), "--json", "--date", "2024-03-06"]
        )
    data = json.loads(summary.stdout)
    assert data["source_kind"] == "call" and data["risks"][0]["category"] == "price"
    assert data["risks"][0]["quotes"][0]["timestamp"] == "00:00"
    assert any(s["due"] == "2024-03-15" for s in data["next_steps"])  # "next Friday"


def test_re_run_after_saving_compares_with_the_summary_before_and_reads_activities(
    cli: typer.Typer, chat_file: Path, tmp_path: Path, engine: Engine, crm: SimpleNamespace
) -> None:
    who = ["--customer", "宏达贸易", "--as", "rep01"]
    first = CliRunner().invoke(
        cli, ["summarize", str(chat_file), *who, "--save", "-y", "--date", "2024-03-06"]
    )
    assert first.exit_code == 0, first.output
    note = "新报价已发给客户"
    with session_scope(engine) as s:
        s.add(
            Activity(
                customer_id=crm.acme.id,
                rep_id=crm.users["rep01"].id,
                type="email",
                channel="email",
                occurred_at=dt.datetime(2024, 3, 8, 9),
                content=note,
            )
        )
    later = tmp_path / "later.txt"
    later.write_text("客户：竹纤维浴巾的价格可以接受了。\n", encoding="utf-8")
    args = ["summarize", str(later), *who, "--date", "2024-03-14"]
    assert CliRunner().invoke(cli, [*args, "--save", "-y"]).exit_code == 0
    again = json.loads(CliRunner().invoke(cli, [*args, "--json"]).stdout)  # the same text, after saving
    assert again["changes"]["previous_date"] == "2024-03-06"
    step = next(s for s in again["changes"]["steps"] if "报价" in s["action"])
    assert (step["status"], step["evidence"]) == ("done", note)
