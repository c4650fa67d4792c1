"""The chat reply of a summary keeps quantities, prices, due words and open points (nothing important dropped)."""

from assistant.agents.offline.render_summary import summarize_conversation, summary_lines

VIEW_ZH = {
    "headline": "客户关注：数量；下一步 1 项。",
    "needs": ["数量：4500 个"],
    "progress": [],
    "risks": [],
    "next_steps": [{"text": "我方：明天回复产能", "due": "2026-12-01", "due_text": "明天"}],
    "key_facts": [
        {"kind": "quantity", "value": "4500 个", "date": None, "quote": "这批要4500个，月底前能出货吗"},
        {"kind": "amount", "value": "USD 3.2", "date": None, "quote": "可以，单价3.2美元"},
        {
            "kind": "date",
            "value": "2026-11-30",
            "date": "2026-11-30",
            "quote": "这批要4500个，月底前能出货吗",
        },
    ],
    "open_points": ["包装的事还要再商量"],
}


def test_figures_due_words_and_open_points_are_all_in_the_reply() -> None:
    reply = "\n".join(summarize_conversation({"summary": VIEW_ZH}, "zh"))
    for fact in ("4500", "3.2", "月底", "11月30日", "包装的事还要再商量", "明天"):
        assert fact in reply, fact
    assert reply.count("这批要4500个，月底前能出货吗") == 1  # one sentence quoted once for two figures


def test_an_english_reply_names_dates_in_words_and_skips_what_is_already_shown() -> None:
    view = {
        "headline": "Customer cares about quantity.",
        "needs": ["Quantity: We need 650 desk lamps by Mar 3"],
        "risks": [{"text": "Payment: Payment terms are still open", "severity": "medium"}],
        "next_steps": [],
        "key_facts": [
            {
                "kind": "quantity",
                "value": "650 × 台灯",
                "date": None,
                "quote": "we need 650 desk lamps by Mar 3.",
            },
            {
                "kind": "date",
                "value": "2027-03-03",
                "date": "2027-03-03",
                "quote": "we need 650 desk lamps by Mar 3.",
            },
            {"kind": "amount", "value": "USD 15.40", "date": None, "quote": "Sure, $15.40 each FOB."},
        ],
        "open_points": ["payment terms are still open"],
    }
    reply = "\n".join(summary_lines(view, "en"))
    assert "Mar 3, 2027" in reply and "quantity 650" in reply and "台灯" not in reply
    assert '"$15.40 each FOB"' in reply  # the price's sentence, without the bare "Sure"
    assert "Still open" not in reply  # already a risk line
    assert reply.count("we need 650 desk lamps") == 0 and "We need 650 desk lamps" in reply


def test_a_headline_of_punctuation_only_is_left_out() -> None:
    lines = summary_lines({"headline": "。", "progress": ["样品（我方）：样品已寄出"]}, "zh")
    assert lines == ["进展：样品（我方）：样品已寄出"]
