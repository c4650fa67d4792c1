"""Record ids, order numbers, dates, amounts and SKUs are not contact details; spelled and split numbers are."""

from __future__ import annotations

import pytest

from assistant.compliance import scan_text
from assistant.compliance.conversation import split_contact_hits
from assistant.compliance.numbers import expand_repeats


def _contacts(text: str) -> list[str]:
    return [h.matched for h in scan_text(text).hits if h.rule != "lexicon" and h.rule != "combo"]


@pytest.mark.parametrize(
    "text",
    [
        "订单 SO-0000870 已经发货，物流单号 SF1384567890123",
        "客户 C00041 本月下单 3 次，合计 ¥138,456.00",
        "线索 L00010 跟进记录已更新，下次回访 2026-11-25 10:30",
        "alert 15 2026-11-25 10:30 已处理",
        "告警 #13812345678 已关闭",
        "SKU ELE-006 库存 1382 件，单价 13.8 元",
        "客户编号 13800000001 的档案已归档",
        "合同号 13812345678 已盖章",
        "INV-13845678901 due 2026-12-31",
        "货款 USD 13,812,345 已于 11月25日 到账",
        "Order SO-0001384 shipped on 2026-11-25, tracking 1Z999AA10123456784",
        "零零零三号仓库还有货",
    ],
)
def test_ids_dates_and_amounts_are_not_phones(text: str) -> None:
    assert _contacts(text) == []


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("我电话 13812345678", "13812345678"),
        ("我手机1388三个八\n5678", "1388三个八\n5678"),  # a digit repeat and a line break
        ("电话 138 两个零 12 3456", "138 两个零 12 3456"),
        ("我电话一三九零零零\n一二三四五", "一三九零零零\n一二三四五"),
        ("加我 +44 7700 900123", "+44 7700 900123"),
    ],
)
def test_spelled_and_split_numbers_are_phones(text: str, matched: str) -> None:
    assert matched in _contacts(text)


def test_repeats_keep_the_length() -> None:
    assert expand_repeats("1383个8") == "138888" and expand_repeats("两个0") == "0 0"
    assert expand_repeats("3个8", keep_length=False) == "888" and expand_repeats("没有") == "没有"


def test_a_number_split_across_messages_is_joined() -> None:
    (hit,) = split_contact_hits(["我手机 138", "1234"], "5678")
    assert hit.rule == "phone" and hit.variant == "joined"
    assert (hit.start, hit.end, hit.matched) == (0, 4, "138\n1234\n5678")
    assert split_contact_hits(["订单 SO-0000870"], "数量 1234") == []
    assert split_contact_hits([], "13812345678") == []  # the message alone: the scan finds it


def test_contract_tracking_and_office_numbers_are_not_contacts() -> None:
    from assistant.compliance.matcher import scan_text

    assert scan_text("Contract 15912340000 is countersigned, amount USD 9,800").hits == ()
    assert scan_text("Tracking number 13765432109, arriving Thursday").hits == ()
    assert scan_text("您的工单号是 13611112222，可随时查询").hits == ()
    assert scan_text("If the driver gets lost, ring our front desk at +86 571 8765 4321").hits == ()
    assert scan_text(
        "office hours are over, text my mobile +86 137 0000 1234"
    ).hits  # a mobile stays personal


@pytest.mark.parametrize(
    "text",
    [
        "零件号 13812345678 请核对",
        "零件号：138-1234-5678",
        "料号 139 1234 5678，数量 200",
        "物料编码 15912345678 已录入",
        "物料编码为1581234 5678",
        "料号是 13812345678",
        "商品编码 13812345678",
        "请核对零件号13812345678和料号13912345678",
        "零件号 13812345678、13912345678 两种都要",
        "13812345678 是料号，不是电话",
        "Part number 13812345678 is in stock",
        "Part no. 138-1234-5678 ships Friday",
        "Part No: 138 1234 5678",
        "P/N 13812345678",
        "SKU: 138-1234-5678",
        "item code 13912345678",
        "Item code: 139 1234 5678 out of stock",
        "part numbers 13812345678 and 13912345678",
        "the SKU for the blue one is 13812345678",
        "Please reorder 138.1234.5678 (part no.)",
    ],
)
def test_a_labelled_part_number_is_not_a_phone(text: str) -> None:
    assert _contacts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "料号 A123 已发，我手机 13812345678",
        "SKU 见附件。13812345678",
        "零件号 X-1 的问题请打 13812345678",
        "料号的事加我 13812345678",
        "物料编码 A-1，有事找我13812345678",
        "call me on 13812345678 about the part number",
        "SKU list attached, whatsapp me 13812345678",
        "Part number? 13812345678",
        "SKU HX-1 sold out, my cell is 138 1234 5678",
        "零件号 +86 138 1234 5678",  # no part number carries a country code
    ],
)
def test_a_label_does_not_hide_a_phone_given_as_a_contact(text: str) -> None:
    assert _contacts(text)
