"""Queries that read teams: who belongs to a team."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.crm.models import User


def team_owner_ids(session: Session, *, team_id: int) -> list[int]:
    """Return the ids of every user in a team (reps and the manager)."""
    return sorted(session.scalars(select(User.id).where(User.team_id == team_id)))


def team_rep_ids(session: Session, *, team_id: int) -> list[int]:
    """Return the ids of a team's reps (its manager left out), in id order."""
    return sorted(session.scalars(select(User.id).where(User.team_id == team_id, User.role == "rep")))
