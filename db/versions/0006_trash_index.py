"""journal: a partial index on the trashed entries, so that purging the expired trash and listing
the trash read a few index rows instead of scanning every entry

Revision ID: 0006_trash_index
Revises: 0005_safety2
Create Date: 2026-11-23 15:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_trash_index'
down_revision = '0005_safety2'
branch_labels = None
depends_on = None

_TRASHED = sa.text('deleted_at IS NOT NULL')


def upgrade() -> None:
    # Partial: live entries (nearly all of them) stay out of it, so it costs nothing to keep up.
    op.create_index('ix_journal_entry_trashed', 'journal_entry', ['deleted_at'], unique=False,
                    sqlite_where=_TRASHED, postgresql_where=_TRASHED)


def downgrade() -> None:
    op.drop_index('ix_journal_entry_trashed', table_name='journal_entry')
