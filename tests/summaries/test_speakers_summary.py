"""Speakers reach the summariser: sides from the CRM, the unattributed caveat, transcript flags, ``--as``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
import typer
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from assistant.cli import voice
from assistant.config import override_settings
from assistant.crm.models import Contact
from assistant.summaries.service import summarize_text, summarize_transcript
from assistant.summaries.speakers import Directory, Person
from assistant.voice.quality import TranscriptFlag
from assistant.voice.transcript import Segment, Transcript

AUDIO = Path(__file__).resolve().parent.parent / "fixtures" / "audio"
DAY = dt.date(2026, 11, 26)

THREAD = """From: Grace Lin  25 Nov 2026 14:22
Subject: RE: late container

Dear Oliver,
I will escalate this and send you a written plan by tomorrow 12:00 UK.

Kind regards,
Grace Lin

-----Original Message-----
From: Oliver Hart <oliver@northwind-home.co.uk>
Sent: Monday, November 24, 2026 5:40 PM

Grace,
The second container is two weeks late.
"""


def test_email_sides_reach_the_summary() -> None:
    summary = summarize_text(
        THREAD, today=DAY, engine="offline", directory=Directory(ours=(Person("Grace Lin"),))
    )
    plan = next(s for s in summary.next_steps if "written plan" in s.action)
    assert plan.owner == "we" and plan.due == dt.date(2026, 11, 26)  # "tomorrow" from the email's own date
    assert plan.quotes[0].speaker == "Grace Lin" and not summary.caveats


def test_unattributed_owners_are_said() -> None:
    text = "Speaker 1: Hello.\nSpeaker 2: We will send the contract tomorrow.\nSpeaker 3: OK."
    summary = summarize_text(text, today=DAY, engine="offline", language="en")
    assert summary.next_steps and summary.next_steps[0].owner == "unknown"
    assert [c.kind for c in summary.caveats] == ["unattributed"]
    assert summary.caveats[0].text.startswith("Owners could not be attributed for 1 sentence")


def test_transcript_flags_become_caveats() -> None:
    flag = TranscriptFlag(kind="repetition", start=3, end=9, detail="«若不方便» ×8", text="若不方便")
    seg = Segment(start=3, end=9, text="若不方便", flags=[flag])
    t = Transcript(
        language="zh",
        duration_s=9,
        model="x",
        segments=[Segment(start=0, end=3, text="客户：价格太贵了", speaker="customer"), seg],
        flags=[flag],
    )
    summary, text = summarize_transcript(t, today=DAY, engine="offline")
    assert "〔重复×8，已合并〕" in text
    assert [(c.kind, c.start) for c in summary.caveats] == [("repetition", 3)]
    assert "00:03–00:09" in summary.caveats[0].text


def test_cli_uses_the_crm_directory(session: Session, crm: SimpleNamespace, tmp_path: Path) -> None:
    session.add(Contact(customer_id=crm.acme.id, name="王建国", title="总经理"))
    session.commit()
    chat = tmp_path / "chat.txt"
    chat.write_text(
        "李娜 2026-11-24 10:15\n王总您好。\n王总 2026-11-24 10:20\n下周三前把报价单发我\n", encoding="utf-8"
    )
    app = typer.Typer()
    voice.register(app)
    result = CliRunner().invoke(
        app, ["summarize", str(chat), "--as", "rep01", "--customer", "宏达", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["caveats"] == []
    assert [s["quotes"][0]["speaker"] for s in data["next_steps"]] == ["王总"]


@pytest.mark.slow
def test_english_recording_summarised_as_a_chinese_speaking_rep(
    session: Session, crm: SimpleNamespace, base_model_dir: Path
) -> None:
    assert crm.users["rep01"].language == "zh"
    app = typer.Typer()
    voice.register(app)
    with override_settings(whisper_model=str(base_model_dir)):
        result = CliRunner().invoke(
            app, ["summarize", str(AUDIO / "en_price.ogg"), "--as", "rep01", "--json", "--date", "2026-11-24"]
        )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source_kind"] == "call" and data["language"] == "en"
    assert any("price" in q["text"].lower() for r in data["risks"] for q in r["quotes"])
