"""Direct answers that need no tool: greeting, thanks, help, refusals and clarifying questions."""

from __future__ import annotations

from typing import Any

from assistant.crm.vocabulary import STAGE_ZH

HELP = {
    "zh": (
        "我是销售助手，可以帮您：\n"
        "• 查客户：“王总那边最近怎么样”“上海做纺织的客户”“德国的VIP客户”\n"
        "• 看风险与机会：“哪些客户有流失风险”“哪些客户快要补货了”“给诚嘉推荐什么产品”\n"
        "• 管道与预测：“我本季度的管道”“哪些商机卡住了”“团队下个月能做多少”\n"
        "• 每日简报与线索：“今天该联系谁”“S级线索有哪些”\n"
        "• 话术与合规：“客户嫌贵怎么回”“帮我看看这句话能不能发：…”“今天有哪些高风险违规”\n"
        "• 总结与记录：粘贴聊天记录让我总结，或“记录一下：今天拜访了王总…”（写入前会请您确认）"
    ),
    "en": (
        "I'm your sales assistant. I can:\n"
        '• look up customers: "how is the Nordic account doing?", "VIP customers in Germany"\n'
        '• flag risks and openings: "who might churn?", "which customers are due to reorder?", '
        '"what should I offer Summit?"\n'
        '• report pipeline and forecasts: "my pipeline this quarter", "which deals are stuck?", '
        '"team forecast for next month"\n'
        '• brief you: "who should I call today?", "show me S leads"\n'
        '• help with wording and compliance: "how do I answer a price objection?", "check this message: ..."\n'
        "• summarise a pasted chat, or log an activity (I ask you to confirm before writing anything)."
    ),
}
GREETING = {
    "zh": "您好！我是销售助手，想了解哪位客户、哪些商机？",
    "en": "Hi! I'm your sales assistant — which customer or deals can I help with?",
}
THANKS = {"zh": "不客气，有需要随时找我。", "en": "You're welcome — ask any time."}
OUT_OF_SCOPE = {
    "zh": "抱歉，这超出了我能帮忙的范围：我只处理客户、商机、预测、话术和合规相关的问题，也不能删除或批量导出数据。"
    "您可以问我“哪些客户有流失风险”或“我本季度的管道”。",
    "en": "Sorry, that's outside what I can help with: I handle customers, deals, forecasts, sales scripts and "
    'compliance, and I can\'t delete or bulk-export data. Try "which customers might churn?" or '
    '"my pipeline this quarter".',
}
NO_TOOL_WRITE = {
    "zh": "抱歉，我不能转移客户归属，也不能合并或删除客户数据——我没有这类修改的权限。请联系CRM管理员（或您的销售主管）在CRM系统里处理。"
    "我可以帮您查这些客户的资料、订单和跟进记录。",
    "en": "Sorry, I can't reassign customers or merge or delete CRM records — I have no tool for that kind of change. A CRM admin "
    "(or your sales manager) can do it in the CRM. I can still look up those customers, their orders and activities.",
}
CHITCHAT = {
    "zh": "哈哈，我是销售助手，闲聊不太在行😊 我能帮您查客户、看流失风险和补货、管道与预测、业绩和回款、话术和合规。"
    "比如问“哪些客户有流失风险”。",
    "en": "Ha — I'm a sales assistant, not much of a chatter. I can look up customers, flag churn and reorders, "
    'report pipeline, forecasts, performance and receivables, and help with scripts and compliance. Try "who might churn?".',
}
QA_CAN = {
    "zh": "\n质检账号看不到客户资料和联系方式；您可以查看合规告警和原文、按销售/类别/时间统计违规，或检查一段话能不能发。",
    "en": "\nQA accounts cannot see customer records or contact details; you can review compliance alerts and their messages, "
    "count violations by rep, category or period, or check whether a message is safe to send.",
}
UNKNOWN = {
    "zh": "抱歉，我没太理解您的意思。可以换个说法吗？例如“王总那边最近怎么样”“我本季度的管道”“哪些客户快要补货了”。",
    "en": 'Sorry, I didn\'t quite get that. Could you rephrase? For example "how is the Nordic account doing?", '
    '"my pipeline this quarter" or "which customers are due to reorder?".',
}
UNAVAILABLE = {
    "zh": "抱歉，当前会话没有开放这项功能（{tool}）。",
    "en": "Sorry, that capability ({tool}) isn't available in this conversation.",
}
ASK = {
    "customer": {"zh": "请问您指的是哪位客户？可以告诉我公司名、简称或联系人（如“王总”）。",
                 "en": "Which customer do you mean? Give me the company name, short name or a contact."},
    "text": {"zh": "请把需要处理的内容粘贴给我（可以写在冒号后面或换行粘贴）。",
             "en": "Please paste the text you want me to work on (after a colon or on a new line)."},
    "content": {"zh": "要记录什么内容？请把沟通要点写在冒号后面。",
                "en": "What should the note say? Put the details after a colon."},
    "deal": {"zh": "请问是哪个商机？可以给我商机编号（如 OPP-000123）或客户名。",
             "en": "Which deal? Give me its id (e.g. OPP-000123) or the customer's name."},
    "stage": {"zh": "要把商机改到哪个阶段？（初步接触/需求确认/报价/谈判/赢单/输单）",
              "en": "Which stage should the deal move to? (prospecting, qualification, proposal, negotiation, won, lost)"},
    "query": {"zh": "请描述一下客户的原话或您遇到的情况。", "en": "What did the customer say, or what situation are you in?"},
}  # fmt: skip


