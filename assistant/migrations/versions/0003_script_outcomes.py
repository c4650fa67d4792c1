"""script usage log (knowledge area: script suggestions that learn from outcomes)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 10:00:00
"""

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('script_usages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('script_id', sa.String(length=80), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('stage_at_use', sa.String(length=16), nullable=True),
    sa.Column('context', sa.Text(), nullable=True),
    sa.Column('used_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_script_usages_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_script_usages_opportunity_id_opportunities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_script_usages_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_script_usages'))
    )
    with op.batch_alter_table('script_usages', schema=None) as batch_op:
        batch_op.create_index('ix_script_usages_customer_time', ['customer_id', 'used_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_script_usages_opportunity_id'), ['opportunity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_script_usages_script_id'), ['script_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_script_usages_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('script_usages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_script_usages_user_id'))
        batch_op.drop_index(batch_op.f('ix_script_usages_script_id'))
        batch_op.drop_index(batch_op.f('ix_script_usages_opportunity_id'))
        batch_op.drop_index('ix_script_usages_customer_time')

    op.drop_table('script_usages')
