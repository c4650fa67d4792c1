"""The deal stages in pipeline order: the one list the columns, the tools and the scripts read.

Kept apart from :mod:`assistant.crm.models` (and free of imports) so light modules, such as
the script library's front-matter schema, can name the stages without loading SQLAlchemy.
"""

from __future__ import annotations

from typing import Literal, get_args

Stage = Literal["prospecting", "qualification", "proposal", "negotiation", "won", "lost"]
"""A deal stage (the type of a tool argument or a script's front matter)."""

STAGES: tuple[str, ...] = get_args(Stage)
"""Every stage, in pipeline order."""

CLOSED_STAGES: tuple[str, ...] = ("won", "lost")
"""The stages a deal ends in."""

OPEN_STAGES: tuple[str, ...] = tuple(s for s in STAGES if s not in CLOSED_STAGES)
"""The stages of a deal still being worked, in pipeline order."""
