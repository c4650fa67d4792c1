"""The web UI's words in Chinese and English (the user's language picks one)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "销售助手", "login": "登录", "logout": "退出", "user": "账号", "password": "密码",
        "bad_login": "账号或密码错误，或账号已停用。",
        "too_many_logins": "登录失败次数过多，请 {minutes} 分钟后再试。", "chat": "对话", "manager": "管理看板", "qa": "质检",
        "new_chat": "新对话", "send": "发送", "ask_placeholder": "问点什么，例如：我今天应该先联系哪些客户？",
        "upload": "上传录音或聊天记录", "uploading": "上传中", "processing": "处理中", "summary": "摘要",
        "transcript": "原文（引用处高亮）", "save_to": "保存到客户", "customer": "客户名称或编号",
        "upload_customer": "客户（可选，对比上次摘要）",
        "saved": "已保存到", "link_tg": "绑定 Telegram", "get_code": "获取绑定码",
        "code_hint": "在 Telegram 中向机器人发送：/bind 绑定码（10 分钟内有效）", "conversations": "对话列表",
        "funnel": "销售漏斗（未结商机）", "forecast": "销售预测（80% 区间）", "stalled": "停滞商机",
        "per_rep": "销售人员", "alerts": "违规提醒", "filter": "筛选", "export": "导出 CSV",
        "stats": "统计", "confirmed": "确认违规", "false_positive": "误报", "escalated": "升级",
        "note": "备注", "severity": "严重度", "category": "类别", "rep": "销售", "date": "日期", "status": "状态",
        "record": "记录", "not_found": "找不到该记录，或您无权查看。", "answer": "回答", "working": "思考中…",
        "all": "全部", "from": "从", "to": "到", "message": "消息", "amount": "金额", "stage": "阶段",
    },
    "en": {
        "title": "Sales assistant", "login": "Log in", "logout": "Log out", "user": "Login", "password": "Password",
        "bad_login": "Wrong login or password, or the account is deactivated.", "chat": "Chat",
        "too_many_logins": "Too many failed logins: try again in {minutes} minutes.",
        "manager": "Dashboard", "qa": "QA", "new_chat": "New chat", "send": "Send",
        "ask_placeholder": "Ask something, e.g. which customers should I contact first today?",
        "upload": "Upload a recording or chat export", "uploading": "Uploading", "processing": "Processing",
        "summary": "Summary", "transcript": "Transcript (quotes highlighted)", "save_to": "Save to customer",
        "customer": "Customer name or id", "upload_customer": "Customer (optional: compare with last time)",
        "saved": "Saved to", "link_tg": "Link Telegram",
        "get_code": "Get a code", "code_hint": "Send /bind CODE to the bot in Telegram (valid 10 minutes)",
        "conversations": "Conversations", "funnel": "Pipeline funnel (open deals)",
        "forecast": "Sales forecast (80% interval)", "stalled": "Stalled deals", "per_rep": "Reps",
        "alerts": "Compliance alerts", "filter": "Filter", "export": "Export CSV", "stats": "Statistics",
        "confirmed": "Confirm", "false_positive": "False alarm", "escalated": "Escalate", "note": "Note",
        "severity": "Severity", "category": "Category", "rep": "Rep", "date": "Date", "status": "Status",
        "record": "Record", "not_found": "No such record, or you may not see it.", "answer": "Answer",
        "working": "Thinking…", "all": "All", "from": "From", "to": "To", "message": "Message",
        "amount": "Amount", "stage": "Stage",
    },
}


def words(language: str | None) -> dict[str, str]:
    """Return the UI words for ``language`` (``zh`` unless it starts with ``en``)."""
    return WORDS["en" if (language or "").lower().startswith("en") else "zh"]
