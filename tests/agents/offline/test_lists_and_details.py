"""Stage lists (typos too), product look-ups, contact details and model chit-chat reach the tool and slots that answer."""

import pytest

from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.planner import plan

from .conftest import TODAY

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    ["whats sitting in negociation right now", "谈判阶段现在都有哪些单子", "deals parked at negotation?"],
)
def test_a_stage_list_asks_the_pipeline_for_that_stage(trained, gaz: Gazetteer, text: str) -> None:
    decided = plan(text, Memory(), gaz, today=TODAY, role="rep")
    assert decided.tool == "pipeline_status" and decided.args.get("stage") == "negotiation"


def test_moving_a_deal_is_not_a_stage_list(trained, gaz: Gazetteer) -> None:
    decided = plan("把锦华那个单子推到谈判", Memory(), gaz, today=TODAY, role="rep")
    assert decided.tool == "update_deal_stage" and "stage" in decided.args


def test_ever_bought_a_product_filters_by_it_and_keeps_every_order(trained, gaz: Gazetteer) -> None:
    decided = plan("锦华以前买过纯棉T恤没有，上一次是哪天", Memory(), gaz, today=TODAY, role="rep")
    assert decided.tool == "order_history"
    assert decided.args == {"customer": "锦华", "product": "纯棉T恤"}


@pytest.mark.parametrize("text", ["锦华王建国的手机号给我", "what's the phone number of the buyer at Nordic"])
def test_a_contact_number_asks_for_contact_details(trained, gaz: Gazetteer, text: str) -> None:
    decided = plan(text, Memory(), gaz, today=TODAY, role="rep")
    assert decided.tool == "customer_profile" and decided.args.get("contact_details") is True


@pytest.mark.parametrize("text", ["你底层跑的是哪家的大模型", "which LLM are you built on"])
def test_asking_which_model_gets_a_short_answer_without_a_tool(trained, gaz: Gazetteer, text: str) -> None:
    decided = plan(text, Memory(), gaz, today=TODAY, role="rep")
    assert decided.tool is None and decided.reply and len(decided.reply) < 300
