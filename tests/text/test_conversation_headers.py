"""Speaker labels with a bracket (:mod:`assistant.text.conversation_headers`): a field head is no speaker."""

from __future__ import annotations

import pytest

from assistant.text.conversation import parse_conversation
from assistant.text.conversation_headers import is_label_name


@pytest.mark.parametrize(
    "name",
    ["Unit price (EUR)", "Note (draft)", "Total (incl. VAT)", "交期（第一批）", "备注（内部）", "数量（箱）"],
)
def test_a_field_head_before_a_bracket_is_no_speaker(name: str) -> None:
    assert not is_label_name(name)


@pytest.mark.parametrize("name", ["Marco (Alpine Outfitters)", "程立新（华北冷链）"])
def test_a_person_with_a_company_in_brackets_is_a_speaker(name: str) -> None:
    assert is_label_name(name)


def test_a_field_line_keeps_the_previous_speaker() -> None:
    parsed = parse_conversation("Marco (Alpine Outfitters): here is the offer\nQty (pcs): 400\n")
    assert [s.speaker for s in parsed.sentences] == ["Marco (Alpine Outfitters)", "Marco (Alpine Outfitters)"]


def test_a_name_its_time_and_a_colon_start_a_message() -> None:
    parsed = parse_conversation("【采购群】\n鲍文清 10:05：清单我发一下：切片机2台。\nNora Vance 10:07: fine by me\n")
    assert [(s.speaker, s.text) for s in parsed.sentences if s.speaker] == [
        ("鲍文清", "清单我发一下：切片机2台。"),
        ("Nora Vance", "fine by me"),
    ]


def test_an_outline_number_is_no_part_of_the_sentence() -> None:
    text = "3.4 Price: Chenyi offered SAR 36,000.\n2.5 million is the cap.\n"
    parsed = parse_conversation(text)
    assert [s.text for s in parsed.sentences] == ["Price: Chenyi offered SAR 36,000.", "2.5 million is the cap."]
    assert all(text[s.start : s.end] == s.text for s in parsed.sentences)


def test_a_minutes_project_line_is_a_field_not_a_speaker() -> None:
    parsed = parse_conversation("Project: Kettles for the Harbour Hotel\nMs. Lund confirmed 60 kettles.\n")
    assert [s.speaker for s in parsed.sentences] == [None, None]


def test_a_schedule_line_or_a_leading_figure_is_no_sender_and_no_outline() -> None:
    parsed = parse_conversation("行程\n集合 7:30：酒店大堂\nLunch 12:00: at the hotel\n")
    assert parsed.kind == "text" and all(s.speaker is None for s in parsed.sentences)
    parsed = parse_conversation("Anna: 12.5 EUR per box is our best price.\n3.5 吨的叉车要两台\n")
    assert [s.text for s in parsed.sentences] == ["12.5 EUR per box is our best price.", "3.5 吨的叉车要两台"]


def test_an_outline_number_before_a_code_or_acronym_heading_goes_too() -> None:
    parsed = parse_conversation("3.4 PM-12: quoted at SAR 38,000 per monitor.\n4.5 MDMA: the beds hold one.\n")
    assert [s.text for s in parsed.sentences] == ["PM-12: quoted at SAR 38,000 per monitor.", "MDMA: the beds hold one."]


def test_a_one_word_name_before_its_time_is_a_sender_and_a_programme_item_is_not() -> None:
    parsed = parse_conversation("Tom 09:14: need 20 chairs\nKevin 09:20: EUR 80 each\n签到处 8:30：一楼大厅\n")
    assert [s.speaker for s in parsed.sentences] == ["Tom", "Kevin", "Kevin"]


def test_a_chat_line_with_a_weekday_a_day_and_month_and_a_twelve_hour_time_names_its_sender() -> None:
    parsed = parse_conversation(
        "Mon 3 Mar, 9:05am - Pilar (Casa Verde Hostels): morning! we need 40 bunk beds\n"
        "Mon 3 Mar, 9:20am - Tang Yue (Chenyi Trading): Hi Pilar, the BB-90 is 210 each\n"
    )
    speakers = list(dict.fromkeys(s.speaker for s in parsed.sentences))
    assert speakers == ["Pilar (Casa Verde Hostels)", "Tang Yue (Chenyi Trading)"]
    assert parsed.sentences[0].text.startswith("morning!")


def test_a_yearless_programme_line_of_notes_names_no_sender() -> None:
    parsed = parse_conversation("Notes\nMay 3, 10:00 - Site visit: we checked the pumps\nAnna: fine\n")
    assert [(s.speaker, s.text) for s in parsed.sentences][-1] == ("Anna", "fine")
    assert all(s.speaker != "Site visit" for s in parsed.sentences)


def test_a_yearless_programme_item_with_a_capitalised_event_names_no_sender() -> None:
    parsed = parse_conversation("Agenda\nThu 14 May, 9:30am - Factory Tour: meet at gate 2\nWed 4 Mar, 14:00 - Lunch: at the hotel\n")
    assert all(s.speaker is None for s in parsed.sentences)


def test_a_month_dot_day_and_time_before_a_name_starts_a_message() -> None:
    parsed = parse_conversation("9.13 20:41 祁若溪：院长晚上好～笼子的报价发您了\n9.13 21:07 卓院长：看了 一组2980？？\n")
    assert list(dict.fromkeys(s.speaker for s in parsed.sentences)) == ["祁若溪", "卓院长"]
    assert parsed.sentences[0].timestamp == "2000-09-13 20:41"  # month and day; the year is the conversation's
