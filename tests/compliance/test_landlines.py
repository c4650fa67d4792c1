"""European office landlines with "+" in a company signature are company lines; personal mobiles still alert."""

from __future__ import annotations

import pytest

from assistant.compliance.landlines import company_landline
from assistant.compliance.matcher import get_matcher
from assistant.compliance.normalize import detect_table

COMPANY_LINES = [
    "Best regards, Hans Müller, Sales Dept, ACME GmbH, Tel +49 30 12345678",
    "Siège social Paris, standard +33 1 42 68 53 00",
    "Kind regards, Sarah | ACME Ltd | T: +44 20 7123 4567 | www.acme.co.uk",
    "ACME Ltd | +44 (0)20 7946 0958 | London",
    "Zentrale: +49 (0)89 1234 5678",
    "Standard : +33 (0)1 40 20 50 50 — ACME SAS",
]
PERSONAL = [
    "personal mobile, call me on +44 7700 900123",
    "my own handy +49 151 23456789, call me there",
    "mon portable perso +33 6 12 34 56 78",
    "Best regards, ACME Ltd. My mobile +44 7700 900123",
    "ACME GmbH — Tel +49 30 12345678, privat +49 160 1234567",
    "Call my own line +44 20 7946 0958 after hours",
    "call me on +44 (0)20 7946 0958, that's my home phone",
]
NOT_CONTACTS = [
    "订单号 20251203456789 已发货",
    "Order #4412 3390 1288 shipped on 2025-12-03",
    "Invoice INV-2025-000123, amount USD 13,800.00",
    "记录编号 13812345678 的工单已关闭",
    "Ticket 558812 closed on 03/12/2025",
    "合同号 HT-2025-0088，金额 ¥128,000",
]


@pytest.mark.parametrize("text", COMPANY_LINES + NOT_CONTACTS)
def test_company_lines_and_record_numbers_are_not_contacts(text: str) -> None:
    assert get_matcher().contacts(text) == []


@pytest.mark.parametrize("text", PERSONAL)
def test_personal_numbers_still_alert(text: str) -> None:
    assert [h.rule for h in get_matcher().contacts(text)] != []


def test_company_landline_reads_the_numbering_plan() -> None:
    def check(text: str) -> bool:
        folded = text.translate(detect_table())
        start = folded.index("+")
        return company_landline(folded, start, len(folded.rstrip()))

    assert check("ACME GmbH Tel +49 30 1234567")
    assert not check("ACME GmbH Tel +49 170 1234567")  # a German mobile
    assert not check("ACME Ltd +44 7700 900123")  # a UK mobile
    assert not check("+44 20 7946 0958")  # no company cue
    assert not check("ACME Ltd, my private line +44 20 7946 0958")  # a personal cue
    assert not check("ACME Inc +1 212 555 0134")  # not a listed country


@pytest.mark.parametrize(
    "text",
    [
        "Kundennummer 15112345678",
        "Auftrag 17612345678 vom 03.12.2025",
        "SN 13912345678",
        "we shipped 13812345678 units last year",
        "回款 13912345678 元已到账",
        "commande n° 0612345678 expédiée",
    ],
)
def test_foreign_record_words_and_units_mark_numbers_as_not_contacts(text: str) -> None:
    assert get_matcher().contacts(text) == []


@pytest.mark.parametrize(
    "text",
    ["Handynummer: +49 171 2345678", "13912345678个人号，加我", "Telefonnummer privat +49 160 1234567"],
)
def test_contact_words_that_look_like_record_words_still_alert(text: str) -> None:
    assert get_matcher().contacts(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "ACME Co., Ltd. Tel: +86 21 6123 4567",
        "上海某某有限公司 电话 +86-21-61234567",
        "ACME Pty Ltd, +61 2 9876 5432",
        "Regards, ACME Pte Ltd, +65 6123 4567",
        "my office number is +86 21 6123 4567",
    ],
)
def test_asian_and_australian_company_lines_are_not_contacts(text: str) -> None:
    assert get_matcher().contacts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "我的私人座机 +86 21 6123 4567，公司不知道",  # an office word, but a personal cue first
        "+86 138 1234 5678 ACME Co., Ltd.",
        "ACME Ltd, +852 9123 4567",
        "ACME Ltd, my home number +44 20 7946 0958",
    ],
)
def test_personal_cues_and_mobiles_beat_company_cues(text: str) -> None:
    assert get_matcher().contacts(text) != []
