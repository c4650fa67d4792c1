"""Our colleagues the CRM does not list are ours; a speaker for the customer's company is theirs (summ40)."""

from __future__ import annotations

from assistant.summaries.owners import step_owner
from assistant.summaries.speakers import Directory, Person, attribute
from assistant.text.conversation import parse_conversation

_REP = Directory(ours=(Person("Gu Yifan"),), company_names=("Northwind Retail Sp. z o.o.",))
_REP_ZH = Directory(ours=(Person("阎浩然"),), company_names=("临沂果仁香食品有限公司",))


def _sides(text: str, directory: Directory) -> dict[str, str]:
    return {n: p for n, (p, _) in attribute(parse_conversation(text), directory).sides.items()}


# Meeting notes whose roster lines are headed by each company's name, not by "our side" / "customer".
_COMPANY_ROSTER = (
    "Meeting notes: Northwind Retail / Frostline Cooling - cabinets\n"
    "Frostline: Gu Yifan (sales), Mr. Zhong (sales manager), Mr. Lan (engineer)\n"
    "Northwind Retail: Tomasz Wrobel (procurement director), Anna Kubiak (store development)\n\n"
    "Gu Yifan: Good morning everyone.\n"
    "Anna Kubiak: We open thirty stores this year.\n"
    "Mr. Lan: That matches our lab figure of 9.6 kWh.\n"
    "Mr. Zhong: I will give you our final price by Tuesday.\n"
    "Tomasz Wrobel: Good, I will present it to the board on 4 April.\n"
)


def test_people_on_the_reps_company_line_of_a_roster_are_ours() -> None:
    sides = _sides(_COMPANY_ROSTER, _REP)
    assert sides["Mr. Zhong"] == "we"
    assert sides["Mr. Lan"] == "we"
    assert sides["Tomasz Wrobel"] == "customer"
    assert sides["Anna Kubiak"] == "customer"


def test_the_step_of_our_manager_from_the_roster_is_ours() -> None:
    parsed = attribute(parse_conversation(_COMPANY_ROSTER), _REP).parsed
    s = next(x for x in parsed.sentences if x.text.startswith("I will give you our final price"))
    assert step_owner(s, parsed=parsed) == "we"


def test_a_colleague_introduced_by_surname_and_title_speaks_under_his_full_name() -> None:
    text = (
        "阎浩然：鲍总好，今天我们钟经理和技术蓝工也在。\n"
        "鲍立新：欢迎。价格能不能再低一点？\n"
        "钟国栋：价格我来说，每吨我们再让两百。\n"
        "蓝振宇：检测报告我周五前发您。\n"
    )
    sides = _sides(text, _REP_ZH)
    assert sides["钟国栋"] == "we"
    assert sides["蓝振宇"] == "we"


def test_an_english_colleague_introduced_as_mr_surname_speaks_under_his_full_name() -> None:
    text = (
        "Gu Yifan: Hi Tomasz, my colleague Mr. Lan joins us today.\n"
        "Tomasz Wrobel: Welcome. What is the energy class?\n"
        "Lan Tao: Class C. I will send the test data by Monday.\n"
    )
    sides = _sides(text, _REP)
    assert sides["Lan Tao"] == "we"
    assert sides["Tomasz Wrobel"] == "customer"


def test_a_speaker_the_rep_asks_to_brief_the_customer_is_our_colleague() -> None:
    text = (
        "Gu Yifan: Hi Tomasz, thanks for joining.\n"
        "Tomasz Wrobel: Hi. What about the energy data?\n"
        "Gu Yifan: Peter, can you walk Tomasz through the test data?\n"
        "Peter Lang: Sure. The unit used 9.6 kWh a day.\n"
    )
    sides = _sides(text, _REP)
    assert sides["Peter Lang"] == "we"
    assert sides["Tomasz Wrobel"] == "customer"


def test_a_zh_colleague_the_rep_asks_to_explain_to_the_customer_is_ours() -> None:
    text = (
        "阎浩然：鲍总，您好。\n"
        "鲍立新：你好，检测报告什么时候有？\n"
        "阎浩然：老蓝，你给鲍总讲讲检测的进度。\n"
        "蓝振宇：好，下周一出报告。\n"
    )
    assert _sides(text, _REP_ZH)["蓝振宇"] == "we"


def test_a_speaker_the_customer_addresses_by_name_is_ours() -> None:
    text = (
        "Gu Yifan: Thank you, Tomasz, for the feedback.\n"
        "Tomasz Wrobel: Next point. Mr. Lan, what is realistic for the first wave?\n"
        "Mr. Lan: Production takes 45 days after the order.\n"
    )
    sides = _sides(text, _REP)
    assert sides["Tomasz Wrobel"] == "customer"
    assert sides["Mr. Lan"] == "we"


def test_a_speaker_who_speaks_for_the_customers_company_is_theirs() -> None:
    text = (
        "Gu Yifan: Good morning.\n"
        "Anna Kubiak: Good morning. At Northwind we open thirty stores this year.\n"
        "Piotr Zielinski: We at Northwind pay 90 days from delivery.\n"
    )
    sides = _sides(text, _REP)
    assert sides["Anna Kubiak"] == "customer"
    assert sides["Piotr Zielinski"] == "customer"
    zh = "阎浩然：您好。\n车慧敏：我们果仁香这边今年要开十家店。\n"
    assert _sides(zh, _REP_ZH)["车慧敏"] == "customer"
