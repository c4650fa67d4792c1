"""Summarising a transcript: quotes carry the recording time, offsets index the rendered transcript."""

from __future__ import annotations

import datetime as dt

from assistant.summaries import summarize_transcript
from assistant.voice.transcript import Segment, Transcript


def test_quotes_get_recording_times() -> None:
    transcript = Transcript(
        language="zh",
        duration_s=130,
        model="base",
        segments=[
            Segment(start=0.0, end=4.0, text="你好，最近怎么样", speaker="sales"),
            Segment(start=65.5, end=70.0, text="你们的价格太贵了", speaker="customer"),
            Segment(start=120.0, end=125.0, text="我明天把新报价发给您", speaker="sales"),
        ],
    )
    summary, text = summarize_transcript(transcript, today=dt.date(2024, 3, 6))
    assert text.splitlines()[1] == "客户：你们的价格太贵了"
    assert summary.source_kind == "call"
    risk = summary.risks[0]
    assert risk.category == "price" and risk.quotes[0].timestamp == "01:05"
    step = summary.next_steps[0]
    assert step.owner == "we" and step.due == dt.date(2024, 3, 7) and step.quotes[0].timestamp == "02:00"
    assert summary.verify_against(text) == []
