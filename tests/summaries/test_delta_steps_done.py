"""Last time's steps found done in more of the ways a follow-up says so (zh and en)."""

from __future__ import annotations

from assistant.summaries.delta_rules import sentences
from assistant.summaries.done_answers import step_answered
from assistant.summaries.done_confirms import confirmed_done, settling, topic_keys
from assistant.summaries.done_reports import reported_done


def test_english_sentences_are_cut_at_a_full_stop_but_not_after_a_title() -> None:
    said = sentences(
        "> The floor plan is attached. I'm still waiting for your invoice; thanks.\nMr. Heng agreed."
    )
    assert "> The floor plan is attached." in said
    assert "Mr. Heng agreed." in said


def test_a_report_followed_by_a_complaint_about_something_else_is_done() -> None:
    said = sentences("The signed floor plan is attached. I am still waiting for the freight quote, though.")
    assert reported_done("Customer sends the signed floor plan", said) is not None


def test_sent_out_on_a_date_is_done() -> None:
    said = ["样灯二十只已于3月2日跨越速运寄出，单号稍后发您。"]
    assert reported_done("寄样灯20只给客户", said) is not None


def test_the_thing_you_sent_named_by_the_customer_is_done() -> None:
    assert reported_done("发分档报价给客户", ["前天您发的分档报价我们内部看过了。"]) is not None
    assert (
        reported_done("Send the tiered price list", ["The tiered price list you sent looks clear."])
        is not None
    )


def test_a_trial_reported_is_a_trial_step_done() -> None:
    said = ["样灯三家店都试用了一周，店长反馈亮度可以。"]
    assert reported_done("客户安排门店试用样灯并反馈", said) is not None
    said = ["We tested the sample lamps in two shops for a week and the staff liked them."]
    assert reported_done("Customer tests the sample lamps and gives feedback", said) is not None


def test_a_yes_after_a_company_label_and_a_greeting() -> None:
    said = [
        "Wu Tao: Hello Petra, did the second lamp sample arrive?",
        "It went out on the 3rd.",
        "Petra Novak (Lumen Oy): Hi Tao, yes, it came on Monday.",
    ]
    assert reported_done("Wu Tao sends a second lamp sample", said) is not None


def test_a_question_about_another_object_does_not_report_a_report() -> None:
    said = ["钱主任好，样灯收到了吗？", "收到了。"]
    assert reported_done("发光衰检测报告给钱主任", said) is None


def test_a_condition_with_after_is_not_a_report() -> None:
    assert reported_done("客户提供收货地址", ["收货地址收到后，我们就安排发车。"]) is None


def test_a_colour_choice_answers_a_confirm_colour_step() -> None:
    assert step_answered("Petra confirms the lampshade colour", ["Lampshades: ivory, as agreed."]) is not None
    assert (
        step_answered("Customer to confirm colours", ["The buyers chose olive and ivory, 60/40."]) is not None
    )
    assert step_answered("客户确认灯罩颜色", ["灯罩颜色就定象牙白。"]) is not None
    assert step_answered("客户确认灯罩颜色", ["灯罩颜色我们还在比较。"]) is None


def test_a_split_given_with_a_decision_answers_a_confirm_step() -> None:
    said = ["We'll take 600 LP-4 instead of 500, split 400 ivory and 200 olive."]
    assert step_answered("Petra confirms the colour split for the LP-4", said) is not None


def test_only_an_amount_word_shared_does_not_answer() -> None:
    said = ["数量有变化：LP-4改成600只。"]
    assert confirmed_done("客户确认四家门店各自数量", said) is None


def test_a_quote_step_is_done_when_our_price_for_it_is_given() -> None:
    said = ["LP-4六百只的量，我们可以给到每只八十二，这是底价。"]
    assert step_answered("报LP-4按量阶梯价", said) is not None
    said = ["For the LP-4 at 600 pieces we can do USD 11.40 each."]
    assert step_answered("Send a revised quote for the LP-4", said) is not None


def test_a_quote_step_is_not_done_by_a_price_asked_or_promised() -> None:
    assert step_answered("报LP-4按量阶梯价", ["LP-4六百只的话每只多少钱？"]) is None
    assert (
        step_answered("Send a revised quote for the LP-4", ["I will send the LP-4 price tomorrow."]) is None
    )


