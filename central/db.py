"""Database models and engine (SQLAlchemy 2, portable: SQLite embedded by default, PostgreSQL in
production). The schema is made and changed by the migrations of ``central/migrations`` (``central db
upgrade``), never at start-up: a model changed here needs a new migration there."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, sessionmaker


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class ApiToken(Base):
    """A bearer token: ``kiosk`` tokens submit and look up, ``admin`` tokens move applications on.

    Only the SHA-256 of the token is stored; tokens are 256 random bits, so a fast hash is enough.
    """

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Submission(Base):
    """One application as received from a kiosk; ``submission_id`` is the Idempotency-Key."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[str] = mapped_column(String(36), unique=True, index=True)
    tracking_code: Mapped[str] = mapped_column(String(19), unique=True, index=True)
    service: Mapped[str] = mapped_column(String(32))
    kiosk_id: Mapped[str] = mapped_column(String(64))
    token_name: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(2))
    body_sha256: Mapped[str] = mapped_column(String(64))
    body_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    status: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    reference: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)

    events: Mapped[list[StatusEvent]] = relationship(
        back_populates="submission", order_by="StatusEvent.id", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="submission", order_by="Attachment.id", cascade="all, delete-orphan"
    )


class StatusEvent(Base):
    """One step of an application's timeline. ``note`` is for staff and never shown publicly."""

    __tablename__ = "status_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_pk: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    status: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)

    submission: Mapped[Submission] = relationship(back_populates="events")


class Attachment(Base):
    """A file sent with a submission, in its own table. ``data`` is deferred: reading a submission or
    its list of attachments never loads the bytes; only reading ``data`` itself does."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_pk: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    field: Mapped[str] = mapped_column(String(128))
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)

    submission: Mapped[Submission] = relationship(back_populates="attachments")


class RateLimitHit(Base):
    """Hits of one client in one fixed window of a rate limit (central/ratelimit.py), shared by every
    worker and app server. ``client`` is the SHA-256 of the client's address, not the address."""

    __tablename__ = "rate_limit_hits"

    window_index: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    client: Mapped[str] = mapped_column(String(64), primary_key=True)
    hits: Mapped[int] = mapped_column(Integer)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # A 201 promises the application is stored: WAL with a full sync on every commit.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(database_url: str, **pool: Any) -> Engine:
    """An engine for ``database_url``; for SQLite the file's folder is created and pragmas set.

    ``pool``: ``pool_size``, ``max_overflow``, ``pool_timeout`` (central.config.DatabaseLimits)."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        # A database that does not answer fails a request (and /readyz) in seconds, not minutes.
        libpq = url.get_driver_name() in ("psycopg", "psycopg2")
        connect_args = (
            {"connect_timeout": 10} if libpq and "connect_timeout" not in url.query else {}
        )
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args, **pool)
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    else:
        pool = {}
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **pool)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_db(database_url: str, **pool: Any) -> tuple[Engine, sessionmaker[Any]]:
    """The engine and a session factory for ``database_url``. Creates nothing: the schema is
    ``central db upgrade``'s (central/migrate.py checks it is current). ``pool``: as
    :func:`make_engine`."""
    engine = make_engine(database_url, **pool)
    return engine, sessionmaker(engine, expire_on_commit=False)
