"""Alembic's environment for the central's migrations. They run through ``central db upgrade``
(central/migrate.py), which hands over its connection; there is no alembic.ini."""

from __future__ import annotations

from alembic import context

from central.db import Base


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("the central's migrations run with `central db upgrade`")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite alters a table by copying it: later migrations work on both databases.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
