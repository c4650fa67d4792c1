"""Action lists in English minutes that name people by full name: the named person's side owns the step.

A roster line headed by a company ("Harbor Tools: Wei Xiaolong (Export Manager), …") lists one
side; a line listing our rep is ours, and the speakers who use a short label ("Wei:") share it.
An action line "- Wei Xiaolong confirms the mould cost by Friday." in the customer's turn is ours.
"""

from __future__ import annotations

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_introduced import speaker_subject
from assistant.text.conversation import parse_conversation

MINUTES = (
    "Minutes - Fernhill Garden Centres, planter order\n"
    "Fernhill Garden Centres: Oliver Grant (Head of Buying), Chloe Marsh (Merchandiser)\n"
    "Harbor Tools: Wei Xiaolong (Export Manager), Deng Ruoxi (Sales), Kong Jiahe (Product Engineer)\n"
    "\n"
    "Oliver: We want 2,000 glazed planters in three sizes for the spring range.\n"
    "Wei: We can hold last year's price if the order comes before May.\n"
    "Kong: The frost test on the new glaze is running at the lab.\n"
    "Chloe: Good.\n"
    "Next steps\n"
    "- Wei Xiaolong confirms the mould cost for the large size by Friday.\n"
    "- Kong Jiahe sends the frost test report to Chloe by Monday.\n"
    "- Chloe Marsh sends the colour board to Deng Ruoxi tomorrow.\n"
)


def _roles() -> dict[str, str]:
    d = Directory(ours=(Person("Deng Ruoxi"),), company_names=("Fernhill Garden Centres Ltd",))
    parsed = attribute(parse_conversation(MINUTES, we_names=("Deng Ruoxi",)), d).parsed
    from assistant.summaries.speakers_clauses import clause_side

    return {s.text.strip(): clause_side(s) if s.clause_sides else s.role for s in parsed.sentences}


def test_speakers_under_our_company_line_are_ours() -> None:
    d = Directory(ours=(Person("Deng Ruoxi"),), company_names=("Fernhill Garden Centres Ltd",))
    sides = attribute(parse_conversation(MINUTES, we_names=("Deng Ruoxi",)), d).sides
    assert sides["Wei"][0] == "we"
    assert sides["Kong"][0] == "we"
    assert sides["Oliver"][0] == "customer"


def test_action_lines_naming_our_staff_in_full_are_ours() -> None:
    roles = _roles()
    assert roles["- Wei Xiaolong confirms the mould cost for the large size by Friday."] == "we"
    assert roles["- Kong Jiahe sends the frost test report to Chloe by Monday."] == "we"


def test_action_line_naming_the_customer_in_full_is_theirs() -> None:
    assert _roles()["- Chloe Marsh sends the colour board to Deng Ruoxi tomorrow."] == "customer"


def test_a_short_speaker_label_is_the_first_word_of_a_full_name() -> None:
    sides = {"Wei": ("we", "roster"), "Chloe": ("customer", "roster")}
    assert speaker_subject("- Wei Xiaolong confirms the cost.", sides) == "we"
    assert speaker_subject("Chloe Marsh sends the board.", sides) == "customer"
    assert speaker_subject("Weiss Hardware sends the board.", sides) is None


def test_a_surname_is_no_role_label_with_a_letter() -> None:
    from assistant.text.conversation_roles import label_party

    assert label_party("Wei") is None
    assert label_party("Customer B") == "customer"
    assert label_party("销售A") == "we"


def test_a_turn_greeting_the_customers_people_is_no_team_line() -> None:
    text = (
        "会议纪要\n我方：孔磊（销售）、韦经理（销售经理）\n客户：单经理（采购经理）、樊工（技术部）\n\n"
        "孔磊：单经理、樊工，感谢今天抽时间。\n樊工：样品测过了，没问题。\n单经理：价格还要再谈。\n"
    )
    d = Directory(ours=(Person("孔磊"), Person("韦经理")), company_names=("苏州恒锐机电有限公司",))
    sides = attribute(parse_conversation(text, we_names=("孔磊",)), d).sides
    assert sides["樊工"][0] == "customer"
    assert sides["单经理"][0] == "customer"
