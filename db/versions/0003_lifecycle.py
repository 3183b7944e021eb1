"""agreement lifecycle: signed version and scan, termination, amendments

Revision ID: 0003_lifecycle
Revises: 0002_journal
Create Date: 2026-11-23 11:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_lifecycle'
down_revision = '0002_journal'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signed_version', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('scan_path', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('terminated_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('parent_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('parent_version', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_agreement_parent_id_agreement'), 'agreement',
                                    ['parent_id'], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_agreement_parent_id_agreement'), type_='foreignkey')
        batch_op.drop_column('parent_version')
        batch_op.drop_column('parent_id')
        batch_op.drop_column('terminated_on')
        batch_op.drop_column('scan_path')
        batch_op.drop_column('signed_version')
