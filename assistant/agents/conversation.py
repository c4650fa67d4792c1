"""Which conversation a message belongs to: ``channel:chat:user`` ids, checked against the caller."""

from __future__ import annotations

from assistant.identity import AssistantContext, conversation_id


class ConversationError(ValueError):
    """The conversation id is malformed or belongs to another user, or nothing awaits confirmation."""


def resolve_conversation(ctx: AssistantContext, given: str | None) -> str:
    """Return the conversation id: ``ctx``'s own, a full id of this user, or a chat name on ctx's channel.

    Raises:
        ConversationError: a full id that belongs to another user.
    """
    if not given:
        return ctx.conversation_id
    parts = given.split(":")
    if len(parts) == 3:
        if parts[2] != str(ctx.user_id) or not parts[0] or not parts[1]:
            raise ConversationError("that conversation belongs to another user")
        return given
    if len(parts) != 1 or not given.strip():
        raise ConversationError("a conversation id is CHANNEL:CHAT:USER_ID or a plain chat name")
    return conversation_id(ctx.channel, given.strip(), ctx.user_id)
