"""Next steps are kept apart from needs, progress and risks, and are due by the deadline they name."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries import summarize_text
from assistant.summaries.step_due_pick import pick_due
from assistant.text.dates import find_dates


@pytest.fixture(scope="module", autouse=True)
def _lexicon_model():  # pins the word-list engine's own rules/in-sample bars (SUMMARY_OFFLINE_MODEL=lexicon)
    from assistant.config import override_settings

    with override_settings(summary_offline_model="lexicon"):
        yield


def _summary(text: str, day: dt.date = dt.date(2026, 11, 20), language: str | None = None):
    return summarize_text(text, today=day, engine="offline", language=language)


def test_the_due_date_is_the_one_the_action_is_due_by() -> None:
    text = "我们这边下周要开评审会，你们最好下周四之前把最终报价给到。"
    due = pick_due(find_dates(text, dt.date(2026, 11, 20)), text)
    assert due is not None and due.date == dt.date(2026, 11, 26)  # not "下周" (the meeting)
    en = "The audit is next week, please send the report by Tuesday."
    due = pick_due(find_dates(en, dt.date(2026, 11, 20)), en)
    assert due is not None and due.date == dt.date(2026, 11, 24)


def test_a_deadline_inside_what_is_to_be_checked_is_not_the_steps_due() -> None:
    text = "小王说明天就去问供应商能否在3月底前补齐配件。"
    due = pick_due(find_dates(text, dt.date(2027, 2, 3)), text)
    assert due is not None and due.date == dt.date(2027, 2, 4)  # 明天, not 3月底 (what is asked)
    en = "I'll ask the mill on Monday whether they can finish by the 20th."
    due = pick_due(find_dates(en, dt.date(2027, 2, 3)), en)
    assert due is not None and due.date == dt.date(2027, 2, 8)


def test_a_customer_deadline_requirement_is_a_need_not_a_step() -> None:
    summary = _summary(
        "客户：第一批货最晚12月20号必须到我们成都仓库。\n销售：好的，我明天跟工厂确认后回复您。"
    )
    assert [s.owner for s in summary.next_steps] == ["we"]
    assert any("12月20号" in n.quotes[0].text for n in summary.needs)


def test_a_priced_concession_is_progress_and_a_free_replacement_stays_a_step() -> None:
    summary = _summary("销售：量到1500个的话我给您做到19.5元。\n客户：19.5可以，就这么定。")
    assert summary.next_steps == []
    assert [p.kind for p in summary.progress] and "19.5" in summary.progress[0].text
    replace = _summary(
        "Customer: Three lamps arrived broken.\nSales: We will replace the broken lamps free of charge."
    )
    assert [s.owner for s in replace.next_steps] == ["we"]


def test_a_missing_certificates_consequence_is_a_risk_not_the_customers_step() -> None:
    text = "Customer: We still need the LFGB certificate; without it our QA team will block the shipment."
    summary = _summary(text, language="en")
    assert summary.next_steps == []
    assert any(r.category == "compliance" for r in summary.risks)


def test_looking_into_it_keeps_our_own_step() -> None:
    summary = _summary("销售：我们现在是41，我回去跟厂长申请一下，看能不能做到39。")
    assert [s.owner for s in summary.next_steps] == ["we"]


def test_cues_beyond_the_word_lists() -> None:
    summary = _summary(
        "客户：采购流程需要财务那边过一下。\n客户：我们下周要开招标评审会。\n"
        "客户：如果12月20号到不了，这单就不做了。\n客户：盐雾测试过了，我们品质部签字了。"
    )
    assert {"decision_maker", "competitor", "churn"} <= {r.category for r in summary.risks}
    assert any("签字" in p.quotes[0].text for p in summary.progress)


def test_good_news_and_the_customers_own_competitors_are_no_risks() -> None:
    summary = _summary(
        "客户：质量挺好的，退货率很低，客户评价也不错。\n"
        "客户：我们竞争对手也在卖类似的款，所以包装想换成新设计。\n"
        "Customer: We are also talking to other suppliers about a new range, but that's separate from this order."
    )
    assert summary.risks == []
    assert any("包装" in n.quotes[0].text for n in summary.needs)


def test_a_past_arrival_on_a_weekday_is_progress_not_a_step() -> None:
    summary = _summary(
        "Customer: The shipment arrived on Monday in perfect condition.", dt.date(2026, 12, 3), "en"
    )
    assert summary.next_steps == [] and summary.risks == []
    assert [p.quotes[0].text for p in summary.progress] == [
        "The shipment arrived on Monday in perfect condition."
    ]


def test_due_date_skips_the_date_a_check_asks_about_and_takes_the_committing_clause() -> None:
    import datetime as dt

    from assistant.summaries.step_due_pick import step_due
    from assistant.text.dates import find_dates

    ref = dt.date(2027, 5, 4)  # a Tuesday

    def due(text: str) -> dt.date | None:
        d = step_due([x for x in find_dates(text, ref) if x.date >= ref], text, ref)
        return d.date if d else None

    assert due("我去跟车间确认5月20日能否出货，后天回复您") == dt.date(2027, 5, 6)
    assert due("20号有点赶 我问下仓库 明天告诉你") == dt.date(2027, 5, 5)
    assert due("报价单我晚上发你") == ref
    assert due("I'll send the revised drawing this afternoon.") == ref
    assert due("我们会尽快安排") is None


def test_due_date_of_the_clause_that_acts_and_not_of_a_condition() -> None:
    import datetime as dt

    from assistant.summaries.step_due_pick import step_due
    from assistant.text.dates import find_dates

    ref = dt.date(2027, 5, 4)  # a Tuesday

    def due(text: str) -> dt.date | None:
        d = step_due([x for x in find_dates(text, ref) if x.date >= ref], text, ref)
        return d.date if d else None

    assert due("那我今天先跟老板商量，后天给您答复") == dt.date(2027, 5, 6)
    assert due("本周五前付款的话 我们5月20号能出货") == dt.date(2027, 5, 20)
    assert due("图纸晚上发你～ 另外5月30号前必须到港") == ref
    assert due("合同后天中午前发到您邮箱") == dt.date(2027, 5, 6)
    assert due("明天下午我把样品寄出") == dt.date(2027, 5, 5)  # not "下午" of today


@pytest.mark.parametrize(
    "text",
    ["董事会批下来之后十个工作日内付款。", "样品确认后两周内安排生产。", "We'll sign within 10 days of the board's approval."],
)
def test_a_window_after_an_undated_event_sets_no_due_date(text: str) -> None:
    from assistant.summaries.step_due_pick import step_due

    said = dt.date(2027, 5, 4)
    assert step_due(find_dates(text, said), text, said) is None


def test_a_plain_window_from_today_still_sets_a_due_date() -> None:
    from assistant.summaries.step_due_pick import step_due

    said = dt.date(2027, 5, 4)
    text = "三天内给您回复。"
    due = step_due(find_dates(text, said), text, said)
    assert due is not None and due.date == dt.date(2027, 5, 7)
