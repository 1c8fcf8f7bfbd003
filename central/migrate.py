"""The schema's versions (Alembic; the scripts are in ``central/migrations/versions``).

``central db upgrade`` brings a database to the schema of this code: it creates the schema in an empty
database and upgrades an older one, each step once, whoever else runs it at the same time (PostgreSQL:
an advisory lock). Nothing else creates or changes tables: ``central serve`` and the other commands
refuse a schema older than their code, and ``/readyz`` answers 503 for one.

A database of release 0.1.0, whose tables were created at start-up and carry no revision, holds exactly
the schema of the first migration: the upgrade records that revision and goes on from there.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, func, inspect, select

from central.db import make_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The revision whose schema release 0.1.0 created at start-up, and that schema's tables.
FIRST = "0001"
RELEASE_TABLES = frozenset({"api_tokens", "submissions", "status_events", "attachments"})
# pg_advisory_xact_lock's key: one upgrade at a time per database.
UPGRADE_LOCK = 0x0CE47A1


class SchemaError(RuntimeError):
    """The database's schema cannot be served or upgraded; the message is one line for the operator."""


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    """The revision this code's models match."""
    current = _scripts().get_current_head()
    assert current is not None, "central/migrations/versions holds no migration"
    return current


@dataclass(frozen=True)
class SchemaState:
    revisions: tuple[str, ...]  # as recorded in the database's alembic_version
    head: str  # this code's
    release_tables: frozenset[str]  # which tables of release 0.1.0 exist

    @property
    def status(self) -> str:
        """``current``; ``newer`` (a later code upgraded it: this code may still serve it, as in a
        rolling upgrade); ``older``; ``empty`` (no schema); ``unversioned`` (release 0.1.0's
        tables without a revision); ``partial`` (some of them, without a revision)."""
        if self.revisions == (self.head,):
            return "current"
        if not self.revisions:
            if not self.release_tables:
                return "empty"
            return "unversioned" if self.release_tables == RELEASE_TABLES else "partial"
        scripts = _scripts()
        for revision in self.revisions:
            try:
                known = scripts.get_revision(revision)
            except CommandError:
                known = None
            if known is None:
                return "newer"
        return "older"

    @property
    def servable(self) -> bool:
        return self.status in ("current", "newer")

    def problem(self) -> str | None:
        """None when this code may serve the database, else why not, in one line naming the fix."""
        upgrade = "run `central db upgrade` first"
        status = self.status
        if status in ("current", "newer"):
            return None
        if status == "empty":
            return f"the database has no schema yet: {upgrade}"
        if status == "unversioned":
            return f"the database has the schema of release 0.1.0, without migrations: {upgrade}"
        if status == "partial":
            missing = ", ".join(sorted(RELEASE_TABLES - self.release_tables))
            return f"the database lacks the tables {missing} and has no schema revision: {upgrade}"
        return (
            f"the database schema ({', '.join(self.revisions)}) is older than this central's "
            f"({self.head}): {upgrade}"
        )


def schema_state(connection: Connection) -> SchemaState:
    revisions = MigrationContext.configure(connection).get_current_heads()
    tables = RELEASE_TABLES & set(inspect(connection).get_table_names()) if not revisions else set()
    return SchemaState(tuple(revisions), head(), frozenset(tables))


def check(engine: Engine) -> SchemaState:
    """The database's schema state; connection errors propagate."""
    with engine.connect() as connection:
        return schema_state(connection)


def upgrade(database_url: str) -> tuple[SchemaState, SchemaState]:
    """Create or upgrade the schema of ``database_url`` to this code's; return the states before
    and after. Raises SchemaError for a database it cannot upgrade."""
    engine = make_engine(database_url)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(select(func.pg_advisory_xact_lock(UPGRADE_LOCK)))
            before = schema_state(connection)
            if before.status == "partial":
                missing = ", ".join(sorted(RELEASE_TABLES - before.release_tables))
                raise SchemaError(
                    f"the database holds some of the central's tables but not {missing}, and no "
                    "schema revision: it is no central database of a known release"
                )
            cfg = alembic_config(connection)
            if before.status == "unversioned":
                command.stamp(cfg, FIRST)
            if before.status != "newer":
                command.upgrade(cfg, "head")
        after = check(engine)
    finally:
        engine.dispose()
    return before, after
