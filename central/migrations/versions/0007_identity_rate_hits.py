"""The codes sent per FİN or subscriber are counted in a table of their own: in the public tracking
limit's, that limit's one-minute windows pruned them, so status-page traffic lifted the limit.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "identity_rate_hits",
        sa.Column("window_index", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("window_index", "client"),
    )
    # Counters of the current windows only: emptied, so that no identity counter kept there under a
    # plain SHA-256 of its FİN outlives the upgrade (the tracking limit restarts its current window).
    op.execute(sa.text("DELETE FROM rate_limit_hits"))


def downgrade() -> None:
    op.drop_table("identity_rate_hits")
