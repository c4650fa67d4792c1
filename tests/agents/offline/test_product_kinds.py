"""Product categories in order questions ("家具类的", "hardware"), not the category word in a customer's name."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.agents.offline.entities import spot
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.product_kinds import product_category
from assistant.agents.offline.slots import build_args

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("锦华今年家具类的采购额是多少", "furniture"),
        ("how much hardware did Summit take last quarter", "hardware"),
        ("锦华去年买的五金一共多少钱", "hardware"),
        ("Summit's packaging orders this year", "packaging"),
        ("锦华今年下了多少单", None),
        ("Golden Gate Textiles orders this year", None),  # the word belongs to a name
        ("上海锦华纺织品有限公司今年的订单", None),
    ],
)
def test_product_category(text: str, kind: str | None) -> None:
    assert product_category(text) == kind


def test_order_history_takes_the_category_as_its_product_filter(gaz: Gazetteer) -> None:
    text = "锦华最近半年家居类的一共买了多少钱"
    args = build_args("order_history", text, None, spot(text, gaz), TODAY, "rep")
    assert args["customer"] == "锦华" and args["product"] == "home" and args["period"] == "last_6_months"
