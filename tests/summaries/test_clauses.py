"""Clause-level labels: a sentence cut at its commas, each clause labelled, quotes at exact offsets."""

from __future__ import annotations

import numpy as np

from assistant.summaries.clauses import SECTIONS, clauses, decide, labelled_units
from assistant.summaries.sentence_set import LABELS
from assistant.text.conversation import Sentence


def _sentence(text: str, at: int = 5) -> Sentence:
    return Sentence(start=at, end=at + len(text), text=text, role="customer")


def test_clauses_keep_exact_offsets_and_join_short_pieces() -> None:
    source = "客户：老板说65可以，但是要1月10号前两个地方都到货。"
    text = source[3:]
    parts = clauses(_sentence(text, 3))
    assert [p.text for p in parts] == ["老板说65可以", "但是要1月10号前两个地方都到货。"]
    assert all(source[p.start : p.end] == p.text for p in parts)
    assert [p.text for p in clauses(_sentence("好的，明白"))] == ["好的，明白"]  # too short to stand alone


def test_thousands_separators_are_not_clause_breaks() -> None:
    assert len(clauses(_sentence("We can do USD 4.15 at 6,000 sets for the order"))) == 1


def test_decide_uses_section_mass_and_the_threshold() -> None:
    probs = np.full(len(LABELS), 0.0, dtype=np.float32)
    for x in SECTIONS["risk"]:
        probs[LABELS.index(x)] = 0.1  # nine small risk labels outweigh one larger label
    probs[LABELS.index("need")] = 0.1
    assert decide(probs / probs.sum(), 0.3).startswith("risk:")
    assert decide(np.full(len(LABELS), 1 / len(LABELS), dtype=np.float32), 0.9) == "none"


def test_units_quote_the_source_verbatim() -> None:
    source = "销售：1月10号有点紧，工厂排产到月底，我今天下午跟工厂确认后回您。"
    units = labelled_units([_sentence(source[3:], 3)], 0.4)
    assert units and all(source[u.start : u.end] == u.text for u, _ in units)
    assert any(lab == "next_step" for _, lab in units)


def test_a_clause_that_only_says_by_when_stays_with_the_clause_before() -> None:
    text = "I will also send the Intertek quotation and ask for an earlier test slot, by Friday as well."
    assert [p.text for p in clauses(_sentence(text))] == [text]
    assert [p.text for p in clauses(_sentence("报价单我发您，最晚周五之前。"))] == ["报价单我发您，最晚周五之前。"]
    parts = clauses(_sentence("We need the goods in Rotterdam, by then the price must be fixed"))
    assert len(parts) == 2  # a clause that says more than when stands alone


def test_a_space_between_chinese_words_of_a_chat_cuts_a_clause() -> None:
    text = "那个封口机样机 我们试了20杯 漏了3杯😭 奶茶洒一桌"
    assert [p.text for p in clauses(_sentence(text))] == ["那个封口机样机", "我们试了20杯", "漏了3杯😭", "奶茶洒一桌"]
    assert [p.text for p in clauses(_sentence("晨屹 HB-220 报价 OK"))] == ["晨屹 HB-220 报价 OK"]  # no Chinese word on both sides of a space


def test_earlier_or_ago_is_no_deadline_clause() -> None:
    assert len(clauses(_sentence("单价我们接受，交期能不能提前。"))) == 2
    assert len(clauses(_sentence("合同我们今天签，交货尽量提前。"))) == 2