def reply(kind: str, lang: str, **values: Any) -> str:
    """Return the canned reply ``kind`` in ``lang`` ("zh" or "en")."""
    table = {"greeting": GREETING, "thanks": THANKS, "help": HELP, "out_of_scope": OUT_OF_SCOPE,
             "no_tool_write": NO_TOOL_WRITE, "chitchat": CHITCHAT, "unknown": UNKNOWN, "unavailable": UNAVAILABLE}[kind]  # fmt: skip
    text = table["zh" if lang == "zh" else "en"].format(**values)
    if kind == "out_of_scope" and values.get("role") == "qa":  # what QA can do instead (no customer data)
        text += QA_CAN["zh" if lang == "zh" else "en"]
    return text


def ask_stage(options: list[str], lang: str) -> str:
    """Return "which stage?" offering the stages nearest an unfamiliar stage word (``options``, pipeline keys)."""
    if lang == "zh":
        return "您说的是哪个阶段？" + " / ".join(f"{STAGE_ZH.get(s, s)}（{s}）" for s in options) + "，还是其他阶段？"
    return "Which stage do you mean: " + ", ".join(options) + ", or another one?"


def ask_for(missing: str, lang: str) -> str:
    """Return a clarifying question for a missing required argument."""
    return ASK.get(missing, ASK["customer"])["zh" if lang == "zh" else "en"]


_LEADS = {
    "ask_which": {"zh": "您说的是哪一家？以下是符合的客户，回复序号即可：",
                  "en": "Which one do you mean? These match — reply with the number:"},
    "team_only": {"zh": "注意：以下只是您团队的数据——您的权限看不到全公司的数据。",
                  "en": "Note: only your team is shown — your role cannot see company-wide figures."},
}  # fmt: skip


def with_hints(answer: str, hints: dict[str, Any], first: dict[str, Any], lang: str) -> str:
    """Lead ``answer`` with what the hints ask to say when the first result is fine.

    ``ask_which``: "那家德国客户" with nothing before lists the candidates and asks which.
    ``team_only``: a manager asked for the whole company and the tool showed their team.
    """
    if first.get("status") != "ok":
        return answer
    for key in ("team_only", "ask_which"):
        if hints.get(key) and (key != "team_only" or first.get("scope") in (None, "team")):
            answer = _LEADS[key]["zh" if lang == "zh" else "en"] + "\n" + answer
    return answer
