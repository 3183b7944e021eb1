"""archival agreements: each version records the layout it was drawn with, and a book of the
certificates we trust for electronic signatures

Revision ID: 0010_archival
Revises: 0009_demo_rows
Create Date: 2026-12-07 02:00:00

Every version frozen before this revision was drawn with the first layout (1). The trusted
certificates are partners' signing certificates (DER bytes), registered by a person; a signature
whose certificate is not in this book is reported as intact but not trusted.
"""
from alembic import op
import sqlalchemy as sa


revision = "0010_archival"
down_revision = "0009_demo_rows"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("agreement_version", sa.Column("layout", sa.Integer(), nullable=False,
                                                 server_default=sa.text("1")))
    op.create_table(
        "trusted_certificate",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(length=64), nullable=False, unique=True),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("organization", sa.String(length=300), nullable=False, server_default=""),
        sa.Column("email", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("not_before", sa.DateTime(), nullable=True),
        sa.Column("not_after", sa.DateTime(), nullable=True),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False, server_default="file"),
        sa.Column("added_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("trusted_certificate")
    with op.batch_alter_table("agreement_version") as batch:
        batch.drop_column("layout")
