"""agreement versions keep the full SHA-256 of their canonical answers (every check compares it;
the printed fingerprint is only its short form), and a mark for versions received unchecked

Revision ID: 0008_trust_fullhash
Revises: 0007_exchange_base
Create Date: 2026-12-06 21:00:00
"""
import hashlib
import json

from alembic import op
import sqlalchemy as sa


revision = '0008_trust_fullhash'
down_revision = '0007_exchange_base'
branch_labels = None
depends_on = None


def _full_hash(answers_json: str) -> str | None:
    # The same spelling the fingerprint covers (sorted keys, no spaces): versions frozen here store
    # exactly that text; versions received in an exchange file were stored re-indented.
    try:
        value = json.loads(answers_json)
    except (TypeError, ValueError):
        return None  # damaged: no hash, so no check will ever call it identical
    canonical = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def upgrade() -> None:
    op.add_column('agreement_version', sa.Column('sha256', sa.String(length=64), nullable=True))
    op.add_column('agreement_version', sa.Column('unchecked', sa.Boolean(), nullable=False,
                                                 server_default=sa.false()))
    op.create_index('ix_agreement_version_sha256', 'agreement_version', ['sha256'], unique=False)
    bind = op.get_bind()
    table = sa.table('agreement_version', sa.column('id', sa.Integer), sa.column('answers_json', sa.Text),
                     sa.column('sha256', sa.String))
    rows = bind.execute(sa.select(table.c.id, table.c.answers_json)).all()
    for row_id, answers_json in rows:
        bind.execute(table.update().where(table.c.id == row_id).values(sha256=_full_hash(answers_json)))


def downgrade() -> None:
    op.drop_index('ix_agreement_version_sha256', table_name='agreement_version')
    with op.batch_alter_table('agreement_version', schema=None) as batch_op:
        batch_op.drop_column('unchecked')
        batch_op.drop_column('sha256')
