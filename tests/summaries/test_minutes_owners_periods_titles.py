"""Owners of English minutes, vague due periods, titles and done reports, false risks."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.risk_rules import false_risk
from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_roster import named_other, named_person, roster_sides
from assistant.summaries.step_due_pick import step_due
from assistant.summaries.step_dues import same_day_due
from assistant.summaries.step_rules import is_header, only_their_event, reports_done
from assistant.text.conversation import Sentence, parse_conversation
from assistant.text.dates import find_dates

MINUTES = (
    "Minutes - Harlow Garden Supplies / spring planters\n"
    "Date: Monday 3 May 2027 (video call)\n"
    "Present: Priya Nair (Buyer), Owen Blake (Logistics) for Harlow; Zhou Jie (Sales) for us.\n"
    "\n"
    "1. Owen said the pallets must be heat-treated.\n"
    "Action items\n"
    "- Priya to return the signed spec sheet by Friday.\n"
    "- Owen confirms the delivery slots at the Leeds warehouse.\n"
    "- Zhou Jie to send the revised drawing tomorrow.\n"
    "- Marta to check the label artwork.\n"
)


def _roles() -> dict[str, str]:
    d = Directory(ours=(Person("周杰"),), company_names=("Harlow Garden Supplies Ltd",))
    parsed = attribute(parse_conversation(MINUTES), d).parsed
    return {s.text.strip(): s.role for s in parsed.sentences}


def test_roster_side_named_after_the_people() -> None:
    sides = roster_sides(MINUTES, ["Priya Nair", "Owen Blake", "Zhou Jie"], ("Harlow Garden Supplies Ltd",))
    assert sides["Priya Nair"] == ("customer", "roster")
    assert sides["Owen Blake"] == ("customer", "roster")
    assert sides["Zhou Jie"] == ("we", "roster")


def test_english_action_items_are_owned_by_the_named_side() -> None:
    roles = _roles()
    assert roles["- Priya to return the signed spec sheet by Friday."] == "customer"
    assert roles["- Owen confirms the delivery slots at the Leeds warehouse."] == "customer"
    assert roles["- Zhou Jie to send the revised drawing tomorrow."] == "we"


def test_a_named_person_none_of_ours_is_the_customers() -> None:
    text = "Hi Marta,\nthanks for the call.\n- Marta to check the label artwork.\n"
    assert named_person("Marta", text)
    assert named_other("- Marta to check the label artwork.", text, ("周杰",), ("Harlow Ltd",))
    assert not named_other("- Zhou to send the drawing.", "Zhou (Sales)\n", ("周杰",), ())
    assert not named_person("Samples", "Samples to arrive by Friday.\n")  # a noun, nobody named
    assert not named_person("Marta", "Marta to check the artwork.\n")  # no evidence she is a person


def test_a_week_or_part_of_a_month_sets_no_due_date() -> None:
    ref = dt.date(2027, 5, 3)
    for text in (
        "Owen to confirm the slots, probably in the week of 17 May.",
        "我们五月中旬给您样品",
        "月中前把尾款付了",
    ):
        assert step_due(find_dates(text, ref), text, ref) is None, text
    text = "Owen to confirm the slots on 17 May."
    assert step_due(find_dates(text, ref), text, ref).date == dt.date(2027, 5, 17)


def test_titles_and_done_reports_are_no_steps() -> None:
    assert is_header("Meeting notes - Wednesday 5 May 2027, 09:00 London")
    assert is_header("通话记录 2027年5月5日 上午十点")
    assert not is_header("Notes: please send the drawing by Friday")
    assert reports_done("检测报告昨天发您了", later=False)
    assert reports_done("我跟老板申请了", later=False)
    assert reports_done("We have already shipped the cartons.", later=False)
    assert not reports_done("我明天把检测报告发给您", later=False)
    assert not reports_done("已经排好了，下周二发车", later=True)


def test_reassurance_lead_time_and_past_suppliers_are_no_risks() -> None:
    assert false_risk("timeline", "6月10号到仓没问题")
    assert false_risk("timeline", "空运大概5天")
    assert false_risk("timeline", "Arrival in late June is fine, the shop opens in July.")
    assert not false_risk("timeline", "6月10号肯定到不了了")
    assert not false_risk("timeline", "Production takes 40 days, so we will miss the launch.")
    assert false_risk("competitor", "前年另一家的花盆出现过开裂")
    assert not false_risk("competitor", "另一家报了3块2")
    assert not false_risk("certification", "还没有FSC证书")


def test_a_chat_line_is_no_roster() -> None:
    chat = "Kim: need the mugs at our Austin shop by May 2 for us to open\nWang Lei: ok\n"
    assert "Kim" not in roster_sides(chat, ["Kim", "Wang Lei"], ("Kim Home LLC",))


def test_a_concern_after_a_reassurance_stays_a_delivery_risk() -> None:
    assert not false_risk("timeline", "5月2号没问题，不过杯盖现货不多")


def _said(text: str, role: str) -> Sentence:
    return Sentence(0, len(text), text, speaker="X", role=role)  # type: ignore[arg-type]


def test_the_customers_own_event_date_is_no_step() -> None:
    assert only_their_event(_said("Our board meeting is on 14 May.", "customer"))
    assert only_their_event(_said("我们旗舰店5月20号开业", "customer"))
    assert not only_their_event(_said("我们周五开会，你们的报价要在那之前给到", "customer"))  # asks
    assert not only_their_event(_said("I will present your offer at the meeting on Friday.", "customer"))
    assert not only_their_event(_said("Our board meeting is on 14 May.", "we"))


def test_a_certificate_asked_for_with_nothing_missing_is_no_risk() -> None:
    assert false_risk("certification", "另外，你们的RoHS报告能不能发我一份")
    assert false_risk("certification", "The UKCA declaration is valid.")
    assert not false_risk("certification", "RoHS报告还没出来")
    assert not false_risk("certification", "Our UKCA declaration expires in June.")


def test_sign_off_chains_and_competitors_in_passing_are_risk_cues() -> None:
    from assistant.summaries import lexicon as lx

    cues = {c: rx for c, _, _, rx in lx.RISKS}
    for text in (
        "这批货得陈总签字才行",
        "老板点头才算数",
        "Our CFO signs off anything above 30k",
        "She has the final say.",
    ):
        assert cues["decision_maker"].search(text), text
    assert not cues["decision_maker"].search("你们签字之后我们付款")
    for text in ("温州有一家工厂报了三块一", "隔壁有家说运费全免", "A Polish factory quoted 2.10"):
        assert cues["competitor"].search(text), text
    assert not cues["competitor"].search("a new supplier of lids")


def test_contact_changes_in_other_words() -> None:
    from assistant.summaries import movement as mv

    for text in (
        "Priya takes over the account from May",
        "I will be on maternity leave from July",
        "以后报价由小周对接",
    ):
        assert mv.CONTACT_CHANGE.search(text), text
    assert not mv.CONTACT_CHANGE.search("我们下个月调价")


def test_a_meeting_that_decides_stays_a_step() -> None:
    assert not only_their_event(_said("总经理周三开会定包装方案", "customer"))
    assert not only_their_event(_said("The board meets on Friday to decide the supplier.", "customer"))


def test_a_dated_or_failed_certificate_stays_a_risk() -> None:
    assert not false_risk("certification", "但是RoHS报告是前年做的")
    assert not false_risk("certification", "复检发现铅含量高于限值")


def test_the_same_day_points_back_to_the_date_before() -> None:
    ref = dt.date(2027, 5, 3)
    text = "检测报告12号出来，当天就发给您"
    dates = find_dates(text, ref)
    assert same_day_due("当天就发给您", dates).date == dt.date(2027, 5, 12)
    assert same_day_due("明天发给您", dates) is None
    assert same_day_due("I'll forward them the same day.", []) is None


def test_dates_before_a_clause_come_from_its_own_sentence_first() -> None:
    from assistant.summaries.step_dues import dates_before

    ref = dt.date(2027, 5, 3)
    first = Sentence(0, 9, "明天把合同发您。", speaker="A")
    whole = Sentence(9, 24, "报告12号出来，当天就发给您。", speaker="A")
    clause = Sentence(17, 24, "当天就发给您。", speaker="A")
    assert [d.date for d in dates_before([first, whole], clause, ref)] == [dt.date(2027, 5, 12)]
    assert [d.date for d in dates_before([first, whole], whole, ref)] == [dt.date(2027, 5, 4)]


def test_a_promise_beside_a_requirement_or_a_handover_stays_a_step() -> None:
    from assistant.summaries.step_rules import not_a_step

    assert not not_a_step(_said("图稿今晚发你，另外6月1号前必须到货", "customer"), True)
    assert not_a_step(_said("另外6月1号前必须到货", "customer"), True)
    assert not not_a_step(_said("我下月调去分公司，到时候把接手的小王介绍给你们", "customer"), False)
    assert not_a_step(_said("我下月调去分公司了", "customer"), False)


def test_gloves_are_no_handover() -> None:
    from assistant.summaries import movement as mv

    assert not mv.CONTACT_CHANGE.search("焊接手套要五千双")
    assert mv.CONTACT_CHANGE.search("下个月由小李接手这个项目")


def test_our_assured_dated_action_splits_from_a_request() -> None:
    from assistant.summaries.owners import step_owner
    from assistant.summaries.step_split import split_steps

    text = "20号发货没问题 唛头明天中午前发我就行"
    ref = dt.date(2027, 5, 3)
    parts = split_steps(_said(text, "we"), find_dates(text, ref))
    assert [(p.text, step_owner(p)) for p, _ in parts] == [
        ("20号发货没问题", "we"),
        ("唛头明天中午前发我就行", "customer"),
    ]
    assert (
        len(split_steps(_said(text, "customer"), find_dates(text, ref))) == 1
    )  # the customer's "没问题" accepts


def test_a_lead_time_called_too_long_stays_a_timeline_risk() -> None:
    from assistant.summaries.risk_rules import false_risk

    assert not false_risk("timeline", "你们的生产周期要40天，太久了")
    assert not false_risk("timeline", "Sea freight takes 35 days, which is too long for our launch")
    assert false_risk("timeline", "海运到汉堡大概28天")
