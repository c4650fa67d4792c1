"""Record ids split over lines or messages after an id label are no contacts; split private phones still are.

Sentences written for this test, not taken from any eval set.
"""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text
from assistant.compliance.conversation import split_contact_hits
from assistant.compliance.semantic import deep_scan


def _phones(text: str) -> list[str]:
    return [h.matched for h in scan_text(text).hits if h.rule == "phone"]


@pytest.mark.parametrize(
    "text",
    [
        "工单号码\n1583\n2290\n417\n请记好，方便查询。",
        "您的工单号码如下\n1372\n6601\n954",
        "订单号码：\n139 0088\n2713",
        "快递单号\n1581\n0034\n772",
        "Your ticket number is below\n139 4402 8817",
        "Your order number is\n1375 0092 416",
        "Container 13912345678 is at the yard.",
        "集装箱号 1381 2345 678 已到港。",
        "HS code 13912345678 applies to this valve.",
        "Confirmation number 15800227341, keep it for your records.",
        "B/L 13701928834 was released this morning.",
        "提单号 13588120934 已电放。",
        "Booking ref\n1390 1234 567",
        "Item 15800001200 is sold out; please take 15800001201 instead.",
        "Part 13622-0198-04 supersedes the old casting.",
        "The purchase order got a long number, 18677120345, put it on the invoice.",
    ],
)
def test_a_number_after_an_id_label_is_no_contact(text: str) -> None:
    assert _phones(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "手机 139\n0021\n7788",
        "my cell: 137 / 2288 / 1045",
        "工单号码\n我的手机\n139 1234 5678",
        "Ticket closed, call me\n139 1234 5678",
        "booking done. my cell is 13912345678",
        "订单号 13812345678 已发货；我手机 13912345678",
        "For my part, call me at 139 1234 5678",
    ],
)
def test_a_split_private_phone_still_alerts(text: str) -> None:
    assert _phones(text) != []


def test_an_id_label_in_an_earlier_message_names_the_split_number() -> None:
    assert split_contact_hits(["您的工单号码", "1583"], "2290 417") == []
    assert split_contact_hits(["Tracking number:", "1391 2345"], "678") == []


def test_a_phone_split_over_messages_still_alerts() -> None:
    assert split_contact_hits(["我手机", "139 1234"], "5678") != []
    assert split_contact_hits(["text my cell", "137 2288"], "1045") != []


@pytest.mark.parametrize(
    "text",
    [
        "Your RMA is RMA-418820, please print it on the box.",
        "Claim CLM-30217 is approved; a replacement ships Friday.",
        "请在箱子外面写上退货号 RMA-771029。",
    ],
)
def test_an_rma_style_token_is_no_violation(text: str) -> None:
    assert deep_scan(text).hits == ()
