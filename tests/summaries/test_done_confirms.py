"""Last time's confirm / reply / report steps read as done when the answer is given."""

from assistant.summaries.done_confirms import confirmed_done


def test_a_decision_cue_on_the_same_thing_settles_a_confirm_step():
    said = ["早上好。", "包装方案我们内部也定了，就用牛皮纸盒。"]
    assert confirmed_done("客户确认包装方案", said) == "包装方案我们内部也定了，就用牛皮纸盒。"


def test_a_figure_answers_a_step_that_asked_for_one():
    said = ["仓库那边重新盘了一下，货架数量一共是460组。"]
    assert confirmed_done("客户确认货架数量", said) is not None


def test_a_report_step_is_done_by_the_report_itself():
    said = ["Regarding the CE file for the KX-20 heater, the lab expects to issue it on 20 April."]
    assert confirmed_done("Update the customer on the KX-20 CE certificate", said) is not None


def test_a_promise_to_answer_later_is_not_an_answer():
    assert confirmed_done("客户确认货架数量", ["货架数量我明天再确认给您。"]) is None
    assert confirmed_done("Confirm the carton count", ["I will confirm the carton count tomorrow."]) is None


def test_a_question_is_not_an_answer():
    assert confirmed_done("客户确认货架数量", ["货架数量定了吗？"]) is None


def test_a_figure_on_another_subject_does_not_answer_a_plan_step():
    said = ["Also, we now need two deliveries of 1,200 units each."]
    assert confirmed_done("Confirm the delivery plan with the carrier", said) is None


def test_a_headcount_given_confirms_a_step_asking_for_it() -> None:
    said = ["门店人数统计出来了，一共860份。"]
    assert confirmed_done("客户确认各门店员工人数", said) is not None


def test_a_whether_step_is_settled_by_the_thing_added_or_refused() -> None:
    said = ["另外加300支10ml量筒，请报个价。"]
    assert confirmed_done("客户确认是否追加量筒", said) is not None
    said = ["We'll add 200 spare filters to the order."]
    assert confirmed_done("Customer confirms whether to add spare filters", said) is not None
    said = ["量筒的事我们还在商量。"]
    assert confirmed_done("客户确认是否追加量筒", said) is None
