"""A minutes' attendee line ("Acme: Rita Gomez (buyer), Tom Hale (QA)") is a roster, never a speaker."""

from __future__ import annotations

import pytest

from assistant.text.conversation import parse_conversation
from assistant.text.roster_lines import lists_people


@pytest.mark.parametrize(
    "text",
    [
        "Rita Gomez (buyer), Tom Hale (QA)",
        "Mr. Fu Chengze (regional manager), Li Na (account manager), Ms. Yan Qiaoyu (engineer, by video)",
        "Anna Berg, Tom Hale and Rita Gomez",
        "Dr. Weber",
        "温晓东（采购总监）、彭丽",
    ],
)
def test_a_list_of_people_is_a_roster(text: str) -> None:
    assert lists_people(text)


@pytest.mark.parametrize(
    "text",
    [
        "the price is too high.",
        "Tom Hale will send it (today)",
        "Rita, Tom",
        "we can do 4.20 (FOB), not less",
        "",
        "Agreed (FOB Ningbo)",
        "Stainless Steel (304)",
        "洗衣机、烘干机、烫平机",
        "红色、蓝色、黑色",
        "同意（报总部）",
        "Monday, Wednesday and Friday",
    ],
)
def test_words_of_a_speaker_are_no_roster(text: str) -> None:
    assert not lists_people(text)


def test_the_attendee_lines_open_no_speaker_and_the_bullets_after_them_keep_their_text() -> None:
    minutes = (
        "Attendees:\nAcme Foods Ltd: Rita Gomez (buyer), Tom Hale (QA)\n"
        "Chenyi Trading: Mr. Fu Chengze (regional manager), Li Na (account manager)\n\n"
        "- Rita: the price is too high.\n- Mr. Fu: we can do 4.20.\n"
    )
    parsed = parse_conversation(minutes)
    assert not {s.speaker for s in parsed.sentences} - {None}
    assert [s.text for s in parsed.sentences][-2:] == ["- Rita: the price is too high.", "- Mr. Fu: we can do 4.20."]


def test_outside_a_roster_block_a_label_listing_things_is_a_speaker() -> None:
    chat = "Rep: Can we lock in USD 4.20 per unit, FOB Ningbo?\nBuyer: Agreed (FOB Ningbo)\n客户：洗衣机、烘干机、烫平机\n"
    assert [s.speaker for s in parse_conversation(chat).sentences] == ["Rep", "Buyer", "客户"]