def test_an_approval_answers_a_price_request_step() -> None:
    said = ["Thanks for getting USD 11.40 approved, that works for us."]
    assert (
        step_answered("Ask the director whether USD 11.40 per lamp is possible and reply", said) is not None
    )
    assert step_answered("申请灯罩降价并答复客户", ["灯罩经理批了每只七十八。"]) is not None


def test_another_products_answer_does_not_settle_a_promise() -> None:
    want = topic_keys("the LP-6 price")
    assert settling(want, "I'll get back to you on the LP-6 price", ["The LP-4 price is agreed."]) is None
    assert settling(want, "I'll get back to you on the LP-6 price", ["The LP-6 price is agreed."]) is not None
    want = topic_keys("LP-6的价格")
    assert settling(want, "LP-6的价格明天回您", ["LP-4的价格定了。"]) is None


def test_the_owners_name_in_a_label_or_greeting_says_nothing_of_the_step() -> None:
    said = ["Wu Tao: LP-6 is CE approved."]
    assert reported_done("Wu Tao sends the EN 60598 report", said) is None
    assert step_answered("Wu Tao sends the revised quotation", ["Wu Tao: LP-6 is USD 9.80."]) is None
    assert reported_done("钱主任提供仓库平面示意图", ["钱主任早，样灯收到了吗？", "收到了。"]) is None


def test_a_competitors_price_is_not_our_quote() -> None:
    said = ["隔壁那家经销商LP-4报了每只七十五。", "LP-4我们可以给到每只八十二。"]
    assert step_answered("报LP-4按量阶梯价", said) == "LP-4我们可以给到每只八十二。"


def test_a_trial_step_is_done_by_the_trial_not_the_samples_sent() -> None:
    said = ["LP-4样灯二十只已于3月2日寄出。", "LP-4样灯两家店试用了一周，反馈亮度够。"]
    assert reported_done("客户安排门店试用LP-4样灯并反馈", said) == "LP-4样灯两家店试用了一周，反馈亮度够。"


def test_a_choice_to_be_confirmed_later_is_not_confirmed() -> None:
    said = ["Production takes 20 days after the colours are confirmed."]
    assert confirmed_done("Petra confirms the lampshade colours", said) is None


def test_a_trial_reported_with_no_damage_found_is_done() -> None:
    said = ["样灯两家店试用了一周，没有发现破损。"]
    assert reported_done("客户安排门店试用样灯并反馈", said) is not None


def test_the_approver_named_in_the_step_ties_the_approval() -> None:
    assert step_answered("钱经理确认灯罩能否降价", ["价格钱经理批了，每只七十八。"]) is not None


def test_sent_to_you_and_sent_again_are_done() -> None:
    assert reported_done("发灯具检测报告给客户", ["灯具检测报告我今天补发给您了，抱歉晚了。"]) is not None
    assert reported_done("客户提供灯具型号清单", ["型号清单我昨天发你邮箱了。"]) is not None
    said = ["The two LP-4 samples left our factory this morning by courier;"]
    assert reported_done("Send two LP-4 samples", said) is not None


def test_a_sample_of_any_product_is_a_sample() -> None:
    said = ["两把样椅周三已经签收了吧？", "还没收到，物流说明天。"]
    assert reported_done("寄两把样椅给客户试坐", said) is None
    said = ["两把样椅周三已经签收了吧？", "大家坐着感觉怎么样？"]
    assert reported_done("寄两把样椅给客户试坐", said) is not None


def test_a_price_each_answers_a_quote_step() -> None:
    assert step_answered("Send a quote for bath mats", ["Bath mats are 2.15 each."]) is not None


def test_a_send_planned_or_a_test_under_way_is_no_report() -> None:
    assert reported_done("寄样灯20只给客户", ["样灯我这周五之前寄出。"]) is None
    assert reported_done("寄样灯20只给客户", ["样灯这周五前从仓库发出。"]) is None
    assert reported_done("Test the LP-4 sample lamps", ["The LP-4 sample lamp is being tested now."]) is None
    assert reported_done("补发两只样灯给客户", ["两只样灯我今天就安排补发。"]) is None


def test_another_quote_wanted_is_not_our_quote() -> None:
    said = ["My director now wants a third quote above AUD 20,000 before we sign."]
    assert step_answered("Quote for 90 gsm tissue paper", said) is None
