"""The outbox's schema: ``PRAGMA user_version`` and ordered forward migrations.

A migration is a function of the open write transaction; ``MIGRATIONS[i]`` brings version ``i`` to
``i + 1``. Never edit a released migration: append a new one.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from kiosk.offline_queue.errors import SchemaTooNew

STATES = ("pending", "sending", "sent", "rejected")


def _v1(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE submissions (
            id TEXT PRIMARY KEY,                 -- UUID, also the HTTP Idempotency-Key
            service TEXT NOT NULL,
            tracking_code TEXT NOT NULL UNIQUE,
            kiosk_id TEXT NOT NULL,
            language TEXT NOT NULL,
            created_at TEXT NOT NULL,            -- ISO 8601 with offset, as sent on the wire
            created_ts REAL NOT NULL,
            codec TEXT NOT NULL,
            payload BLOB,                        -- codec(canonical JSON); NULL once purged
            payload_sha256 TEXT,                 -- of the canonical JSON, before the codec
            quote BLOB,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sending', 'sent', 'rejected')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL,
            last_error TEXT,
            last_error_kind TEXT,                -- 'link' (server unreachable) or 'item'
            reject_code TEXT,
            reject_errors TEXT,                  -- JSON {"field": "error code"}
            server_reference TEXT,
            sent_at REAL,
            purged_at REAL
        )
        """
    )
    db.execute("CREATE INDEX submissions_due ON submissions (state, next_attempt_at)")
    db.execute("CREATE INDEX submissions_created ON submissions (created_ts)")
    db.execute(
        """
        CREATE TABLE attachments (
            submission_id TEXT NOT NULL REFERENCES submissions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            field TEXT NOT NULL,
            filename TEXT NOT NULL,
            content_type TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            data BLOB NOT NULL,                  -- codec(bytes)
            PRIMARY KEY (submission_id, position)
        )
        """
    )
    db.execute(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, at REAL NOT NULL, kind TEXT NOT NULL,"
        " detail TEXT NOT NULL)"
    )
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _v2(db: sqlite_utils.Database) -> None:
    """Applicants' 1–5 ratings (docs/OUTBOX.md "Ratings"): one per tracking code, sent once the central
    API has acknowledged the application itself."""
    db.execute(
        """
        CREATE TABLE ratings (
            tracking_code TEXT PRIMARY KEY,      -- of an application of this outbox
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            rated_at REAL NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'sent', 'rejected')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL,
            last_error TEXT,
            sent_at REAL
        )
        """
    )
    db.execute("CREATE INDEX ratings_due ON ratings (state, next_attempt_at)")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2]
LATEST = len(MIGRATIONS)


def user_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database) -> int:
    """Apply the missing migrations, each in its own ``BEGIN IMMEDIATE`` transaction."""
    while True:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(db)
            if version > LATEST:
                raise SchemaTooNew(f"file has schema {version}, this kiosk knows {LATEST}")
            if version == LATEST:
                db.execute("ROLLBACK")
                return version
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.execute("ROLLBACK")
            raise
