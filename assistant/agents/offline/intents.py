"""Rule-based intent routing: which tool a request asks for, in Chinese and English.

Each rule is a regular expression with a weight; a request's score for a tool is the
sum of the weights of its rules that match. Conversation acts that need no tool
(greeting, thanks, help, out-of-scope requests) are recognised here too. When no rule
is confident, :mod:`assistant.agents.offline.semantic` is the fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CUSTOMER_TOOLS = ("customer_profile", "recommend_products")
_R = list[tuple[str, int]]

RULES: dict[str, _R] = {
    "save_summary": [(r"保存.{0,8}(总结|摘要|纪要)|(总结|摘要|纪要).{0,6}(保存|存到|存进|存一下|存下)", 8),
                     (r"\bsave\b.{0,20}\bsummary\b", 8)],
    "log_activity": [(r"(记录|记一下|记下|登记|添加|新增|写一条|记一笔).{0,10}(拜访|电话|通话|沟通|跟进|会议|活动|备注|邮件|见面)", 8),
                     (r"帮我记(一下|下|录)|^(请|帮我)?(记录|记|登记|记录下)(一下|下来)?$", 6),
                     (r"^(please )?(log|record|note) (this|that|it)$", 6),
                     (r"\b(log|record|add)\b\s+(a|an|the|my|this)?\s*(call|visit|meeting|email|note|activity)", 8)],
    "update_deal_stage": [(r"(商机|单子|订单|OPP-\d+).{0,16}(改成|改为|推进到|推到|移到|更新为|更新成|标记为|标成|设为|调整为|转到)", 8),
                          (r"\b(move|mark|set|update|change|advance|push)\b.{0,40}\b(deal|opportunity|OPP-\d+)\b.{0,30}\b(to|as)\b", 8),
                          (r"\b(move|mark|set|advance)\b\s+OPP-\d+", 8)],
    "scan_text": [(r"(检查|审核|扫描|看看|帮我看|查一下|查查).{0,12}(这段|这句|这条|这个|以下|下面|这些).{0,8}(敏感|违规|合规|能发|可以发|有没有问题|有问题)", 7),
                  (r"(能不能|可以|能)发(出去|给客户)?吗|发出去(会|有)", 5), (r"合规检查|敏感词检查|违规检查", 5),
                  (r"\b(check|scan|review)\b.{0,12}\b(this|the following|my|below)\b.{0,10}\b(message|text|reply|draft|wording)", 7),
                  (r"\bis (this|it) (ok|okay|safe|compliant|fine) to send\b|\bcan i send this\b", 7), (r"\bcompliance check\b", 5)],
    "summarize_conversation": [
        (r"(总结|摘要|归纳|纪要|提炼|概括|整理).{0,12}(对话|聊天|通话|沟通|会议|记录|内容|录音)", 6),
        (r"(对话|聊天|通话|沟通记录|录音).{0,12}(总结|摘要|归纳|要点)", 6), (r"总结一下|帮我总结", 4),
        (r"\b(summari[sz]e|summary of|recap|sum up)\b", 6)],
    "sensitive_alerts": [(r"违规|敏感词|告警|质检|合规(风险|问题|预警)|风险消息|风险对话|违禁", 5),
                         (r"\bviolations?\b|\bcompliance (alerts?|issues?|flags?)\b|\bflagged\b|\bsensitive (words?|terms?)\b", 4),
                         (r"\balerts?\b|回扣|贿赂|飞单|私单|\bbribe|\bkickback", 4)],
    "suggest_scripts": [(r"话术|怎么回(复|应|答|他|她)?|如何(回复|回应|应对|说服|回答|开口|谈|跟进)|该说什么|怎么说|怎么讲|怎么应对|怎么谈|怎么开口|怎么跟进|怎么办|咋办|咋回", 5),
                        (r"嫌贵|压价|砍价|异议|太贵|还价|催单|逼单|破冰", 3),
                        (r"\bhow (should|do|can|would) i (reply|respond|answer|handle|deal with|pitch|approach|say|word|counter|tell)\b", 5),
                        (r"\bwhat (should|do|can) i (say|tell|reply|write)\b|\bscripts?\b|\bobjections?\b|\btalk track\b", 5),
                        (r"too expensive|pushback|push back|haggl", 3)],
    "lead_scores": [(r"线索|询盘评分|询盘打分|潜在客户(评分|打分|排名|质量)?", 5),
                    (r"\bleads?\b(?!\s*time)|\blead scor|\bprospects?\b", 5)],
    "daily_briefing": [(r"简报|今日(待办|重点|任务|计划)|每日(简报|提醒|计划)|(今天|今日|明天)的?(跟进|工作|拜访|联系)?(计划|安排|清单|任务|顺序)|排.{0,4}(今天|明天)", 6),
                       (r"(今天|今日|明天|早上).{0,8}(联系谁|跟进谁|找谁|打给谁|打电话给谁|拜访谁|做什么|干什么|该干|重点|优先|要跟进|待办|安排|联系哪些|跟进哪些|先联系|先打)", 6),
                       (r"\bbriefing\b|\bagenda\b|\bto-?do\b|\bon my plate\b|\bcall list\b|\bmy day\b", 6),
                       (r"\b(who|which customers?) should i (call|contact|follow up|reach out|ping|visit)", 6),
                       (r"\bwhat should i (do|focus on|work on)\b|\b(today's|my) (priorities|plan)\b|\bplan (for|my) (today|the day)\b", 6)],
    "next_purchase": [(r"补货|复购|返单|回购|再订货|续订", 6),
                      (r"下(一)?次.{0,8}(下单|采购|订货|购买|进货|买|订|要货)|(什么时候|何时|啥时候).{0,8}(下单|采购|订货|进货|再买|再订|要货)", 6),
                      (r"快要?(下单|订货|采购|要货)|该(下单|订货|采购)了|(要|会)下单", 5),
                      (r"\b(reorder|re-order|restock|replenish)", 6),
                      (r"\bnext (order|purchase)|\b(buy|order|purchase) again\b|\bdue (to|for) (a )?(new )?(order|reorder)|\bplac(e|ing) (an |new )?orders?\b|\b(low|short) on stock\b|\bout of stock\b|\bstock up\b|\b(order|buy|purchase) soon\b", 6),
                      (r"\bwhen (will|would|is)\b.{0,40}\b(order|buy|purchase)", 4)],
    "churn_risk": [(r"流失|要丢|快丢|会丢|丢掉|跑掉|要跑|会跑|跑了|不(怎么)?下单了|不再下单|失联|挽回|挽留|危险|(很久|好久|长时间|一直)没(有)?(联系|下单|回复|消息)|不(跟|和|与)我们合作|不合作了|停止合作|换供应商|转单", 5), (r"风险", 3),
                   (r"\bchurn|\bat[- ]risk\b|\b(losing|lose)\b|\b(might|could|going to|about to) (leave|stop|walk|churn)|slipping|gone quiet|stopped (ordering|buying)|risk of|(haven'?t|have not|hasn'?t) (i |we )?(talked|spoken|heard)|in a while\b", 5)],
    "recommend_products": [(r"推荐|交叉销售|向上销售|加购|(还能|可以|适合|能)(卖|推|卖给|推荐)(他们?|她们?|它)?(点|些)?(什么|啥|哪些)|推什么|什么产品|哪些产品|卖点啥|缺什么|(什么|哪些)(新)?品类|新品", 5),
                           (r"\brecommend|\bcross-?sell|\bupsell|\bwhat (else|other products?)\b|\bwhich products?\b|\bsuggest (some )?products?\b|\bproducts? (to|for) (pitch|offer)|\bproducts? (should|could|can|do) i (pitch|offer|sell|push)|\bwhat (should|can|could) i (pitch|offer)", 5)],
    "sales_forecast": [(r"预测|能做多少|能卖多少|能做到多少|能完成多少|能出多少|预估|预计.{0,6}(销售额|业绩|营收|收入|销售)|业绩(目标)?.{0,4}(能|会)", 6),
                       (r"\bforecast|\bprojection|\bprojected\b|\bhow much (will|can|could|are) (we|i|the team|my team)\b|\bexpected (revenue|sales)\b|\boutlook\b", 6),
                       (r"\bon track to\b|\b(going to|gonna|will|would) (sell|close|make|bring in|book)\b", 4)],
    "pipeline_status": [(r"管道|漏斗|商机|卡住|卡着|停滞|没进展|没有进展|不动了|推不动|在跟的单|单子|赢单率|成交率|转化率|赢单|输单|丢单|赢了|赢下|拿下了?几单|成交了几单|签了几单", 5),
                        (r"\bpipeline|\bfunnel|\bdeals?\b(?! with)|\bopportunit(y|ies)\b|\bstuck\b|\bstalled\b|\bstagnant\b|\bwin rate\b|\bslipp|\b(haven'?t|hasn'?t|not) (moved|progressed|budged)|\b(did|have) (i|we) (win|won|close|closed)\b|\bdeals? (won|lost|closed)\b", 5)],
    "customer_profile": [(r"怎么样了?|情况|近况|最近如何|画像|资料|档案|详情|介绍一下|介绍下|联系人|联系方式|电话|邮箱|微信号?|是谁|客户信息|背景|概况", 3),
                         (r"\bhow (is|are|'s)\b.{0,40}\bdoing\b|\bhow'?s\b|\btell me about\b|\bprofile\b|\bcontacts?\b|\bwho is\b|\bdetails?\b|\bbackground\b|\boverview\b|\bwhat do (we|i) know about\b|\bupdate on\b|\bwhat'?s (going on|new|up) with\b|\blowdown\b|\bnews (on|from)\b|\bphone\b|\bemail address\b", 3)],
    "find_customers": [(r"(哪些|哪几家|哪家|有多少|列出|列一下|找|找出|筛选|看看|看下|所有|全部|查).{0,10}客户|客户(名单|列表|清单)|我的客户|做.{1,4}的(客户|那家)", 4),
                       (r"\b(show|list|find|which|what|give me|get|search)\b.{0,40}\b(customers|accounts|clients|importers|buyers)\b|\b(customers|accounts|clients) (in|from)\b|\bmy (customers|accounts|clients)\b", 4)],
}  # fmt: skip
_COMPILED = {tool: [(re.compile(p, re.I), w) for p, w in rules] for tool, rules in RULES.items()}

ACTS: dict[str, str] = {
    "greeting": r"^(你好|您好|嗨|哈喽|早上好|下午好|晚上好|在吗|hi|hello|hey|good (morning|afternoon|evening))[\s!！。.~,，呀啊]*$",
    "thanks": r"^(谢谢|多谢|感谢|辛苦了|好的谢谢|thanks|thank you|thx|cheers|ok thanks|great,? thanks)[\s!！。.~,，你啦了]*$",
    "help": r"你能做什么|你会什么|能帮我(做)?什么|怎么用|使用说明|^帮助$|^help$|what can you do|how do i use you|what do you do",
}
FORBIDDEN = re.compile(
    r"删除|删掉|清空|导出(全部|所有)|密码|工资|薪水|身份证|"
    r"\bdelete\b|\bremove all\b|\bwipe\b|\bexport all\b|\bpassword|\bsalar(y|ies)\b",
    re.I,
)  # fmt: skip
OFF_TOPIC = re.compile(
    r"天气|机票|订酒店|预订酒店|火车票|笑话|写诗|写首|股票|股价|股市|基金|彩票|翻译|讲个故事|做饭|菜谱|新闻|"
    r"\bweather\b|\bflights?\b|\bjoke\b|\bpoem\b|\bstock price|\blottery\b|\btranslate\b|\brecipe\b|"
    r"\bbook (a|me a) (hotel|table|flight)",
    re.I,
)  # fmt: skip
OFF_TOPIC_YIELDS_TO = (
    5  # an off-topic word inside a clear CRM request ("客户说翻译有误怎么回") does not refuse
)
_ACTS = {name: re.compile(p, re.I) for name, p in ACTS.items()}


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
    """Return ``"greeting"``, ``"thanks"``, ``"help"`` or ``"out_of_scope"`` when the text is one.

    Args:
        text: The request.
        best_score: The best tool score of the request; an off-topic word yields to a clear CRM request,
            a forbidden action (deleting, exporting everything, passwords, salaries) never does.
    """
    stripped = text.strip()
    for name, pattern in _ACTS.items():
        if pattern.search(stripped):
            return name
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
