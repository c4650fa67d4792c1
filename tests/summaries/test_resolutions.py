"""A problem resolved on our side: the cause found and the fix made are one point of progress (:mod:`resolutions`)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.catalog import Catalog
from assistant.summaries.resolutions import join_resolutions, resolution_labels, resolves
from assistant.summaries.schema import ProgressItem, Quote
from assistant.summaries.service import summarize_text
from assistant.text.conversation import Sentence


def _s(text: str, role: str = "we", start: int = 0, speaker: str | None = None) -> Sentence:
    return Sentence(text=text, start=start, end=start + len(text), speaker=speaker or role, role=role)


@pytest.mark.parametrize(
    "text",
    [
        "查了，是一批开关的弹片问题",
        "卜总，查清楚了：磁铁供应商换了一批，磁力不够。",
        "已经换了供应商",
        "Our engineer traced it to capacitors from one batch",
        "We have switched to thicker inserts from today.",
        "The cause was a low fibre ratio in the mould, and we have already corrected the mix.",
    ],
)
def test_our_cause_found_or_fix_made_resolves(text: str) -> None:
    assert resolves(_s(text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("磁吸的原因也一起查清楚给您。", "we"),
        ("I will send you the written root-cause report by Thursday.", "we"),
        ("可以换成牛皮纸盒加棉布袋", "we"),
        ("如果包装换成牛皮纸盒，我们可以做到30。", "we"),
        ("原因查到了吗？", "we"),
        ("原因是你们包装太差", "customer"),
    ],
)
def test_a_promise_proposal_question_or_the_customers_cause_is_no_resolution(text: str, role: str) -> None:
    assert not resolves(_s(text, role))


def test_the_clauses_that_go_on_stating_the_cause_join_the_chain() -> None:
    source = "我们品控已经查到原因：3月初那一批的密封条供应商换过，胶条偏薄，导致漏粉。我们会全部免费换新"
    parts = [
        "我们品控已经查到原因：3月初那一批的密封条供应商换过",
        "胶条偏薄",
        "导致漏粉。",
        "我们会全部免费换新",
    ]
    sents = [_s(p, start=source.index(p)) for p in parts]
    labelled, starts = resolution_labels(
        [(sents[0], "done"), (sents[1], "none"), (sents[2], "risk:quality"), (sents[3], "none")], source
    )
    assert [lab for _, lab in labelled] == ["done", "done", "done", "none"]  # the promise is the next point
    assert starts == {s.start for s in sents[:3]}


def test_a_new_line_or_another_speaker_ends_the_chain() -> None:
    source = "查了，是弹片问题\n胶条偏薄"
    first, second = _s("查了，是弹片问题"), _s("胶条偏薄", start=9)
    labelled, _ = resolution_labels([(first, "none"), (second, "none")], source)
    assert [lab for _, lab in labelled] == ["done", "none"]
    other = _s("胶条偏薄", start=9, speaker="客户", role="customer")
    labelled, _ = resolution_labels([(first, "none"), (other, "none")], "查了，是弹片问题，胶条偏薄")
    assert [lab for _, lab in labelled] == ["done", "none"]


def _item(text: str, start: int, kind: str = "stage_signal", by: str = "we") -> ProgressItem:
    return ProgressItem(
        text=text, kind=kind, by=by, quotes=[Quote(text=text, start=start, end=start + len(text))]
    )


def test_cause_and_fix_are_one_item_the_replacement_stays_apart() -> None:
    items = [
        _item("查了，是一批开关的弹片问题", 0),
        _item("已经换了供应商", 20),
        _item("那五台这次随货免费换新", 40, kind="concession"),
    ]
    out = join_resolutions(items, {0, 20})
    assert [len(i.quotes) for i in out] == [2, 1]
    assert out[1].kind == "concession"


def test_chains_far_apart_or_of_both_sides_stay_apart() -> None:
    far = [_item("查了，是弹片问题", 0), _item("已经换了供应商", 900)]
    assert len(join_resolutions(far, {0, 900})) == 2
    sides = [_item("查了，是弹片问题", 0), _item("已经换了供应商", 20, by="customer")]
    assert len(join_resolutions(sides, {0, 20})) == 2


def test_a_complaint_answered_with_cause_and_fix_is_one_progress_point() -> None:
    text = (
        "卜总：上批礼盒的磁吸不牢，客户投诉了。\n"
        "葛文韬：卜总，查清楚了：磁铁供应商换了一批，磁力不够。今年全部换N35强磁，出货前每个盒子做开合测试。\n"
        "卜总：好的。"
    )
    summary = summarize_text(
        text, today=dt.date(2028, 3, 14), catalog=Catalog.from_products([]), engine="offline",
        language="zh", we_names=("葛文韬",),
    )  # fmt: skip
    cause = text.index("磁铁供应商换了一批")
    found = [p for p in summary.progress if any(q.start <= cause < q.end for q in p.quotes)]
    assert len(found) == 1
    assert not any(any(q.start <= cause < q.end for q in r.quotes) for r in summary.risks)


def test_work_done_right_beside_the_chain_joins_it_but_not_from_afar() -> None:
    beside = [_item("属实，那是一台冲孔设备的定位模具磨损", 0), _item("已经全部换了模具", 25)]
    assert len(join_resolutions(beside, {25})) == 1
    afar = [_item("The CSA lab has finished testing", 0), _item("our engineer found the cause", 120)]
    assert len(join_resolutions(afar, {120})) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The delay was caused by the port strike; the vessel is now stuck in Ningbo.",
        "港口罢工导致船期推迟了两周",
        "We have increased prices by 5% this year because of steel.",
    ],
)
def test_an_outside_cause_of_a_delay_or_a_price_change_is_no_resolution(text: str) -> None:
    assert not resolves(_s(text))


@pytest.mark.parametrize(
    "text",
    [
        "We have reinforced the hinge on every unit from this batch.",
        "The cracks turned out to be from a worn mould, which we have replaced.",
    ],
)
def test_a_defect_found_or_fixed_in_general_words_resolves(text: str) -> None:
    assert resolves(_s(text))


def test_a_batch_made_with_a_wrong_material_is_a_cause_found() -> None:
    assert resolves(_s("QC checked the retained samples: the lid batch was made with the wrong resin."))
