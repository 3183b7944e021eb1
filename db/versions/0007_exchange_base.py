"""an agreement remembers the state it last arrived in from an exchange file (its "base")

Revision ID: 0007_exchange_base
Revises: 0006_trash_index
Create Date: 2026-11-24 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_exchange_base'
down_revision = '0006_trash_index'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One ALTER TABLE ADD COLUMN (no table copy): agreements imported before have no base, and are
    # compared as before (a change on both sides, or not).
    op.add_column('agreement', sa.Column('exchange_base', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_column('exchange_base')
