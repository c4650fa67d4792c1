"""A need statement is headed "产品/Product" only when it is about which product is wanted."""

from __future__ import annotations

from assistant.summaries.need_heads import need_head


def test_a_need_naming_a_product_or_a_count_of_items_is_headed_product() -> None:
    assert need_head("product", "除湿机要两台", None, "zh") == "产品"
    assert need_head("product", "窗帘也要 就是遮光的那种", None, "zh") == "产品"
    assert need_head("product", "The RX-40 pump for the cellar", None, "en") == "product"
    assert need_head("product", "can you also supply the mounting brackets?", None, "en") == "product"
    assert need_head("product", "whatever it says", "SKU-1", "en") == "product"


def test_a_deadline_budget_or_requirement_gets_its_own_head() -> None:
    assert need_head("product", "5月10号开业，机器最晚5月1号要装完", None, "zh") == "交期"
    assert need_head("product", "We need them on site by June 3 at the latest", None, "en") == "delivery"
    assert need_head("product", "董事会批的预算是十五万以内", None, "zh") == "预算"
    assert need_head("product", "你们得出一份噪音测试", None, "zh") == "要求"
    assert need_head("product", "and the surface must be non-slip", None, "en") == "requirement"
    assert need_head("product", "400 kg load rating", None, "en") == "requirement"  # a measure, no item count


def test_a_delivery_deadline_to_a_place_and_a_price_asked_are_told_apart() -> None:
    assert need_head("product", "第一批要在6月3号之前到我们郑州仓", None, "zh") == "交期"
    assert need_head("product", "The goods must be in Porto by 12 May", None, "en") == "delivery"
    assert need_head("product", "那就按17.5走", None, "zh") == "价格"
    assert need_head("product", "除湿机要两台，5月1号前", None, "zh") == "产品"  # no place reached: the product
    assert need_head("product", "We cannot order before we have the test report", None, "en") == "requirement"


def test_other_topics_keep_their_own_head() -> None:
    assert need_head("price", "目标价12元", None, "zh") == "价格"
    assert need_head("certification", "needs a CE mark", None, "en") == "certification"


def test_before_and_a_numbered_place_are_no_deadline() -> None:
    assert need_head("product", "以前那批的到货太慢，这次要改进", None, "zh") == "要求"
    assert need_head("product", "5号库的货直接送到就行", None, "zh") == "要求"
    assert need_head("product", "下周五之前送到我们苏州仓", None, "zh") == "交期"
    assert need_head("product", "manuals printed in colour by 5 May", None, "en") == "requirement"


def test_months_money_days_and_pounds_are_no_item_counts() -> None:
    assert need_head("product", "三个月内要能用上", None, "zh") == "要求"
    assert need_head("product", "no more than 14 dollars apiece", None, "en") == "requirement"
    assert need_head("product", "the whole job within 45 working days", None, "en") == "requirement"
    assert need_head("product", "it must carry 600 lbs", None, "en") == "requirement"
    assert need_head("product", "柜子要三个", None, "zh") == "产品"


def test_target_and_give_words_without_a_price_are_no_price_ask() -> None:
    assert need_head("product", "交期给到月底就行", None, "zh") == "要求"
    assert need_head("product", "目标是下个季度投产", None, "zh") == "要求"
    assert need_head("product", "目标价能给到6.8吗", None, "zh") == "价格"
    assert need_head("product", "单价能降到二十元吗", None, "zh") == "价格"


def test_a_price_ask_wins_over_a_want_word() -> None:
    assert need_head("product", "we want a discount of 4% on the lot", None, "en") == "price"
    assert need_head("product", "价格也要 9折", None, "zh") == "价格"


def test_a_target_or_unit_price_with_its_figure_is_a_price_ask() -> None:
    assert need_head("product", "目标价格是4.6元", None, "zh") == "价格"
    assert need_head("product", "目标价格5.1元/套就能定", None, "zh") == "价格"
    assert need_head("product", "目标单价7.2", None, "zh") == "价格"
    assert need_head("product", "单价能给到一百五吗", None, "zh") == "价格"


def test_a_count_of_pieces_or_places_is_a_product() -> None:
    assert need_head("product", "要八个折叠凳", None, "zh") == "产品"
    assert need_head("product", "四个门店都要装", None, "zh") == "产品"
    assert need_head("product", "两个小时内要到场", None, "zh") == "要求"
    assert need_head("product", "五个工作日内要回复", None, "zh") == "要求"
    assert need_head("product", "we'd like 20 litre drums x 60", None, "en") == "product"
