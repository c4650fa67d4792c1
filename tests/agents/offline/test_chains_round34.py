"""Round 34 two-step wording: a win-back pitch is a script, not a product recommendation (pure, stand-in routes)."""

from __future__ import annotations

from assistant.agents.offline import chain_lists, chains

KEYS = {"churn": "churn_risk", "pitch": "recommend_products", "at risk": "churn_risk", "预测": "sales_forecast",
        "商机": "pipeline_status", "业绩": "team_performance"}


def route(text: str) -> tuple[str | None, float]:
    tool = next((t for k, t in KEYS.items() if k in text), None)
    return tool, 0.9 if tool else 0.1


def test_a_win_back_pitch_for_the_riskiest_is_a_script() -> None:
    chain = chains.detect("show my clients at risk of churn, then a win-back pitch for the top one", route)
    assert chain and (chain.first, chain.second) == ("churn_risk", "suggest_scripts")


def test_an_imperative_first_part_before_a_strong_then_is_an_ask() -> None:
    chain = chains.detect("这季度预测一下，然后把组里停滞的商机列出来", route)
    assert chain and (chain.first, chain.second) == ("sales_forecast", "pipeline_status")
    chain = chains.detect("上个月业绩统计一下，再看看还有哪些商机没推进", route)
    assert chain and (chain.first, chain.second) == ("team_performance", "pipeline_status")


def test_and_then_before_a_noun_phrase_splits() -> None:
    chain = chains.detect("the forecast for this quarter and then the stuck pipeline deals that could swing it", _route_en)
    assert chain and (chain.first, chain.second) == ("sales_forecast", "pipeline_status")


def _route_en(text: str) -> tuple[str | None, float]:
    tool = "sales_forecast" if "forecast" in text and "deals" not in text else "pipeline_status" if "deals" in text else None
    return tool, 0.9 if tool else 0.1


def test_a_place_list_comes_first_only_for_a_tool_that_takes_the_list() -> None:
    spotted = {"新加坡的客户", "我做五金的客户"}

    def routed(text: str) -> tuple[str | None, float]:
        tool = "find_customers" if text in spotted else "churn_risk" if "流失" in text else "receivables" if "欠" in text else None
        return tool, 0.95 if tool else 0.1

    filters = {"filters": lambda part: part in spotted}
    chain = chains.detect("新加坡的客户里哪几家可能会流失", routed, **filters)  # the list, then churn_risk on the place
    assert chain and chain.second == "churn_risk" and chain.own and chain.second_text == "新加坡的客户里哪几家可能会流失"
    # receivables takes the list ("我做五金的客户里，哪几家还欠着钱": the list, then what each owes)
    assert not chain_lists.place_only("find_customers", "receivables", "我做五金的客户", filters["filters"])
    assert chain_lists.place_only("find_customers", "churn_risk", "我做五金的客户", filters["filters"])


def test_a_second_step_on_a_place_is_not_narrowed_to_the_first_record() -> None:
    from assistant.agents.offline.chain_args import args_for

    subject = {"customer": "C00135"}
    assert args_for("find_customers", "churn_risk", {"country": "Germany"}, subject, {"country": "Germany"}, "") == {
        "country": "Germany"
    }
    assert args_for("find_customers", "churn_risk", {}, subject, {"country": "Germany"}, "") == {"customer": "C00135"}


def test_a_scope_word_alone_is_no_first_ask() -> None:
    def routed(text: str) -> tuple[str | None, float]:
        tool = "pipeline_status" if "deals" in text or "商机" in text else "team_performance"
        return tool, 0.95

    for text in ("company-wide, which rep closed the most deals this year", "org-wide - who has the most open deals",
                 "全公司范围，谁手上的商机最多"):  # fmt: skip
        assert chains.detect(text, routed) is None, text
