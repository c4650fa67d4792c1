"""Rule-based intent routing: which tool a request asks for, in Chinese and English.

Each rule is a regular expression with a weight; a request's score for a tool is the
sum of the weights of its rules that match. Conversation acts that need no tool
(greeting, thanks, help, out-of-scope requests) are recognised here too. When no rule
is confident, :mod:`assistant.agents.offline.semantic` is the fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.agents.offline.data import load_data
from assistant.text import lazy_re

CUSTOMER_TOOLS = ("customer_profile", "recommend_products")
_R = list[tuple[str, int]]

RULES: dict[str, _R] = {
    tool: [(rule["pattern"], rule["weight"]) for rule in rules]
    for tool, rules in load_data("intent_rules.yaml").items()
}
_COMPILED = {tool: [(lazy_re.compile(p, re.I), w) for p, w in rules] for tool, rules in RULES.items()}

ACTS: dict[str, str] = {
    "greeting": r"^(你好|您好|嗨|哈喽|早上好|下午好|晚上好|在吗|hi|hello|hey|good (morning|afternoon|evening))[\s!！。.~,，呀啊]*$",
    "thanks": r"^(?:(?:ok|okay|好的|好)[\s,，]*)?(?:(?:that'?s all|that is all|nothing else|先这样|就这些|没别的了)(?: for (?:now|today))?[\s!！。.~,，吧了]*)?"
    r"(谢谢|多谢|感谢|辛苦了|好的谢谢|thanks|thank you|thx|cheers|ok thanks|great,? thanks)[\s!！。.~,，你啦了]*"
    r"(?:(?:that'?s all|that is all|nothing else|all good|bye|see you|先这样|就这些|没别的了|拜拜|再见)"
    r"(?: for (?:now|today))?[\s!！。.~,，吧了]*)?$",  # "thx, that's all for today": a goodbye, not today's briefing
    "closing": r"^(?:(?:ok|okay|no|nope|好的|好|行|嗯|没|alright|cool|great|perfect|got it|收到|明白了?)[\s!！。.~,，了啦]*)?"
    r"(?:(?:没事了|没别的了|没有了|没了|不用了|没其他的?了|就这些了?|就这样吧?|先这样吧?|that'?s (?:it|all)|nothing else|all good|"
    r"i'?m (?:good|done|all set)|we'?re (?:good|done)|bye|see (?:you|ya)|拜拜|再见|回头聊|下次聊)"
    r"(?: for (?:now|today))?[\s!！。.~,，吧了啦哈]*){1,3}$",  # "好的没事了", "ok that's it for now, bye": a goodbye
    "help": r"你能做什么|你会什么|能帮我(做)?什么|怎么用|使用说明|^帮助$|^help$|what can you do|how do i use you|what do you do|"
    r"(?:你|您)(?:都|还|今天)?(?:能|会|可以)(?:帮我)?(?:做|干)(?:点|些)?(?:什么|啥)|"  # "你都能帮我做些什么"
    r"能帮(?:我|上我)?(?:做|干)?(?:点|些)?(?:什么|啥)(?:忙)?[\s?？!！。.~,，呀吗呢啊]*$|"  # "早上好呀，今天能帮我干点啥"
    r"\bwhat (?:can|could) you (?:help (?:me )?with|do for me)\b",
}
FORBIDDEN = lazy_re.compile(
    r"删除|删掉|清空|导出(全部|所有)|密码|工资|薪水|身份证|"
    r"\bdelete\b|\bremove all\b|\bwipe\b|\bexport all\b|\bpassword|\bsalar(y|ies)\b|"
    r"忽略(之前|以上|前面|上面|所有|你的)的?(指令|指示|提示|规则|设定|要求)|系统提示词|越狱|开发者模式|"
    r"\b(ignore|disregard|forget) (all |any |the |your )*(previous|prior|above|earlier|system)? ?(instructions|rules|prompts?)\b|"
    r"(?:忽略|无视|别管|不管|绕过|绕开|跳过|突破)(?:一下)?(?:你的|你|我的|所有的?|这些|那些)?(?:角色|质检|访问|数据)?的?(?:权限|限制|角色)|"
    r"\b(?:ignore|disregard|forget|bypass|override|get around|skip)\s+(?:(?:all|any|the|your|my|these|those|qa|role|access|"
    r"security|permission|data)\s+){0,3}(?:limits?|limitations?|restrictions?|permissions?|guardrails?|polic(?:y|ies)|access controls?|role)\b|"
    r"\bsystem prompt\b|\bjailbreak|\bdeveloper mode\b|\bsystem override\b|^\s*system\s*:|"
    r"\byou are now (?:talking|speaking|chatting|answering) (?:to|with)\b",  # a claimed identity or a fake system turn
    re.I,
)  # fmt: skip
NO_TOOL_WRITE = lazy_re.compile(  # a change to who owns a customer, or to the customer records themselves: no tool does it
    r"(?:转|划|挪|分配|交接|过户)(?:到|给|至|归|交给)?(?:我|你|他|她|\w{1,8}?)(?:的)?(?:名下|这边|手上|手里)|"
    r"(?:划给|划归|划到|移交给?|转交给|分配给|过户给|交接给)(?!.{0,6}(?:阶段|状态))|"
    r"(?:把|将).{1,30}合并(?:成|为|到|进|起来)?(?:一个|一家|一条)?(?:客户|账户|档案|记录)?[\s?？!！。.~,，吧呢]*$|"
    r"(?:删|删除|删掉|移除|去掉).{0,10}(?:客户|账户|联系人|档案)|(?:客户|账户|联系人|档案).{0,10}(?:删|删除|删掉|移除)|"
    r"\b(?:re-?assign|transfer|hand(?:ing)? (?:over|off))\b(?!.{0,20}\b(?:stage|phase)\b)(?=.{0,40}\b(?:to|accounts?|customers?|clients?|ownership)\b)|"
    r"\b(?:move|hand|give|pass|shift)\b.{0,40}\b(?:accounts?|customers?|clients?)\b.{0,12}\bto\b|"
    r"\b(?:move|shift)\b.{0,40}\bto (?:me|my name|rep\d+)\b|"
    r"\b(?:change|switch) (?:the )?(?:account |customer )?owner(?:ship)?\b|"
    r"\b(?:merge|combine|consolidate)\b.{0,40}\b(?:into (?:one|a single)|accounts?|customers?|clients?|records?|duplicates?)\b|"
    r"\b(?:delete|remove|erase)\b.{0,30}\b(?:accounts?|customers?|clients?|contacts?|records?)\b",
    re.I,
)  # fmt: skip
ASKS_WHICH = lazy_re.compile(  # "分配到我名下的客户有哪些" / "which accounts were moved to me": a read about owners
    r"哪些|哪几|哪家|多少|几个|几家|有没有|是否|谁|\b(?:which|how many|who|what|whose|list|show)\b", re.I
)
OFF_TOPIC = lazy_re.compile(
    r"天气|机票|订酒店|预订酒店|火车票|笑话|写诗|写首|股票|股价|股市|基金|彩票|翻译|讲个故事|做饭|菜谱|新闻|"
    r"\bweather\b|\bflights?\b|\bjoke\b|\bpoem\b|\bstock price|\blottery\b|\btranslate\b|\brecipe\b|"
    r"\bbook (a|me a) (hotel|table|flight)",
    re.I,
)  # fmt: skip
OFF_TOPIC_YIELDS_TO = (
    5  # an off-topic word inside a clear CRM request ("客户说翻译有误怎么回") does not refuse
)
_ACTS = {name: lazy_re.compile(p, re.I) for name, p in ACTS.items()}
_SYMBOLS = lazy_re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")


@dataclass(frozen=True)
class Intent:
    """A routing decision.

    Attributes:
        tool: The tool name, or None for a conversation act.
        act: ``"tool"``, ``"greeting"``, ``"thanks"``, ``"help"``, ``"out_of_scope"`` or ``"unknown"``.
        score: Summed rule weight (rules) or cosine similarity (semantic fallback).
        source: ``"rules"`` or ``"semantic"``.
    """

    tool: str | None
    act: str
    score: float
    source: str = "rules"


def tool_scores(text: str) -> dict[str, int]:
    """Sum the weights of the rules that match ``text``, per tool (tools with no match omitted)."""
    scores: dict[str, int] = {}
    for tool, rules in _COMPILED.items():
        total = sum(w for pattern, w in rules if pattern.search(text))
        if total:
            scores[tool] = total
    return scores


def conversation_act(text: str, best_score: int = 0) -> str | None:
    """Return ``"greeting"``, ``"thanks"``, ``"help"``, ``"no_tool_write"`` or ``"out_of_scope"`` when the text is one.

    ``no_tool_write``: a change no tool makes (reassigning, merging or deleting customers), declined plainly.

    Args:
        text: The request.
        best_score: The best tool score of the request; an off-topic word yields to a clear CRM request,
            a forbidden action (deleting, exporting everything, passwords, salaries) never does.
    """
    stripped = _SYMBOLS.sub("", text).strip()  # "thx 👍": the emoji is no request
    for name, pattern in _ACTS.items():
        if pattern.search(stripped):
            return "thanks" if name == "closing" else name
    if NO_TOOL_WRITE.search(stripped) and not ASKS_WHICH.search(stripped):
        return "no_tool_write"
    if FORBIDDEN.search(stripped) or (OFF_TOPIC.search(stripped) and best_score < OFF_TOPIC_YIELDS_TO):
        return "out_of_scope"
    return None


PRIORITY = list(RULES)  # dict order: write tools and specific tools win ties over general ones


def best_tool(scores: dict[str, int]) -> tuple[str | None, int]:
    """Return the highest-scoring tool; ties go to the more specific tool (earlier in :data:`RULES`)."""
    if not scores:
        return None, 0
    tool = max(scores, key=lambda t: (scores[t], -PRIORITY.index(t)))
    return tool, scores[tool]
