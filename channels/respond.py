"""What the assistant answers to one accepted message, on any channel.

Identity comes from the channel identity (never from the text): an unknown, unbound or
deactivated sender gets a binding instruction and nothing else. Commands (``/start``,
``/help``, ``/bind``, ``/reset`` and shortcuts) are handled here; text goes to the agent's
one entry point; recordings and chat exports are transcribed or summarised. Write
confirmations come back as 是/否 buttons (text where a channel has no buttons).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from assistant.agents.service import handle_message
from assistant.inbox import service as inbox
from assistant.inbox.binding import BindError
from assistant.inbox.media import MediaError, summarize_file, transcribe_file
from assistant.inbox.messages import Inbound
from channels.base import Button, OutboundReply

Downloader = Callable[[Inbound], Path]

SHORTCUTS = {
    "/briefing": "我今天应该先联系哪些客户？",
    "/pipeline": "我本季度的管道",
    "/alerts": "最近7天有哪些违规提醒？",
}
HELP_ZH = (
    "我是销售助手，可以：查客户和管道（“王总那边最近怎么样”）、预测与流失风险、推荐话术（“客户嫌贵怎么回”）、"
    "总结聊天或通话录音（发文件或语音）、质检提醒。\n命令：/briefing 今日简报 · /pipeline 管道 · "
    "/scripts 话术 · /alerts 违规提醒 · /reset 新对话 · /help 帮助"
)
HELP_EN = (
    "I'm the sales assistant: customers and pipeline (\"how is Summit doing?\"), forecasts and churn risks, "
    "sales scripts (\"the customer says we're too expensive\"), summaries of chats and call recordings (send a "
    "file or a voice note), and QA alerts.\nCommands: /briefing · /pipeline · /scripts · /alerts · /reset · /help"
)


def binding_instruction(channel: str, language: str = "zh") -> OutboundReply:
    """Tell an unknown sender: how to get bound, and nothing about the CRM."""
    if channel == "telegram":
        zh = "您还没有绑定 CRM 账号。请登录网页版，在“绑定 Telegram”处获取绑定码，然后发送 /bind 绑定码。"
        en = "Your Telegram account is not linked to a CRM user. Log in to the web app, get a code under "
        en += "'Link Telegram', then send /bind CODE here."
    else:
        zh = "您的账号尚未开通销售助手，请联系管理员绑定（crm-assistant users bind）。"
        en = "Your account is not set up for the sales assistant; ask an administrator to bind it."
    return OutboundReply(text=zh if language == "zh" else en)


def _confirm_buttons(language: str) -> list[Button]:
    return [Button("是" if language == "zh" else "Yes", "是"), Button("否" if language == "zh" else "No", "否")]


def respond(msg: Inbound, download: Downloader | None = None) -> list[OutboundReply]:
    """Return the replies to ``msg`` (usually one).

    Args:
        msg: The claimed inbound message.
        download: Fetches the message's media to a local file (the channel's own API).
    """
    text = (msg.text or "").strip()
    command, _, rest = text.partition(" ")
    if command == "/bind" and msg.channel == "telegram":
        return [_bind(msg, rest.strip())]
    ctx = inbox.context(msg.channel, msg.sender_id, msg.chat_id)
    if ctx is None:
        return [binding_instruction(msg.channel)]
    zh = ctx.language == "zh"
    if command in ("/start", "/help"):
        return [OutboundReply(text=HELP_ZH if zh else HELP_EN)]
    if command == "/reset":
        inbox.new_conversation(msg.channel, msg.chat_id, ctx.login)
        return [OutboundReply(text="已开始新的对话。" if zh else "Started a new conversation.")]
    if command == "/scripts":
        text = f"{rest or '客户嫌贵'} 怎么回？" if zh else f"script for: {rest or 'price objection'}"
    elif command in SHORTCUTS:
        text = SHORTCUTS[command]
    if msg.kind in ("voice", "audio", "file") and msg.media:
        if download is None:
            return [OutboundReply(text="暂不支持在此渠道接收文件。" if zh else "Files are not supported here.")]
        try:
            path = download(msg)
            if msg.kind == "voice":
                text = transcribe_file(path, language=None)
                if not text:
                    return [OutboundReply(text="没有听清，请再说一次。" if zh else "I couldn't hear anything.")]
            else:
                result = summarize_file(path, login=ctx.login, today=ctx.today, language=None)
                return [OutboundReply(text=result.summary or "", markdown=result.summary, title="会话摘要")]
        except MediaError as exc:
            return [OutboundReply(text=exc.message(ctx.language))]
    if not text:
        return [OutboundReply(text=HELP_ZH if zh else HELP_EN)]
    reply = handle_message(ctx, text)
    answer = reply.answer if msg.kind != "voice" else f"🎙 {text}\n\n{reply.answer}"
    buttons = _confirm_buttons(ctx.language) if reply.pending_confirmation else []
    return [OutboundReply(text=answer, markdown=answer, buttons=buttons)]


def _bind(msg: Inbound, code: str) -> OutboundReply:
    if not code:
        return OutboundReply(text="用法：/bind 绑定码（在网页版“绑定 Telegram”处获取）\nUsage: /bind CODE")
    try:
        login = inbox.redeem_bind_code(code, telegram_user_id=int(msg.sender_id))
    except (BindError, ValueError) as exc:
        return OutboundReply(text=f"绑定失败：{exc}\nBinding failed: {exc}")
    return OutboundReply(text=f"绑定成功：{login}。发送 /help 查看可以做什么。\nLinked to {login}.")
