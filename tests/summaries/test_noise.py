"""Sentences with no point of a summary: off the record, attachment notes, bare assent, questions about our rules."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import noise as nz
from assistant.summaries import summarize_text


def test_off_record_lines() -> None:
    assert nz.off_record("（开会前大家聊了聊周末的球赛，属于闲聊，不记录）")
    assert nz.off_record("Small talk about the marathon, not minuted.")
    assert not nz.off_record("客户担心交期来不及。")


def test_attachment_notes() -> None:
    assert nz.attachment_note("Pictures attached.")
    assert nz.attachment_note("图片见附件。")
    assert not nz.attachment_note("The attached photos show cracks on 12 of the 40 mugs.")


@pytest.mark.parametrize(
    "text",
    ["A few photos of the dented lids are attached.", "Pictures of both damaged pallets attached", "破损箱子的照片见附件。", "几张漏水的图片发你了"],
)
def test_attachment_notes_naming_what_is_shown(text: str) -> None:
    assert nz.attachment_note(text)


def test_a_defect_beside_the_photos_is_no_bare_note() -> None:
    assert not nz.attachment_note("Photos attached: 30 of the lids are dented.")


def test_bare_assent_and_questions_about_our_rules() -> None:
    for text in ("对，就这三款", "烘干机可以", "Yes, those two models.", "嗯，托盘也可以"):
        assert nz.bare_assent(text), text
    assert not nz.bare_assent("我们需要烘干机200台，月底前到货。")
    assert nz.asks_our_rule("你们要求用指定的物流吗？")
    assert nz.asks_our_rule("Do you need our VAT number for the invoice?")
    assert not nz.asks_our_rule("我们要求全部用环保材料。")


def test_summary_files_none_of_them() -> None:
    text = (
        "客户：（会前闲聊周末的球赛和烧烤，不记录）\n"
        "客户：我们需要烘干机200台，月底前到。\n"
        "销售：烘干机我们有现货，另外推荐加湿器。\n"
        "客户：烘干机可以\n"
        "客户：图片见附件。\n"
    )
    s = summarize_text(text, today=dt.date(2027, 3, 2), engine="offline")
    quoted = [q.text for item in (*s.needs, *s.risks, *s.progress, *s.next_steps) for q in item.quotes]
    assert not any("闲聊" in q or "图片见附件" in q or q.strip() == "烘干机可以" for q in quoted), quoted
    assert any("200台" in q for n in s.needs for q in [x.text for x in n.quotes])


@pytest.mark.parametrize("text", ["三、付款与交期", "（二）包装要求", "2. Requirements", "Next steps:", "Pricing"])
def test_a_section_heading_is_noise(text: str) -> None:
    assert nz.heading(text)


@pytest.mark.parametrize("text", ["三、付款要月结60天。", "Pricing is too high for us.", "我们需要500台"])
def test_a_stated_point_is_no_heading(text: str) -> None:
    assert not nz.heading(text)


def test_a_line_that_only_lists_people_is_no_point() -> None:
    assert nz.roster("Participants: Aroha Ngata (buyer, Kiwi Greens Ltd)")
    assert nz.roster("Wen Hao (Chenyi Trading)")
    assert nz.roster("参会人员：温晓东（采购总监）、彭丽")
    assert not nz.roster("Aroha: the price is too high (again).")
    assert not nz.roster("We need 40 sets (two colours).")
    assert not nz.roster("要红色（潘通186C）")


def test_every_piece_of_a_roster_line_is_noise_also_a_late_joiner() -> None:
    source = (
        "Call notes, Monday\n"
        "Participants: Tan Hui (Chenyi Trading); Amara Obi (Lagos Cold Chain, procurement); "
        "Mr. Fu Lei (Chenyi Trading, sales director) joined at 10:20 Lagos time.\n"
        "Amara Obi: A rival brand offered us a similar compressor at $900.\n"
    )
    late = source.index("sales director)")
    assert nz.on_roster_line(source, late)
    assert not nz.on_roster_line(source, source.index("A rival brand"))
    s = summarize_text(source, today=dt.date(2027, 3, 1), engine="offline", language="en")
    quoted = [q.text for item in (*s.needs, *s.risks, *s.progress, *s.next_steps) for q in item.quotes]
    assert not any("joined at" in q for q in quoted), quoted


def test_a_one_line_note_goes_on_after_its_roster_and_that_is_no_roster() -> None:
    source = (
        "Participants: Tan Hui (Chenyi Trading), Amara Obi (Lagos Cold Chain). Amara Obi said they need 40 compressors "
        "by 30 June; Tan Hui will send a revised quote by Friday."
    )
    assert not nz.on_roster_line(source, source.index("Amara Obi said"))
    s = summarize_text(source, today=dt.date(2027, 3, 1), engine="offline", language="en")
    assert s.needs or s.next_steps
    zh = "参会：谭辉（晨屹）、王总（客户）。王总说6月30号前要40台压缩机，谭辉周五前把报价发过去。"
    assert not nz.on_roster_line(zh, zh.index("王总说"))


def test_who_wrote_the_minutes_and_a_line_announcing_a_list_are_noise() -> None:
    noise = ("本纪要由孔晓雯整理。", "纪要整理：孔晓雯", "如有遗漏请于周五前补充。", "Minutes taken by Ruth Adams.")
    for text in (*noise, "我们的要求：", "Let me first say what we need:", "Please let me know of any corrections."):
        assert nz.colophon(text), text
    for text in ("我们的要求是十台。", "Here is what we need: 40 doors by May.", "记录仪要带GPS。", "The minutes are due Friday.",
                 "货物如有错误，你们负责免费更换。", "如有出入，以合同为准。", "30天内交货是我们的要求",
                 "I'll send you our requirements by Friday."):
        assert not nz.colophon(text), text


def test_eng_does_not_end_a_roster_line() -> None:
    from assistant.summaries.noise import on_roster_line

    text = "Participants: Eng. Faisal Al-Harbi (Head of Biomedical Engineering), Dr. Khalid Al-Otaibi (COO)\n"
    assert on_roster_line(text, text.index("Dr. Khalid"))
