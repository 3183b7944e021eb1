"""journal: partners, tags, hours per organization, money estimate, revisions, attachments,
health check-ups, and the full-text index of entries (SQLite FTS5 only)

Revision ID: 0002_journal
Revises: 0001
Create Date: 2026-11-23 11:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_journal'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('money_estimate', sa.Text(), nullable=False, server_default=''))
        batch_op.create_index('ix_journal_entry_date', ['entry_date', 'id'], unique=False)
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.alter_column('money_estimate', server_default=None)

    op.create_table('project_partner',
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_project_partner_organization_id_organization'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_project_partner_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('project_id', 'organization_id', name=op.f('pk_project_partner'))
    )
    with op.batch_alter_table('project_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_partner_organization_id'), ['organization_id'], unique=False)

    op.create_table('entry_partner',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_entry_partner_entry_id_journal_entry'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_entry_partner_organization_id_organization'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('entry_id', 'organization_id', name=op.f('pk_entry_partner'))
    )
    with op.batch_alter_table('entry_partner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_partner_organization_id'), ['organization_id'], unique=False)

    op.create_table('entry_tag',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('tag', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_entry_tag_entry_id_journal_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('entry_id', 'tag', name=op.f('pk_entry_tag'))
    )
    with op.batch_alter_table('entry_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_tag_tag'), ['tag'], unique=False)

    op.create_table('entry_hours',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('organization_id', sa.Integer(), nullable=True),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_entry_hours_entry_id_journal_entry'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], name=op.f('fk_entry_hours_organization_id_organization'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_hours'))
    )
    with op.batch_alter_table('entry_hours', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_hours_entry_id'), ['entry_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_entry_hours_organization_id'), ['organization_id'], unique=False)

    op.create_table('entry_revision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_entry_revision_entry_id_journal_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entry_revision'))
    )
    with op.batch_alter_table('entry_revision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entry_revision_entry_id'), ['entry_id'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.Column('stored_name', sa.String(length=255), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], name=op.f('fk_attachment_entry_id_journal_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment')),
    sa.UniqueConstraint('stored_name', name=op.f('uq_attachment_stored_name'))
    )
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_entry_id'), ['entry_id'], unique=False)

    op.create_table('health_checkup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('answers_json', sa.Text(), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_health_checkup_project_id_project'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_health_checkup'))
    )
    with op.batch_alter_table('health_checkup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_health_checkup_project_id'), ['project_id'], unique=False)

    if op.get_bind().dialect.name == 'sqlite':
        # Holds the folded text (ligatures, elisions: core.folding) of each live entry, rowid = entry id.
        op.execute("CREATE VIRTUAL TABLE journal_fts USING fts5(title, body, tags, "
                   "tokenize = 'unicode61 remove_diacritics 2')")
        from partage_desktop.core.folding import fold

        bind = op.get_bind()
        rows = bind.execute(sa.text("SELECT id, title, body FROM journal_entry WHERE deleted_at IS NULL")).fetchall()
        if rows:
            bind.execute(sa.text("INSERT INTO journal_fts (rowid, title, body, tags) VALUES (:i, :t, :b, '')"),
                         [{"i": r[0], "t": fold(r[1]), "b": fold(r[2])} for r in rows])


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("DROP TABLE IF EXISTS journal_fts")
    for table in ('health_checkup', 'attachment', 'entry_revision', 'entry_hours', 'entry_tag',
                  'entry_partner', 'project_partner'):
        op.drop_table(table)
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_entry_date')
        batch_op.drop_column('money_estimate')
