"""The offline engine: a deterministic chat model that turns requests into tool calls and results into answers.

Rules plus an embedding fallback route a Chinese or English request to a tool; a
gazetteer of CRM names spots customers, contacts, places and products; time
expressions become canonical periods; follow-ups reuse the conversation's memory; tool
results are rendered in the user's language with the records cited and the analytics'
reasons given. See :class:`OfflineChatModel`.
"""

from assistant.agents.offline.model import OfflineChatModel

__all__ = ["OfflineChatModel"]
