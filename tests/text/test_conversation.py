"""Parsing pasted conversations: offsets, speakers, roles, chat-export timestamps, email threads."""

from __future__ import annotations

import datetime as dt

from assistant.text.conversation import parse_conversation

WECOM = """李娜 2024-03-05 09:12:03
王总您好，样品收到了吗？
王建国 2024-03-05 10:30:45
收到了，质量不错。你们的报价什么时候发？
"""

EMAIL = """From: Anna Schmidt <anna@hausdeko.de>
Sent: Monday, March 18, 2024 9:14 AM
Subject: RE: quotation

Hi Kevin,
We need 3000 boxes. Please send the quote.

Best regards,
Anna
Purchasing Manager

> On Friday Kevin wrote:
> Thank you for your interest.
"""


def test_every_sentence_indexes_the_source() -> None:
    for text in (WECOM, EMAIL, "客户：价格太贵了！销售：我们可以谈。\n\n  no labels here. second one?"):
        parsed = parse_conversation(text)
        assert parsed.sentences
        for s in parsed.sentences:
            assert text[s.start : s.end] == s.text


def test_wecom_export_speakers_roles_and_dates() -> None:
    parsed = parse_conversation(WECOM)
    assert parsed.kind == "chat"
    assert [(s.speaker, s.role) for s in parsed.sentences][:2] == [("李娜", "we"), ("王建国", "customer")]
    assert parsed.sentences[0].timestamp == "2024-03-05 09:12"
    assert parsed.last_date == dt.date(2024, 3, 5)
    assert not any("2024-03-05" in s.text for s in parsed.sentences)  # header lines are not content


def test_known_rep_name_marks_our_side() -> None:
    parsed = parse_conversation("Tom: hi\nJerry: hello\nTom: ok", we_names=("Jerry",))
    assert {s.speaker: s.role for s in parsed.sentences} == {"Tom": "customer", "Jerry": "we"}


def test_email_skips_headers_and_signature_and_keeps_quotes_with_their_author() -> None:
    parsed = parse_conversation(EMAIL)
    assert parsed.kind == "email"
    texts = [s.text for s in parsed.sentences]
    assert "We need 3000 boxes." in texts and "Please send the quote." in texts
    assert not any("Purchasing" in t or "Subject" in t for t in texts)
    anna = [s for s in parsed.sentences if s.speaker == "Anna Schmidt"]
    assert anna[0].role == "customer" and anna[0].date == dt.date(2024, 3, 18) and not anna[0].quoted
    kevin = [s for s in parsed.sentences if s.speaker == "Kevin"]  # "> On Friday Kevin wrote:"
    assert [s.text for s in kevin] == ["Thank you for your interest."] and kevin[0].quoted


def test_role_labels() -> None:
    parsed = parse_conversation("客户：太贵了。\n销售：可以打九折。\nCustomer: fine")
    assert [s.role for s in parsed.sentences] == ["customer", "we", "customer"]


def test_a_name_with_its_company_in_brackets_is_a_speaker_label() -> None:
    chat = (
        "Oskar Lind (Nordvik Outdoor Supply AB): hi, did the tent samples ship?\n"
        "Amy Zhao: yes, yesterday\n"
        "王建国（杭州市西湖区宏达五金贸易有限公司采购部）：报价我们收到了。\n"
        "- Office chair (mesh back, black): 1,200 pcs\n"
    )
    speakers = [s.speaker for s in parse_conversation(chat).sentences]
    assert speakers[:3] == [
        "Oskar Lind (Nordvik Outdoor Supply AB)",
        "Amy Zhao",
        "王建国（杭州市西湖区宏达五金贸易有限公司采购部）",
    ]
    assert parse_conversation(chat).sentences[-1].text.startswith("- Office chair")  # a bullet, no speaker
