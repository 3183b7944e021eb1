"""journal entries can be marked private: they never leave the organization in an exchange file

Revision ID: 0005_safety2
Revises: 0003_lifecycle
Create Date: 2026-11-23 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_safety2'
down_revision = '0003_lifecycle'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One ALTER TABLE ADD COLUMN (no table copy): existing entries are shareable, as before.
    op.add_column('journal_entry', sa.Column('private', sa.Boolean(), nullable=False,
                                             server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_column('private')
