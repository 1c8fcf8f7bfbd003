"""Look-ups are rate-limited per kiosk token and audited (key HMAC only); Idempotency-Keys stored in
one spelling.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lookup_rate_hits",
        sa.Column("window_index", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("window_index", "client"),
    )
    op.create_table(
        "lookup_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("token_id", sa.Integer(), nullable=True),
        sa.Column("token_name", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key_hmac", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_lookup_audit_at", "lookup_audit", ["at"])
    op.create_index("ix_lookup_audit_token_name", "lookup_audit", ["token_name"])
    op.create_index("ix_lookup_audit_key_hmac", "lookup_audit", ["key_hmac"])
    _canonical_keys()


def _canonical_keys() -> None:
    """Keys stored before they were canonicalised (upper case, no dashes) in their one spelling, so
    that a kiosk sending such a key again finds its submission. A key whose canonical spelling is
    already taken by another row is left as it is."""
    submissions = sa.table(
        "submissions", sa.column("id", sa.Integer()), sa.column("submission_id", sa.String())
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(submissions.c.id, submissions.c.submission_id)).all()
    taken = {key for _id, key in rows}
    for row_id, key in rows:
        try:
            canonical = str(uuid.UUID(key))
        except (ValueError, TypeError):
            continue
        if canonical != key and canonical not in taken:
            connection.execute(
                submissions.update()
                .where(submissions.c.id == row_id)
                .values(submission_id=canonical)
            )
            taken.add(canonical)


def downgrade() -> None:
    op.drop_index("ix_lookup_audit_key_hmac", table_name="lookup_audit")
    op.drop_index("ix_lookup_audit_token_name", table_name="lookup_audit")
    op.drop_index("ix_lookup_audit_at", table_name="lookup_audit")
    op.drop_table("lookup_audit")
    op.drop_table("lookup_rate_hits")
