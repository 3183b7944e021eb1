"""shared resources: what we lend (inventory, photos, categories), bookings and loans, what we
need, partners' offers sheets on the network board, and the matches a person decided on

Revision ID: 0011_resources
Revises: 0010_archival
Create Date: 2026-12-07 04:30:00

Money in integer cents, times as naive local date-times (a booking is made in the office's own
time). ``uid`` columns are random identifiers that travel in offers sheets: a partner's newer sheet
replaces the older by the sender's uid, and an item keeps its uid from one sheet to the next.
"""
from alembic import op
import sqlalchemy as sa


revision = "0011_resources"
down_revision = "0010_archival"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False)]


def _demo() -> sa.Column:
    return sa.Column("demo", sa.Boolean(), nullable=False, server_default=sa.false())


def upgrade() -> None:
    with op.batch_alter_table("organization") as batch:
        batch.add_column(sa.Column("uid", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("region", sa.String(length=4), nullable=False, server_default=""))
        batch.create_index("ix_organization_uid", ["uid"])

    op.create_table(
        "resource_category",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(length=40), nullable=False, unique=True),
        sa.Column("label_fr", sa.String(length=120), nullable=False),
        sa.Column("label_en", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("position", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("builtin", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "resource",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(length=36), nullable=False, unique=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("other_names", sa.String(length=400), nullable=False, server_default=""),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("quantity", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.Column("accessories", sa.Text(), nullable=False, server_default=""),
        sa.Column("condition", sa.String(length=20), nullable=False, server_default="good"),
        sa.Column("care", sa.Text(), nullable=False, server_default=""),
        sa.Column("address", sa.String(length=400), nullable=False, server_default=""),
        sa.Column("region", sa.String(length=4), nullable=False, server_default=""),
        sa.Column("mrc", sa.String(length=120), nullable=False, server_default=""),
        sa.Column("pricing", sa.String(length=20), nullable=False, server_default="free"),
        sa.Column("fee_cents", sa.Integer(), nullable=True),
        sa.Column("fee_unit", sa.String(length=10), nullable=False, server_default="day"),
        sa.Column("deposit_cents", sa.Integer(), nullable=True),
        sa.Column("insurance_required", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("insurance_cents", sa.Integer(), nullable=True),
        sa.Column("training_required", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("approval_required", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("consumable", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("min_notice_hours", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("max_loan_days", sa.Integer(), nullable=True),
        sa.Column("book_ahead_days", sa.Integer(), nullable=True),
        sa.Column("contact_person", sa.String(length=150), nullable=False, server_default=""),
        sa.Column("visibility", sa.String(length=10), nullable=False, server_default="network"),
        sa.Column("value_per_day_cents", sa.Integer(), nullable=True),
        sa.Column("agreement_id", sa.Integer(), sa.ForeignKey("agreement.id", ondelete="SET NULL",
                                                              name="fk_resource_agreement_id_agreement"),
                  nullable=True),
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("project.id", ondelete="SET NULL",
                                                            name="fk_resource_project_id_project"),
                  nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        _demo(),
        *_stamps(),
    )
    op.create_index("ix_resource_category", "resource", ["category"])
    op.create_table(
        "resource_photo",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("resource_id", sa.Integer(), sa.ForeignKey("resource.id", ondelete="CASCADE",
                                                             name="fk_resource_photo_resource_id_resource"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("media_type", sa.String(length=20), nullable=False, server_default="image/jpeg"),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_resource_photo_resource_id", "resource_photo", ["resource_id"])
    op.create_table(
        "booking",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("resource_id", sa.Integer(), sa.ForeignKey("resource.id", ondelete="CASCADE",
                                                             name="fk_booking_resource_id_resource"),
                  nullable=False),
        sa.Column("organization_id", sa.Integer(), sa.ForeignKey("organization.id", ondelete="SET NULL",
                                                                 name="fk_booking_organization_id_organization"),
                  nullable=True),
        sa.Column("borrower", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.Column("status", sa.String(length=12), nullable=False, server_default="requested"),
        sa.Column("purpose", sa.Text(), nullable=False, server_default=""),
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("project.id", ondelete="SET NULL",
                                                            name="fk_booking_project_id_project"),
                  nullable=True),
        sa.Column("series_uid", sa.String(length=36), nullable=True),
        sa.Column("renewals", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("picked_up_at", sa.DateTime(), nullable=True),
        sa.Column("pickup_checklist", sa.Text(), nullable=False, server_default=""),
        sa.Column("pickup_condition", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("pickup_note", sa.Text(), nullable=False, server_default=""),
        sa.Column("pickup_photo", sa.LargeBinary(), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("return_condition", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("incident", sa.Text(), nullable=False, server_default=""),
        sa.Column("hours_minutes", sa.Integer(), nullable=True),
        sa.Column("journal_entry_id", sa.Integer(), sa.ForeignKey(
            "journal_entry.id", ondelete="SET NULL", name="fk_booking_journal_entry_id_journal_entry"),
            nullable=True),
        _demo(),
        *_stamps(),
    )
    op.create_index("ix_booking_resource_span", "booking", ["resource_id", "starts_at", "ends_at"])
    op.create_index("ix_booking_span", "booking", ["starts_at", "ends_at"])
    op.create_index("ix_booking_status_end", "booking", ["status", "ends_at"])
    op.create_index("ix_booking_series_uid", "booking", ["series_uid"])
    op.create_table(
        "need",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(length=36), nullable=False, unique=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("quantity", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.Column("address", sa.String(length=400), nullable=False, server_default=""),
        sa.Column("region", sa.String(length=4), nullable=False, server_default=""),
        sa.Column("mrc", sa.String(length=120), nullable=False, server_default=""),
        sa.Column("wanted_from", sa.Date(), nullable=True),
        sa.Column("wanted_to", sa.Date(), nullable=True),
        sa.Column("substitutes_ok", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("urgency", sa.String(length=10), nullable=False, server_default="normal"),
        sa.Column("contribution", sa.Text(), nullable=False, server_default=""),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False, server_default="open"),
        sa.Column("visibility", sa.String(length=10), nullable=False, server_default="network"),
        sa.Column("project_id", sa.Integer(), sa.ForeignKey("project.id", ondelete="SET NULL",
                                                            name="fk_need_project_id_project"),
                  nullable=True),
        _demo(),
        *_stamps(),
    )
    op.create_table(
        "board_sheet",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sender_uid", sa.String(length=36), nullable=False, unique=True),
        sa.Column("sender_name", sa.String(length=200), nullable=False),
        sa.Column("sender_neq", sa.String(length=10), nullable=False, server_default=""),
        sa.Column("sender_region", sa.String(length=4), nullable=False, server_default=""),
        sa.Column("sender_contact", sa.String(length=400), nullable=False, server_default=""),
        sa.Column("organization_id", sa.Integer(), sa.ForeignKey(
            "organization.id", ondelete="SET NULL", name="fk_board_sheet_organization_id_organization"),
            nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False, server_default="fr"),
        _demo(),
    )
    op.create_table(
        "board_item",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("sheet_id", sa.Integer(), sa.ForeignKey("board_sheet.id", ondelete="CASCADE",
                                                          name="fk_board_item_sheet_id_board_sheet"),
                  nullable=False),
        sa.Column("item_uid", sa.String(length=36), nullable=False),
        sa.Column("side", sa.String(length=6), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("category_fr", sa.String(length=120), nullable=False, server_default=""),
        sa.Column("category_en", sa.String(length=120), nullable=False, server_default=""),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("other_names", sa.String(length=400), nullable=False, server_default=""),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("quantity", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.Column("region", sa.String(length=4), nullable=False, server_default=""),
        sa.Column("mrc", sa.String(length=120), nullable=False, server_default=""),
        sa.Column("pricing", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("date_from", sa.Date(), nullable=True),
        sa.Column("date_to", sa.Date(), nullable=True),
        sa.Column("urgency", sa.String(length=10), nullable=False, server_default=""),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("details_json", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("words", sa.Text(), nullable=False, server_default=""),
        sa.UniqueConstraint("sheet_id", "side", "item_uid", name="uq_board_item_sheet_id"),
    )
    op.create_index("ix_board_item_sheet_id", "board_item", ["sheet_id"])
    op.create_index("ix_board_item_side_category", "board_item", ["side", "category"])
    op.create_table(
        "board_photo",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("board_item.id", ondelete="CASCADE",
                                                         name="fk_board_photo_item_id_board_item"),
                  nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default=sa.text("0")),
        sa.Column("media_type", sa.String(length=20), nullable=False, server_default="image/jpeg"),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_board_photo_item_id", "board_photo", ["item_id"])
    op.create_table(
        "resource_match",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("need_key", sa.String(length=80), nullable=False),
        sa.Column("offer_key", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.UniqueConstraint("need_key", "offer_key", name="uq_resource_match_need_key"),
    )


def downgrade() -> None:
    for table in ("resource_match", "board_photo", "board_item", "board_sheet", "need", "booking",
                  "resource_photo", "resource", "resource_category"):
        op.drop_table(table)
    with op.batch_alter_table("organization") as batch:
        batch.drop_index("ix_organization_uid")
        batch.drop_column("region")
        batch.drop_column("uid")
