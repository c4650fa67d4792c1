"""Two-step requests: "find X, then do Y with the top one / each of them".

:func:`detect` splits a request at a connective ("，挑…", "，给他…", "and draft…", "then…")
and routes each part; a chain is found when the second part asks for a different tool that
can take its subject from the first tool's result and refers back to it ("他", "最严重的那个",
"each", "their"). The model calls the first tool, then — after its result — the second with
the top record (or each of the first few records) of that result; :mod:`chain_steps` reads
the result the way its tool ranks it, re-ranks by the superlative asked ("卡得最久", "owes the
most") and fills the second call. A part the router is unsure of may take its likeliest tool
that pairs with the other part (``rank``); a first part that picks one record ("哪家…最…")
needs no pronoun in the second.
Which tool may follow which is read from the tool schemas (:mod:`chain_types`), so any compatible
pair chains; two asks joined by "然后"/"then" chain even when the second names its own subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.agents.offline import chain_parts, chain_steps
from assistant.agents.offline.chain_lists import EACH, Ranker, Router, both_sure, implicit, moves, place_only
from assistant.agents.offline.chain_parts import ASKS, POINTER, SPLIT, asks, elided, narrowed, only_period
from assistant.agents.offline.chain_picks import generic
from assistant.agents.offline.chain_types import needs_subject, pairs
from assistant.agents.offline.stage_words import stages_of
from assistant.text import lazy_re

MAX_EACH = 3
BACKREF = lazy_re.compile(
    r"他们?|她们?|它|那个|那家|这家|那位|最严重|最多|最大|最高|最久|第一|每个|每一个|每家|逐个|分别|这些|那些|挨个|"
    r"原话|原文|(?:把|这些|那些|他们的|她们的)(?:违规)?消息|消息(?:也|都)|还能|还可以|另外|别的|其他|改写|重写|改成合规|改一下|记一笔|记一下|记一条|记个|这个客户|这家|这位|该客户|对方|"
    r"挑|选出|排第一|第一名|头一个|第一家|最新|最近那|风险最|最危险|最严重|最要紧|最急|最该|欠得最|这类|那类|这种|这一类|那一类|其中|里面哪|"
    r"(?:里面|里头|里边|当中|中间)(?:有)?谁|(?:里面|里头|里边|当中|其中)(?:有没有|是否有|有哪些|有哪|还有没有)|\bamong (?:them|those)\b|"
    r"\bthe (?:\w+[- ])?\w+ ones\b|(?:也|一并|一起)(?:帮我|给我)?(?:列|看|查|拉|调|发)|"  # "the high ones" / "…大单也列一下"
    r"\b(them|they|their|theirs|each|it|that one|the top|the worst|the most|the biggest|the largest|the first|the oldest|"
    r"the riskiest|the highest|the longest|the one|longest|oldest|biggest|largest|worst|riskiest|the latest|the newest|the last one|top one|first one|biggest one|latest one|him|her|his|every one|those|else|"
    r"rewrite|reword|if not|otherwise|while you'?re at it|as well|too|(?:this|that) (?:rep|customer|client|account|deal|person|buyer)|"
    r"(?:tell me |see |check |show me )?(?:who|which ones?|any)(?: of (?:them|those))?(?: (?:owes?|still owes?|has|have|is|are)|'s)|"
    r"(?:that|this|the same) (?:kind|type|category)|(?:the|those|these) (?:messages|texts|original (?:messages|texts)))\b|"
    r"^(?:再)?把?[\u4e00-\u9fff]{1,8}的(?:那些|那几条|几条)?(?:都|全部)?(?:给我|帮我)?(?:列出来|列一下|调出来|拉出来|发给?我|看看|看下)|"  # "严重的给我看看"
    r"影响(?:预测|结果|业绩|数字)|\b(?:affect|move|swing|drive)\w* (?:the |my |our )?(?:forecast|number|it)\b|"
    r"冲一冲|冲一下|加把劲|推一推|值得(?:推|跟|冲)|(?:差|不够|不足|完不成|达不到|没达标)的话|(?:要|想|为了)(?:达成|完成|达标|做到|冲到)|备注|"
    r"\b(?:to close the gap|if (?:i'?m|we'?re) short|add a note|make a note)\b|\b(?:to (?:hit|reach|make) (?:it|that|the number|target)|to get there|"
    r"should i (?:push|chase)|worth (?:pushing|chasing)|(?:to )?focus on|prioriti[sz]e|which (?:deals|ones|opportunities|opps) (?:to|should|i should|can|could))\b|"
    r"重点(?:推|跟|抓|冲|盯|攻)|该(?:推|跟|冲|抓|盯)哪|"
    r"(?:会不会|有没有|是否|会否)(?:有)?(?:流失|丢掉|跑掉|不再合作)|\b(?:whether|if) (?:they|it)(?:'re| are| is|'s)? (?:likely|going|about|at risk)\b|"
    r"(?:有没有|还有没有?|还有)(?:还)?(?:没付|未付|没结|没还|欠|逾期)|\b(?:anything|any of it|any) (?:still )?(?:unpaid|outstanding|owed|overdue)\b|"
    r"如果没|要是没|没付的话|否则|若没|^(?:顺便|顺手|再)?(?:帮我)?(?:看看|看下|查查|查一下)?(?:哪(?:家|些|个|位)|谁(?:还|有|欠|最近|快|会|可能|要))|"
    r"\b(?:pick|choose|grab|take) (?:one|any one|one of them)\b|"
    r"^(?:请|帮我|再)?(?:都|全部)?(?:列一下|列出来|列个清单|列给我|列一列|逐条列|一条条列|展开)|^(?:and )?(?:list|show) (?:them|those|each|all)\b",  # "看看哪家有逾期": which of those
    re.I,
)
PICKS = lazy_re.compile(  # "谁欠得最久" / "which customer owes the most": the first part already names one record
    r"(?:谁|哪个|哪家|哪位|哪一|哪类|哪种|挑出|找出|选出).{0,14}(?:最|垫底)|(?:\bwho\b|\bwhose\b|\bwhich\b).{0,40}\b(?:most|least|longest|fewest|"
    r"biggest|largest|highest|lowest|oldest|worst|top|best)\b|"
    r"\b(?:who|(?:which|what)(?: \w+){1,3})\s+(?:topped|led|leads|tops|came (?:first|top|last)|ranked (?:first|last))\b|"
    r"最(?!近)[\u4e00-\u9fff]{1,6}的|最(?!近|新|后)[\u4e00-\u9fff]{1,4}?那一?(?:家|个|位|单|笔|条)|"  # a superlative picks one: "逾期最多的那家", "卡最久的单子" ("最近的" is recent)
    r"(?:第一|垫底|倒数第一)(?:的|是谁|名)|(?:是|排)第一|(?<!第)第[一1](?:个|家|位)(?:要|该)?(?:跟进|联系|拜访)?的?(?:客户|买家)|"
    r"\bthe (?:first|top) (?:customer|client|account|name|one) (?:on|in|from)\b|第[二三四五2-5](?:多|大|高|名)|排(?:名)?第[二三四五2-5]|"
    r"\b(?:second|third|fourth|fifth)[- ](?:most|biggest|largest|highest)\b|"
    r"\b(?:my|our|the team's|the)\s+(?:single\s+)?(?:biggest|largest|worst|oldest|longest|top|riskiest)\b|"
    r"^top\s+(?:\w+\s+)?(?:category|categories|rep|seller|customer|account|client|deal)\b",  # "my biggest overdue account"
    re.I,
)
_FILLER = lazy_re.compile(r"(?:请|帮我|麻烦|先|你|给我|please|pls)+", re.I)  # "帮我" before "挑出…": no first part
RANKED = lazy_re.compile(r"排名|排行|名次|榜|\brank(?:ing|ed)?\b|\bleaderboard\b|\b(?:by|per) (?:category|type|kind|rep)\b|按(?:类|类别|类型|销售)|各类", re.I)  # counts per group
ALERTS = lazy_re.compile(  # alert words and the categories that only alerts have ("去年飞单类谁最多")
    r"告警|违规|合规|预警|违禁|飞单|私单|回扣|贿赂|\b(?:alerts?|violations?|compliance|flagged|flags|kickbacks?|brib\w*|side deals?)\b",
    re.I,
)
WHO = lazy_re.compile(  # "bribery alerts last month - which reps, and …": the alerts per rep first, then their messages
    r"是谁|谁发的|哪些人|哪几个人|哪(?:些|几)?(?:个|位)?销售|\bwho\b|\bwhich reps?\b|\bwhose\b", re.I
)
COUNTS = lazy_re.compile(r"几次|几条|几个|多少次|多少条|多少起|统计|总数|\bhow many\b|\bcounts?\b|\bnumbers\b|\bstats\b|\btotals?\b", re.I)  # a count, then its items
_LEAD = lazy_re.compile(
    r"^(?:(?:and then|after that|afterwards|and|then|plus|next)\s+|然后|接着|并且|之后|再)", re.I
)  # ", and log …" → "log …"
_SELECT = lazy_re.compile(  # "pick the biggest and …" / "挑最严重的那个给…": which record, not what to do with it
    r"^(?:(?:pick|take|grab|choose|select|for|with|on)\s+(?:out\s+)?(?:the\s+)?(?:worst|top|biggest|largest|first|oldest|"
    r"highest|riskiest|most \w+|longest[- ]\w+|one)(?:\s+(?:one|deal|customer|client|account|of them))?"
    r"(?:\s*,\s*|\s+and\s+|\s+then\s+|\s+)|"
    r"(?:挑|选|拿)出?(?:(?:其中)?(?:最\w{1,4}?|第一|排第一|头一)(?:的|个|家|位)?(?:那个|那家|那位|那条|那笔|一个|一家)?|一个|一家)[，,]?)",
    re.I,
)
_DOES: list[tuple[str, re.Pattern[str]]] = [  # what the second step asks to do, by its verb and object
    ("log_activity", lazy_re.compile(r"记一笔|记一条|记一下|记个|(?<![单货买购天话])记录|登记|(?:加|添|写)(?:个|条|一条|一个|上)?备注|\badd a note\b|\bmake a note\b|\blog\b|\bnote (?:that|down)|\brecord (?:a|an|that)", re.I)),
    ("scan_text", lazy_re.compile(r"扫描|扫一遍|扫一下|查一下原文|\bre-?scan|\bscan\b|\bre-?check (?:the|that|its) (?:message|text)", re.I)),
    ("suggest_scripts", lazy_re.compile(r"话术|说法|怎么说|怎么回|起草|开场白|开场的话|破冰|推销|改一版|\bopening (?:line|message|lines)|\bintro\b|\bopener|\bpitch (?:line|message)|\bwin[- ]?back\b|\bcompliant (?:alternative|version|wording)|\bsafer (?:wording|version)|\bicebreaker|[写拟](?:个|段|条|封|份|一段|一条|一封|一份)|\bdraft|\bscript|\bwording|"
                                   r"\bwrite (?:a|an|me|up)|\bnudge\b|\bwhat (?:do|should) i say|怎么回复|如何回复|怎么答复|怎么接|"
                                   r"\bhow (?:should|do|can|would) (?:i|we) (?:answer|reply|respond)|\bhow to (?:answer|reply|respond)", re.I)),
    ("recommend_products", lazy_re.compile(r"推荐.{0,6}(?:产品|货|款)|推点|\brecommend|\bpitch\b|\bupsell|\bcross-?sell", re.I)),
    ("customer_profile", lazy_re.compile(r"详情|资料|档案|基本情况|\bprofile\b|\bdetails?\b|\bopen (?:the|that|its) (?:customer|account|client)|"
                                    r"\bpull up (?:the|that|its) (?:customer|account|client)", re.I)),
    ("pipeline_status", lazy_re.compile(r"在谈|商机|单子|大单|\bbig(?:gest)? deals\b|\bopen deals\b|(?<![a-z])pipeline(?![a-z])|\bdeals\b", re.I)),
    ("sensitive_alerts", lazy_re.compile(r"原话|原文|消息|(?<!跟进)(?<!拜访)(?<!沟通)(?<!活动)记录|^(?:请|帮我|再)?(?:都|全部)?(?:列一下|列出来|列给我|逐条列)|^(?:list|show) (?:them|those|each|all)\b|\bmessages?\b|\bwhat (?:they|he|she) (?:said|wrote)|"
                                    r"\bany (?:from|by|of) (?:them|him|her|that rep)\b|\b(?:their|his|her) (?:alerts|violations|flags)\b|"
                                    r"\b(?:show|list|give|pull)(?: me)? (?:a few|a couple|some|several)\b.{0,30}\b(?:categor\w*|type|kind)\b|"
                                    r"\bthe (?:high|severe|serious|critical)(?:[- ](?:severity|risk))? ones\b|(?:高风险|严重|高危)的(?:那些|几条)?(?:给我)?(?:看看|列|发)|(?:挑|选|列|拿|看|调)(?:出)?(?:几条|一些|两条|三条)", re.I)),
]  # fmt: skip
WORDING = dict(_DOES)["suggest_scripts"]
WORDING_AFTER = frozenset({  # first steps whose result a script can be about with no word pointing back to it
    "lead_scores", "daily_briefing", "next_purchase", "recommend_products", "churn_risk", "pipeline_status",
    "receivables", "scan_text", "sensitive_alerts", "find_customers", "summarize_conversation",
})  # fmt: skip
WITHIN = lazy_re.compile(r"(?:客户|customers|clients|accounts)(?:里头|里面|里边|当中|中间|之中|里)[，,]?\s*$", re.I)
STRONG = lazy_re.compile(  # a connective that joins two asks ("然后", "再", "并且", "顺便", "and then", "+")
    r"然后|并且|接着|之后|完了|再|顺便|顺手|另外|同时|还有|\+|(?:and )?then\b|after that|afterwards|plus\b|also\b|and also\b",
    re.I,
)
PICKED = lazy_re.compile(
    r"(?:what about |how about |and )?(?:the )?(?:first|second|third|fourth|fifth|last|other) one|"
    r"(?:那|还有)?第\s*[一二三四五六七八九十\d]+\s*(?:个|家|位|条)(?:呢|吧)?",
    re.I,
)
PLAIN_JOIN = lazy_re.compile(  # "my retail accounts + …" / "…，然后…": a noun phrase joined this way asks for itself
    r"\+|然后|并且|(?:and )?then\b|plus\b|after that", re.I)
AGAIN = lazy_re.compile(r"(?:会|能|要|想|不|没|还|可以|该|准备|打算|何时|啥时候|什么时候)再$")  # "华祥什么时候会再订货": again
BUSINESS = lazy_re.compile(
    r"业绩|销售额|营收|订单|下单|赢单|成交|跟进|拜访|卖|签单|偷懒|划水|摸鱼|懒|"
    r"\b(?:revenue|sales|sold|sell\w*|booked|closed|orders?|won|deals?|activit\w*|calls?|slack\w*|lazy|idle)\b",
    re.I,
)
_REP_SCOPED = frozenset({"churn_risk", "receivables"})  # tools that take a rep's customers as their own scope
COPULA = lazy_re.compile(r"是|为|呢|吗|[?？]")
AT_RISK = lazy_re.compile(r"\bat[- ]risk\b|\bchurn|流失|风险客户|快(?:要)?(?:丢|走|跑)", re.I)


@dataclass(frozen=True)
class Chain:
    """A detected two-step request.

    Attributes:
        first_text: The part of the request that asks for the first tool.
        first: The first tool.
        second_text: The part that asks for the second.
        second: The second tool.
        each: One second call per record (up to :data:`MAX_EACH`) instead of the top record only.
        own: The second ask takes nothing from the first result (two asks joined by "然后"/"then").
    """

    first_text: str
    first: str
    second_text: str
    second: str
    each: bool
    own: bool = False


RUNNER_UP = 0.05  # a part the router is unsure of may still name a pair's tool among its top three
SAME_TOOL_RUNNER_UP = 0.15  # both parts routed to one tool: the first part's runner-up must be this likely


def detect(
    text: str,
    route: Router,
    rank: Ranker | None = None,
    only_rep: Callable[[str], bool] | None = None,
    names_customer: Callable[[str], bool] | None = None,
    bare: Callable[[str], bool] | None = None,
    filters: Callable[[str], bool] | None = None,
) -> Chain | None:
    """Return the chain ``text`` asks for, or None.

    Args:
        text: The (normalised) request.
        route: Routes one part to ``(tool, confidence)``; a tool it is unsure of is None.
        rank: Every label of one part with its probability; when one part is routed and the
            other is not, the other's likeliest label that pairs with it is taken.
        only_rep: Whether a part names a rep and no other filter ("陈静的客户"): a rep's customers
            are a scope the second tool takes itself, not a list to pick from.
        names_customer: Whether a part names a customer: a question about one customer followed by
            another that names nobody ("X上一单买了啥，下一单大概啥时候") asks both about that customer.
        bare: Whether a part is nothing but names ("Li Na - …"): the topic of what follows, no ask.
        filters: Whether a part names a customer filter (a place, an industry): see :func:`chain_lists.implicit`.
    """
    for m in SPLIT.finditer(text):
        first, second = text[: m.start()].strip(" ，,"), _LEAD.sub("", text[m.end() :].strip(" ，,"))
        refers = BACKREF.search(second) or PICKS.search(first) or WITHIN.search(text[: m.end()])
        if AGAIN.search(text[: m.end()]):
            continue  # "华祥什么时候会再订货": 再 is "again" here, not "then"
        joined = bool(STRONG.match(text[m.start() :].lstrip(" ，,。？?！!；;")))  # "…，然后/再/and then …"
        wording = WORDING.search(second)
        if (
            len(first) < 2
            or len(second) < 2
            or _FILLER.fullmatch(first)
            or (bare is not None and bare(first))  # "rep07: overdue accounts? the biggest?": one rep's ask
            or chain_parts.pick_only(second)  # "rep07's overdue accounts, and who's the worst": the first list, ranked
            or only_period(first)  # "q3 - who had the most flags, …": a period alone is no first ask
            or chain_parts.only_scope(first)  # "company-wide, which rep …": the scope of the one ask
            or PICKED.fullmatch(first)  # "what about the second one - …": a pick from the last list, one ask
            or (WITHIN.search(text[: m.end()]) and not narrowed(first))  # "我的客户里谁…": all of them, one ask
            or (WITHIN.search(text[: m.end()]) and only_rep is not None and only_rep(first))  # "张伟的客户里谁…"
            or (not refers and not asks(first) and not PLAIN_JOIN.match(text[m.start() :].lstrip(" ，,。")))
        ):
            continue  # "鑫和好久没下单了，给我段话术": news about a customer, then one ask
        core = _SELECT.sub("", second).strip(" ，,") or second
        tool1, p1 = route(first)
        if not refers and wording and not joined and tool1 not in WORDING_AFTER:
            continue
        tool2, p2 = route(core if len(core) >= 2 else second)
        same = tool1 is not None and tool1 == tool2  # "X还欠多少？逾期了多少": one ask in two parts
        routed = (tool1, tool2)
        tool1, tool2 = _settle(first, core, tool1, tool2, rank)
        picks = PICKS.search(first) or COUNTS.search(first) or WHO.search(first) or RANKED.search(first) and PICKS.search(second)
        if tool1 == "compliance_stats" and tool2 == "sensitive_alerts" and not picks:
            continue  # "rep04 十月份的违规，原话发我看看": one rep's alerts with their words, not a count first
        if tool2 == "update_deal_stage" and stages_of(first)[0] and not ASKS.search(first):
            continue  # "X的单子签下来了，stage帮我改一下": news, then the change itself — one step, not two
        if not (tool1 and tool2) or tool1 == tool2:
            continue
        if place_only(tool1, tool2, first, filters):  # "新加坡的客户里哪些有流失风险": the list, then churn_risk
            return Chain(first, tool1, text, tool2, False, own=True)  # on the place itself (the whole text names it)
        if tool1 == "find_customers" and tool2 in _REP_SCOPED and only_rep is not None and only_rep(first):
            continue  # "rep04's customers - who is likeliest to churn": the rep's churn list, one ask
        paired = pairs(tool1, tool2)  # the first result names a record the second tool's schema takes
        if paired and (refers or wording or needs_subject(tool2) or (not same and elided(first, second, tool1, tool2, names_customer))):
            return Chain(first, tool1, second, tool2, bool(EACH.search(second)))
        if joined and (paired or not needs_subject(tool2)):  # "…, then show me rep04's overdue accounts"
            return Chain(first, tool1, second, tool2, bool(EACH.search(second)), own=not paired)
        if not paired and not needs_subject(tool2) and both_sure(first, second, routed, (p1, p2), (tool1, tool2)):
            return Chain(first, tool1, second, tool2, False, own=True)  # "how's my pipeline, and what's my forecast?"
    if found := implicit(text, route, rank, filters):  # "which of my UAE customers are due to reorder?"
        return Chain(text, "find_customers", text, found[0], found[1])
    rest = text[p.end() :].strip(" ，,") if (p := POINTER.match(text)) else ""
    named = names_customer is not None and names_customer(rest)  # "…那家客户鑫和最近怎么样": that customer, no ranking
    if p and rest and not named and not SPLIT.match(text, p.end()) and not COPULA.match(rest):  # not "欠最多那家是谁": one ask
        spaced = f"{text[: p.end()]}，{text[p.end() :]}"  # "欠最多那家今年下了几单": find that one, then ask about it
        return detect(spaced, route, rank, only_rep, names_customer, bare, filters)
    return None


def _settle(
    first: str, core: str, tool1: str | None, tool2: str | None, rank: Ranker | None
) -> tuple[str | None, str | None]:
    """Return both parts' tools: a verb's tool for the second, else a likely label that pairs (by schema)."""
    if tool1 == "sensitive_alerts" and (PICKS.search(first) or WHO.search(first)) and ALERTS.search(first):
        tool1 = "compliance_stats"  # "which rep triggered the most alerts" / "X alerts - who": a count per rep
    does = next((t for t, p in _DOES if p.search(core) and (not tool1 or pairs(tool1, t))), None)
    does = "update_deal_stage" if moves(core) and pairs(tool1 or "pipeline_status", "update_deal_stage") else does
    if does and (
        tool2 or rank is not None
    ):  # a verb overrides a routed part; an unrouted one needs the ranker
        tool2 = does
    if rank is not None and tool1 and tool2 and tool1 != tool2 and not pairs(tool1, tool2):
        tool2 = _paired(rank(core), lambda t, a=tool1: pairs(a, t)) or tool2  # its runner-up pairs
        if not pairs(tool1, tool2):  # "把X的档案打开，接着…" read as a save: the first part's runner-up that feeds it
            tool1 = _paired(rank(first), lambda t, b=tool2: pairs(t, b)) or tool1
    if rank is not None and bool(tool1) != bool(tool2):
        if tool1:
            tool2 = _paired(rank(core), lambda t, a=tool1: pairs(a, t))
        elif tool2:
            tool1 = _paired(rank(first), lambda t, b=tool2: pairs(t, b))
    if rank is not None and tool1 and tool1 == tool2:
        # "which rep has the most X alerts? show their messages": the first part picks a record, so its
        # likeliest tool that feeds the second wins; else ("张伟这个季度赢了几单，他有哪些卡住的单子") a likely runner-up
        floor = RUNNER_UP if PICKS.search(first) else SAME_TOOL_RUNNER_UP
        tool1 = _paired(rank(first), lambda t, b=tool2: pairs(t, b), floor)
    if tool1 == "team_performance" and ALERTS.search(first):  # "哪个销售的飞单告警最多": alert counts
        tool1 = "compliance_stats"
    if tool1 == "find_customers" and chain_steps.OVERDUE.search(first) and pairs("receivables", tool2):
        tool1 = "receivables"  # "张三的逾期客户有哪些，…": customers defined by what they owe
    if tool1 == "find_customers" and AT_RISK.search(first) and pairs("churn_risk", tool2):
        tool1 = "churn_risk"  # "find the at-risk customers in X's book, …": customers defined by their churn risk
    if tool1 == "compliance_stats" and tool2 == "team_performance" and not BUSINESS.search(core):
        tool2 = "sensitive_alerts"  # "违规最多的那个人，今年都犯了啥": what they did is their alerts, not their sales
    if tool1 == "team_performance" and tool2 == "sensitive_alerts" and not BUSINESS.search(first):
        tool1 = "compliance_stats"  # "which category was biggest last quarter? list those alerts": alert counts
    if tool2 == "sensitive_alerts" and COUNTS.search(core) and pairs(tool1, "compliance_stats"):
        tool2 = "compliance_stats"  # "…, then how many flags did they get": a count, not the list
    return tool1, tool2


def _paired(ranked: list[tuple[str, float]], fits: Callable[[str], bool], floor: float = RUNNER_UP) -> str | None:
    return next((t for t, p in ranked[:3] if p >= floor and fits(t)), None)


def subjects(
    tool: str, result: dict[str, Any], each: bool, first_args: dict[str, Any] | None = None, text: str = ""
) -> list[dict[str, Any]]:
    """Return the records of a first-step result the second step is about (top one, or the first few)."""
    if chain_steps.known(tool):
        return chain_steps.pick(tool, result, first_args or {}, text, each, MAX_EACH)
    return generic(result)[: MAX_EACH if each else 1]


def second_args(
    first_tool: str, then: dict[str, Any], subject: dict[str, Any], first_args: dict[str, Any]
) -> dict[str, Any] | None:
    """Return the second call's arguments (what its own words gave, plus the subject), or None to skip it."""
    return chain_steps.args_for(
        first_tool, then["tool"], then["args"], subject, first_args, str(then.get("text") or "")
    )
