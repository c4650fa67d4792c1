"""Readings of one part of a two-step request (:mod:`chains`): does it ask, is it only a period, whom is it about.

:func:`only_period` tells a bare time phrase ("q3 - who had the most flags") from a first ask;
:func:`narrowed` tells a filtered customer list ("广州的客户") from "my customers";
:func:`elided` finds a question about a named customer followed by one that names nobody
("X上一单买了啥，下一单大概啥时候"): the second is about that customer too, unsaid (zero anaphora).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant.agents.offline.chain_types import YIELDS, takes
from assistant.text import lazy_re
from assistant.text.period_phrases import find_period

ONE = lazy_re.compile(  # the second step is about one record the first ranked or named (the top one, that one, him)
    r"第[一二三四五1-5]|最(?!近)|那(?:一)?(?:家|个|位)|他(?!们)|她(?!们)|"
    r"\b(?:first|most|top|worst|highest|biggest|largest|fewest|least|his|her|him|it|that (?:rep|person|one)|the one)\b",
    re.I,
)
SPLIT = lazy_re.compile(  # where a message splits into asks (chains) or an ask before a draft check (drafts)
    r"[，,；;。?？!！]\s*|\s+[-–—]+\s+|然后|并且|接着|之后再?|完了再?|再帮我|再给我|再帮|再给|再把|顺手|顺便|"
    r"(?<=[\u4e00-\u9fff])再(?=[\u4e00-\u9fff])(?!次)|(?<=[\u4e00-\u9fff])(?=挑|选出|选一|拿)|(?<=[\u4e00-\u9fff])(?=帮我|替我)|"
    r"\s+(?:and then|after that|afterwards|then|and|plus|next)\s+(?=(?:how (?:much|many)|when\b|how (?:soon|often|long)\b|whether|if|draft|write|show|give|send|pick|suggest|prepare|list|tell|what|"
    r"which|recommend|offer|log|note|record|rewrite|reword|fix|pull|make|get|come up|check|see|look|find|scan|open|"
    r"for|with|take|save|add|create|compose|bring|display|run|move|push|advance|mark|update|set))|"
    r"\s+(?:and then|and after that)\s+(?=(?:the|my|our|all|any|those|their|his|her)\b)|"  # "…forecast and then the deals…"
    r"\s+and\s+(?=(?:is|are|was|were|do|does|did|has|have|had|can|will)\s+(?:they|it|he|she|we|that|there|this|those)\b)|"
    r"\s+and\s+(?=(?:their|its)\s+(?:\w+\s+)?(?:balance|payments?|invoices?|orders?|deals?|pipeline|alerts?|risk)\b)|"
    r"\s*\+\s*|(?<=客户)(?:里头|里面|里边|当中|中间|里)(?=有没有|有谁|谁|哪|还有)|"
    r"\s+(?=(?:for|with|take|pick|grab) the (?:worst|top|biggest|largest|first|oldest|highest|riskiest|most|longest)\b)",
    re.I,
)
ASKS = lazy_re.compile(  # a first part that asks for something (not news about a customer)
    r"哪|谁|什么|啥|吗|多少|几|怎么回事|咋回事|怎么样|咋样|如何|推荐|列一?下|查一?下|看看|看下|清单|名单|排名|评分|对比|比较|比一比|"
    r"(?:找|拉|调|翻|挑|捞)(?:一下)?出来|拉一下|催(?:一下|一催|催)|(?:预测|统计|汇总|盘点|分析)一?下|"  # "预测一下，再…"  # imperatives that ask for records: "找出来", "欠的钱催一下"
    r"\b(?:which|who|whom|what|any|best|top|list|show|find|recommend|upsell|cross-?sell|how|score|rank\w*|compare|vs)\b|"
    r"^(?:can you |could you |please |pls )?(?:pull up|bring up|look up|open(?: up)?|get me|give me|check)\b|^(?:帮我)?(?:打开|调出|调一下|翻出)",  # "pull up X and …"
    re.I,
)
YES_NO = lazy_re.compile(  # a yes/no question: "is that invoice paid?", "钱结清了没", "有没有逾期"
    r"[?？]\s*$|了没有?|有没有|是不是|能不能|会不会|([\u4e00-\u9fff])没\1$|(?!动不动|时不时)([\u4e00-\u9fff])不\2(?!\2)(?![^，,。；;？?！!]*[都也就])|"
    r"^(?:and\s+)?(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\s+\w",
    re.I,
)
PLAIN_LIST = lazy_re.compile(
    r"我们|咱们|我|你|所有|全部|名下|手上|手里|那些|这些|的|客户|里头|里面|里边|当中|中间|之中|里|[，,\s]|"
    r"\b(?:my|our|all|of|the|customers|clients|accounts|among|in)\b",
    re.I,
)


def elided(
    first: str, second: str, tool1: str, tool2: str, names_customer: Callable[[str], bool] | None
) -> bool:
    """Whether a question about a named customer is followed by one about nobody (that customer, unsaid)."""
    if names_customer is None or not ASKS.search(first) or not asks(second):
        return False
    return (
        "customer" in YIELDS.get(tool1, frozenset()) & takes(tool2)
        and names_customer(first)
        and not names_customer(second)
    )


def asks(part: str) -> bool:
    """Whether a part is a question of its own: a question word, or a yes/no question ("did they pay?")."""
    return bool(ASKS.search(part) or YES_NO.search(part))


def narrowed(part: str) -> bool:
    """Whether a customer list part names a filter ("广州的客户", "做建材的那些客户"), not just "my customers"."""
    return len(PLAIN_LIST.sub("", part)) >= 2


_SCOPE_ONLY = lazy_re.compile(
    r"(?:全公司|整个公司|公司整体|公司层面|全员|全组|团队|组里)(?:范围|层面|整体|来看|的)?|"
    r"(?:company|team|org)[- ]wide|(?:for |across )?the (?:whole |entire )?(?:company|team)|overall|for my team",
    re.I,
)


def only_scope(part: str) -> bool:
    """Whether a part only names the scope ("company-wide", "全公司范围"): the scope of what follows, no ask."""
    return bool(_SCOPE_ONLY.fullmatch(part.strip(" ，,:：-–—")))


def only_period(part: str) -> bool:
    """Whether a part is only a time phrase ("this quarter", "q3", "上个月")."""
    part = _SO_FAR.sub(" ", part)  # "Q4到目前为止": still only a period
    rest, found = part, find_period(part, dt.date.today())
    for _ in range(3):  # "Q4 last year": every time phrase in it
        if found is None:
            break
        rest = rest[: found.start] + " " + rest[found.end :]
        found = find_period(rest, dt.date.today())
    return rest != part and len(rest.strip(" -–—,，:：")) < 2


_SO_FAR = lazy_re.compile(
    r"到目前为止|截至目前|截止目前|迄今为止|至今|到现在|\b(?:so far|to date|up to now|until now)\b", re.I
)


_PICK_ONLY = lazy_re.compile(  # "who's the worst" / "biggest one?" / "哪家最严重": which of the list, no ask of its own
    r"(?:and |so |then )?(?:who(?:'s| is)?|which(?: one)?(?:'s| is)?|what(?:'s| is))?\s*(?:the )?"
    r"(?:worst|biggest|largest|highest|top|riskiest|oldest|latest)(?: one| offender| of them)?|"
    r"(?:那|其中)?(?:谁|哪家|哪个|哪位)(?:是)?最(?:严重|大|多|高|久|差)(?:的)?(?:是哪家|是谁|那个)?|"
    r"(?:and |so )?(?:how (?:much|many)(?: (?:each|in total|altogether|all in all|overall))?|(?:in )?total|altogether)|"
    r"(?:各|一共|总共|共|合计|加起来)?(?:欠)?(?:多少|几)(?:钱|条|个|次|起|笔|单|家|位)?",  # the same ask's amount or count
    re.I,
)


def pick_only(part: str) -> bool:
    """Whether a second part only picks one of the first part's list ("who's the worst") or counts it ("一共几条"): one ask."""
    return bool(_PICK_ONLY.fullmatch(part.strip(" ?？!！.。,，")))


POINTER = lazy_re.compile(  # a superlative pointer opening a request: "欠最多那家…", "卡得最久的那单…"
    r"^(?:我|我的|组里|团队里?)?[\u4e00-\u9fff]{0,4}?(?:欠|逾期|卡|拖|停|流失|风险|金额|下单|订单|买|采购|订货|回款|告警|违规|被标)"
    r"[\u4e00-\u9fff]{0,3}?最(?:多|久|大|高|少|长|低)的?那(?:一)?(?:家|个|位|单|笔|条)(?:客户|单子|商机)?"
)  # only a measure a ranking tool serves: not "我最担心的那家"
