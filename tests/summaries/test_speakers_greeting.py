"""A writer nothing else attributes, who opens by greeting one of our people, is the customer."""

from __future__ import annotations

import datetime as dt

from assistant.summaries import summarize_text

EMAIL = (
    "From: Julia Braun\nSent: 4 Dec 2026 08:30\nTo: Kevin Zhao\n\nHi Kevin,\n\n"
    "Could you send your best final offer by next Wednesday?\n\nJulia"
)


def test_greeting_our_rep_makes_the_writer_the_customer() -> None:
    summary = summarize_text(EMAIL, today=dt.date(2026, 12, 4), engine="offline", we_names=("Kevin Zhao",))
    (step,) = summary.next_steps
    assert step.owner == "we" and step.due == dt.date(2026, 12, 9)  # she asks us: the step is ours


def test_without_our_names_the_writer_stays_unattributed() -> None:
    summary = summarize_text(EMAIL, today=dt.date(2026, 12, 4), engine="offline")
    assert [s.owner for s in summary.next_steps] == ["unknown"]
