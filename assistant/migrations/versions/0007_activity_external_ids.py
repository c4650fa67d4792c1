"""activities.external_id: name the activities the assistant saved without one.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 19:30:00

No schema change: new activities get an id at creation (``models.new_activity_external_id``);
this gives the older ones saved by the assistant (``external_id`` NULL) one of the same form,
so an export of them can be imported back.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

activities = sa.table("activities", sa.column("id", sa.Integer), sa.column("external_id", sa.String(40)))


def upgrade() -> None:
    """Give every activity without an external_id a new one (``ACT-`` and 16 hex digits)."""
    conn = op.get_bind()
    missing = conn.execute(sa.select(activities.c.id).where(activities.c.external_id.is_(None))).scalars().all()
    for activity_id in missing:
        conn.execute(
            activities.update()
            .where(activities.c.id == activity_id)
            .values(external_id=f"ACT-{uuid.uuid4().hex[:16].upper()}")
        )


def downgrade() -> None:
    """Keep the ids (valid data)."""
    pass  # the ids are valid data: nothing to undo
