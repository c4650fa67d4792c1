"""Hostile sizes: every text entry point has a documented limit, and the work behind it is linear."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from assistant.agents.memory import trim_history
from assistant.agents.message_limits import check_message
from assistant.agents.offline import entities, payload
from assistant.agents.offline.gazetteer import Gazetteer, static_entries
from assistant.agents.service import Assistant, ConversationError
from assistant.compliance import matcher as matcher_mod
from assistant.compliance.matcher import scan_text
from assistant.config import Settings, override_settings
from assistant.limits import InputTooLarge, check_pasted, check_scan
from assistant.summaries import SummaryError
from assistant.summaries.service import summarize_text
from assistant.tools import results

ROOT = Path(__file__).resolve().parents[2]
LIMIT_SETTINGS = ("max_question_chars", "max_pasted_text_chars", "max_scan_chars")


def test_limits_are_settings_documented_in_env_example_and_readme() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    limits = readme.split("## Limits", 1)[1]
    for name in LIMIT_SETTINGS:
        default = Settings.model_fields[name].default
        assert f"\n{name.upper()}={default}\n" in example
        assert f"| `{name.upper()}` | `{default}` |" in readme
        assert name.upper() in limits


def test_question_over_the_limit_is_refused_with_a_clear_message() -> None:
    assistant = Assistant(graph=None)
    with override_settings(max_question_chars=50):
        with pytest.raises(ConversationError, match=r"question is 51 characters; the limit is 50 \(MAX_QUESTION_CHARS\)"):
            assistant.handle_message(None, "王" * 51)
        check_message("王" * 50)


def test_a_pasted_chat_after_an_instruction_gets_the_pasted_text_limit() -> None:
    with override_settings(max_question_chars=50, max_pasted_text_chars=500):
        check_message("总结一下这段聊天：\n" + "客户：价格太高了。" * 40)  # 370 characters of pasted chat
        with pytest.raises(InputTooLarge, match="MAX_PASTED_TEXT_CHARS"):
            check_message("总结一下这段聊天：\n" + "客户：价格太高了。" * 60)
        with pytest.raises(InputTooLarge, match="MAX_QUESTION_CHARS"):
            check_message("问" * 100 + "：" + "客户：价格太高了。" * 10)  # the instruction itself is too long


def test_summaries_and_scan_have_their_limits() -> None:
    with override_settings(max_pasted_text_chars=100, max_scan_chars=100):
        with pytest.raises(SummaryError, match="MAX_PASTED_TEXT_CHARS"):
            summarize_text("客户：价格太高了。" * 20, today=__import__("datetime").date(2025, 1, 1))
        with pytest.raises(InputTooLarge, match="MAX_PASTED_TEXT_CHARS"):
            check_pasted("x" * 101)
        with pytest.raises(InputTooLarge, match="MAX_SCAN_CHARS"):
            check_scan("x" * 101)
        check_scan("x" * 100)


@pytest.mark.parametrize(
    ("pattern", "unit"),
    [(entities._EN_ACCOUNT, "A"), (entities._EN_ACCOUNT, "A-"), (entities._LIMIT, "1"), (entities._LIMIT, "三")],
)
def test_entity_patterns_start_once_per_run_not_once_per_character(pattern: re.Pattern[str], unit: str) -> None:
    # A pattern that may start at every character of a run rescans the run each time: O(n²).
    text = unit * 2000
    starts = sum(1 for i in range(len(text)) if pattern.match(text, i) or _could_start(pattern, text, i))
    assert starts <= 2


def _could_start(pattern: re.Pattern[str], text: str, i: int) -> bool:
    """Whether an attempt at ``i`` gets past the start guard (probe: the same run followed by a cue)."""
    probe = text[i:i + 40] + " account 个"
    return pattern.match(text[:i] + probe, i) is not None


def test_spot_is_correct_on_long_hostile_questions() -> None:
    gaz = Gazetteer(static_entries())
    for unit in ("A", "1", "A-", "top ", "王总"):
        text = unit * (100_000 // len(unit))
        m = entities.spot(text + " the Acme account 前3个", gaz)
        assert "Acme" in m.customers
        assert m.limit == (None if unit == "top " else 3)  # "top top …" is read as the limit word


def test_quoted_payload_search_is_bounded_by_the_last_closing_quote() -> None:
    text = "“" * 50_000  # opening quotes only: nothing to find, and nothing after the last closer to scan
    assert payload._last_closing_quote(text) == -1
    assert payload.split_payload(text) == (text, None)
    assert payload.split_payload("总结 “客户说价格太高了” 谢谢")[1] == "客户说价格太高了"


def test_history_trimming_counts_each_message_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.agents import memory

    counted: list[int] = []
    real = memory.count_tokens
    monkeypatch.setattr(memory, "count_tokens", lambda text: counted.append(len(text)) or real(text))
    msgs: list = []
    for i in range(200):
        msgs += [HumanMessage(f"问题 {i} " + "内容" * 40),
                 AIMessage("", tool_calls=[{"name": "churn_risk", "args": {}, "id": f"t{i}"}]),
                 ToolMessage("结果" * 60, tool_call_id=f"t{i}"), AIMessage(f"回答 {i}")]  # fmt: skip
    msgs.append(HumanMessage("最后的问题"))
    kept = trim_history(msgs, 20_000)
    total = sum(len(m.content) for m in msgs)
    assert sum(counted) <= 1.1 * total + 10 * len(msgs)  # each message once (plus tool-call names)
    assert isinstance(kept[0], HumanMessage) and kept[-1].content == "最后的问题" and len(kept) < len(msgs)


def test_split_by_tokens_encodes_each_sentence_about_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant import tokens

    enc = tokens.get_encoding()
    encoded: list[int] = []

    class Counting:
        def encode(self, text: str, **kw: object) -> list[int]:
            encoded.append(len(text))
            return enc.encode(text, **kw)

        def decode(self, ids: list[int]) -> str:
            return enc.decode(ids)

    monkeypatch.setattr(tokens, "get_encoding", lambda: Counting())
    text = "第一句话。" * 4000
    chunks = tokens.split_by_tokens(text, 50)
    assert "".join(chunks) == text and all(len(enc.encode(c)) <= 50 for c in chunks)
    assert sum(encoded) <= 3 * len(text)


def test_fit_to_budget_ends_on_one_huge_value(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    real = results._tokens

    def counting(value: object) -> int:
        calls[0] += 1
        assert calls[0] < 500, "fit_to_budget does not terminate"
        return real(value)

    monkeypatch.setattr(results, "_tokens", counting)
    name = "诚嘉纺织" * 25_000
    result = {
        "status": "ok",
        "customer": {"name": name},
        "orders": [{"id": i, "customer": name} for i in range(5)],
        "deals": [{"id": i} for i in range(5)],
        "records": [results.record("customer", "C00001", name), results.record("order", 2, "SO-2")],
    }
    out = results.fit_to_budget(result, 600)
    assert real(out) <= 600 and out["status"] == "ok" and out["clipped"]


def test_scanner_is_linear_in_the_number_of_hits(monkeypatch: pytest.MonkeyPatch) -> None:
    # 40,000 hits: the old all-pairs dedupe and allow-list checks took ~10⁹ steps here.
    pairs = [0]
    real = matcher_mod.Pairs.touching

    def counting(self: object, i: int) -> bool | None:
        pairs[0] += 1
        return real(self, i)

    monkeypatch.setattr(matcher_mod.Pairs, "touching", counting)
    unit = "放心，这个认证我们包过，加我私人微信细聊。电话 +86 138 1234 5678，邮箱 abc@qq.com 保本价 "
    result = scan_text(unit * 10_000)
    assert len(result.hits) >= 30_000
    assert {h.category for h in result.hits} >= {"guarantee", "contact_leak"}
    single = scan_text(unit)
    assert len(result.hits) == 10_000 * len(single.hits)
