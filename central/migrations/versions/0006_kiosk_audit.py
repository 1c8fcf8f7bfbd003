"""The kiosks' staff audit entries, shipped to the central where the kiosk cannot change them, and the
tamper alarms raised when a kiosk offers a different entry for a number already held.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kiosk_audit_kiosks",
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("token_name", sa.String(length=64), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("alarms", sa.Integer(), nullable=False),
        sa.Column("last_alarm_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("kiosk_id"),
    )
    op.create_table(
        "kiosk_audit_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("actor", sa.Integer(), nullable=True),
        sa.Column("prev", sa.String(length=64), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("token_name", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kiosk_id", "seq", name="uq_kiosk_audit_entries_kiosk_seq"),
    )
    op.create_table(
        "kiosk_audit_alarms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("held_mac", sa.String(length=64), nullable=False),
        sa.Column("offered_mac", sa.String(length=64), nullable=False),
        sa.Column("token_name", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint(
            "kiosk_id", "seq", "kind", "offered_mac", name="uq_kiosk_audit_alarms_offer"
        ),
    )
    op.create_index("ix_kiosk_audit_alarms_kiosk_id", "kiosk_audit_alarms", ["kiosk_id"])


def downgrade() -> None:
    op.drop_table("kiosk_audit_alarms")
    op.drop_table("kiosk_audit_entries")
    op.drop_table("kiosk_audit_kiosks")
