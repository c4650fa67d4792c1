from assistant.agents.offline.entities import spot
from assistant.agents.offline.gazetteer import Gazetteer, contact_forms


def test_contact_forms() -> None:
    assert contact_forms("王建国", "总经理") == ["王建国", "王总"]
    assert contact_forms("李娜", "采购经理") == ["李娜", "李经理"]
    assert contact_forms("Emma Schmidt", "Buyer") == ["Emma Schmidt"]


def test_customer_forms(gaz: Gazetteer) -> None:
    assert spot("王总那边最近怎么样", gaz).customers == ["王总"]
    assert spot("锦华下次什么时候补货", gaz).customers == ["锦华"]
    assert spot("上海锦华纺织品有限公司的联系人", gaz).customers == ["上海锦华纺织品有限公司"]
    assert spot("how is the Nordic account doing?", gaz).customers == ["Nordic"]
    assert spot("Tell me about Nordic Home Supplies GmbH", gaz).customers == ["Nordic Home Supplies GmbH"]


def test_mentions_outside_the_gazetteer(gaz: Gazetteer) -> None:
    assert spot("李总那边怎么样", gaz).customers == ["李总"]  # X总 of a surname
    assert spot("给我看看C00021的资料", gaz).customers == ["C00021"]
    assert spot("“宏达贸易”最近怎么样", gaz).customers == ["宏达贸易"]
    assert spot("what about the Pinecrest account?", gaz).customers == ["Pinecrest"]
    assert spot("恒信那边最近怎么样", gaz).customers == ["恒信"]


def test_english_short_names_are_case_sensitive(gaz: Gazetteer) -> None:
    assert spot("we reached the summit of sales", gaz).customers == []
    assert spot("move the Summit deal", gaz).customers == ["Summit"]


def test_places_industries_and_filters(gaz: Gazetteer) -> None:
    m = spot("上海那家做纺织的客户", gaz)
    assert (m.cities, m.industries, m.customers) == (["上海"], ["textiles"], [])
    m = spot("show me VIP customers in Germany", gaz)
    assert (m.countries, m.segment) == (["Germany"], "vip")
    m = spot("德国的A类客户", gaz)
    assert (m.countries, m.tier) == (["Germany"], "A")
    m = spot("汉堡的酒店客户", gaz)
    assert (m.cities, m.industries) == (["Hamburg"], "hospitality".split())


def test_enums_and_limits(gaz: Gazetteer) -> None:
    m = spot("前5个高风险客户", gaz)
    assert (m.churn_level, m.limit) == ("high", 5)
    assert spot("S级线索有哪些", gaz).lead_grade == "S"
    assert spot("show me grade A leads", gaz).lead_grade == "A"
    assert spot("把OPP-000123改成谈判", gaz).deals == ["OPP-000123"]
    assert spot("把OPP-000123改成谈判", gaz).stage == "negotiation"
    assert spot("客户嫌贵怎么回", gaz).scenario == "price_objection"


def test_user_vs_contact_by_context(gaz: Gazetteer) -> None:
    assert spot("陈静的客户有哪些", gaz).users == ["rep05"]
    assert spot("陈静最近怎么样", gaz).customers == ["陈静"]
    assert spot("rep02的客户", gaz).users == ["rep02"]


def test_apostrophes_are_not_quotes(gaz: Gazetteer) -> None:
    assert spot("customer's nervous we'll be late, what can i say?", gaz).customers == []
    assert spot("what did 'Pinecrest' order?", gaz).customers == ["Pinecrest"]


def test_a_name_next_to_alert_words_is_the_rep(gaz: Gazetteer) -> None:
    assert spot("陈静 this quarter - any violations?", gaz).users == ["rep05"]
