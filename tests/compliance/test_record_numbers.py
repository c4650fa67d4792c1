"""Serial, drawing, case, RMA, ticket, batch and tracking numbers and company lines are no contacts; private ones are."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text


def _phones(text: str) -> list[str]:
    return [h.matched for h in scan_text(text).hits if h.rule == "phone"]


# Written for this test, not taken from any eval set.
@pytest.mark.parametrize(
    "text",
    [
        "序列号范围 13812345678 到 13812345699 的设备需要召回。",
        "Serial numbers 4155550100 through 4155550199 are affected.",
        "图号 139-2345-6789 的零件已更新。",
        "Drawing no. 415-555-0142 rev B attached.",
        "案件编号 13712345678，请保留。",
        "RMA 4155550123 has been approved.",
        "Ticket 6505550148 is closed.",
        "批次号 15912345678 的货已出库。",
        "Tracking number 7735550146 shows delivered.",
        "运单号\n13812345678\n请查收。",
        "Call our hotline 1-800-555-0199 for support.",
        "Our toll-free line is 1-888-555-0147.",
        "You can reach our Chicago office at +1 (312) 555-0176.",
        "Company main line: +1 (212) 555-0123.",
        "Case #: 415 555 0177; call my cell for updates",
        "Order 4155550123 shipped",
        "工单编号：138\n1234\n5678",
        "RMA:\n1391234\n5678",
        "Tracking #\n415 555 0123",
    ],
)
def test_a_record_number_or_company_line_is_no_contact(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "加我私人手机 13812345678 详聊。",
        "text my cell 415-555-0134 tonight",
        "Reach me on my cell (650) 555 0111 after 6.",
        "WhatsApp me at 415 555 0134",
        "My personal number is +1 (415) 555-0188, text me.",
        "序列号 SN-001 的事回头说，我私人手机 13912345678",
        "我的手机\n138 1234\n5678",
    ],
)
def test_a_private_number_still_alerts(text: str) -> None:
    assert _phones(text) != []


def test_a_label_alone_on_its_line_names_only_the_next_number() -> None:
    assert _phones("图号\n13912345678\n我私人手机 13712345678") == ["13712345678"]


# Customer, member, account and invoice references shaped like mobiles; written for this test.
@pytest.mark.parametrize(
    "text",
    [
        "Your account ref is 1372 6610 948; please quote it on the remittance.",
        "Customer number 1586 2203 417 has been merged with the old record.",
        "客户号 15900213348 的资料已更新。",
        "会员号：13622018890，积分下月到账。",
        "发票号 13544102267 请财务核对。",
        "our ref 18801234765, your ref PO-2231",
        "Membership no. 1357 2468 009 renews in May.",
    ],
)
def test_a_reference_label_names_no_contact(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "客户号 15900213348 已更新，有事打我手机 13712345678",
        "Add me, my WhatsApp account number is 13812345678",
        "customer no. C-2231, call me at 13912345678",
    ],
)
def test_a_contact_after_a_reference_still_alerts(text: str) -> None:
    assert _phones(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Customers in Ireland can reach our help desk on +353 1 555 0142.",
        "Our service desk: 020 7946 0321, weekdays 9 to 5.",
        "Support desk for EU orders: +49 30 5550 1234",
    ],
)
def test_a_desk_line_is_a_company_line(text: str) -> None:
    assert _phones(text) == []


def test_a_mobile_after_a_desk_word_still_alerts() -> None:
    assert _phones("Skip the help desk, text my mobile 13812345678") != []
