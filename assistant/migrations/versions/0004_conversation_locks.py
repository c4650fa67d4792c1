"""conversation locks (agents: one turn at a time per conversation, across processes)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 14:00:00
"""

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conversation_locks',
    sa.Column('conversation_id', sa.String(length=255), nullable=False),
    sa.Column('holder', sa.String(length=64), nullable=False),
    sa.Column('acquired_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('conversation_id', name=op.f('pk_conversation_locks'))
    )


def downgrade() -> None:
    op.drop_table('conversation_locks')
