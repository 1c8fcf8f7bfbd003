"""Database models and engine (SQLAlchemy 2, portable: SQLite embedded by default, PostgreSQL in
production). The schema is made and changed by the migrations of ``central/migrations`` (``central db
upgrade``), never at start-up: a model changed here needs a new migration there."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
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
    # A revoked or expired token is refused at once.
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


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
    # How the application reached the utility: ``kiosk`` (a kiosk token), or another channel's name.
    channel: Mapped[str] = mapped_column(String(16), default="kiosk", server_default="kiosk")

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
    # A rejection's reason: an id of the list of reasons (shown to the applicant in their language).
    reason: Mapped[str | None] = mapped_column(String(32), nullable=True)

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


class Notification(Base):
    """One message to send (the transactional outbox): written in the same transaction as the event
    it tells of, sent by the dispatcher, retried with backoff. ``event_key`` is unique: one event gives
    one message per channel, whatever retries or restarts happen."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_key: Mapped[str] = mapped_column(String(128), unique=True, index=True)
    submission_pk: Mapped[int | None] = mapped_column(
        ForeignKey("submissions.id"), index=True, nullable=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # received, status, code
    channel: Mapped[str] = mapped_column(String(8))  # sms, email
    recipient: Mapped[str] = mapped_column(String(255))
    language: Mapped[str] = mapped_column(String(2))
    subject: Mapped[str] = mapped_column(String(255), default="")
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(
        String(8), default="pending", index=True
    )  # pending sent failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_error: Mapped[str | None] = mapped_column(String(255), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class StaffUser(Base):
    """A utility's back-office user: ``operator`` or ``supervisor``; the password hashed (Argon2id)."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    full_name: Mapped[str] = mapped_column(String(128), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class StaffSession(Base):
    """A signed-in back-office session: the cookie carries a random token, only its SHA-256 is here."""

    __tablename__ = "staff_sessions"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class StaffAudit(Base):
    """Every back-office action: who, what, on which application or user; never personal data."""

    __tablename__ = "staff_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class Rating(Base):
    """An applicant's 1–5 rating of the service, one per application and channel (kiosk, phone)."""

    __tablename__ = "ratings"
    __table_args__ = (UniqueConstraint("submission_pk", "channel"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_pk: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    score: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class KioskHeartbeat(Base):
    """The last heartbeat of each kiosk (the fleet page): one row per kiosk, replaced each time."""

    __tablename__ = "kiosk_heartbeats"

    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_name: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(32), default="")
    queue_depth: Mapped[int] = mapped_column(Integer, default=0)
    oldest_pending_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )
    printer_state: Mapped[str] = mapped_column(String(16), default="unknown")
    last_sync_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    staff_call: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Handoff(Base):
    """A photo handed from the applicant's phone to a kiosk (``POST /api/v1/handoffs``), or added later
    to a stored application waiting for it (``submission_pk`` set). ``id`` is public; the phone link's
    token is 128 random bits, only its SHA-256 is here. ``data`` is dropped once fetched or expired."""

    __tablename__ = "handoffs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    token_name: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(128))
    submission_pk: Mapped[int | None] = mapped_column(
        ForeignKey("submissions.id"), index=True, nullable=True
    )
    state: Mapped[str] = mapped_column(
        String(12), default="waiting"
    )  # waiting uploaded fetched expired
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    content_type: Mapped[str | None] = mapped_column(String(100), nullable=True)
    data: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # A 201 promises the application is stored: WAL with a full sync on every commit.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(database_url: str, **pool: Any) -> Engine:
    """An engine for ``database_url``; for SQLite the file's folder is created and pragmas set. A
    database error never carries the statement's values (answers, photos, recipients) into a log.

    ``pool``: ``pool_size``, ``max_overflow``, ``pool_timeout`` (central.config.DatabaseLimits)."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        # A database that does not answer fails a request (and /readyz) in seconds, not minutes.
        libpq = url.get_driver_name() in ("psycopg", "psycopg2")
        connect_args = (
            {"connect_timeout": 10} if libpq and "connect_timeout" not in url.query else {}
        )
        return create_engine(
            url, pool_pre_ping=True, connect_args=connect_args, hide_parameters=True, **pool
        )
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    else:
        pool = {}
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False, "timeout": 30},
        hide_parameters=True,
        **pool,
    )
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def open_db(database_url: str, **pool: Any) -> tuple[Engine, sessionmaker[Any]]:
    """The engine and a session factory for ``database_url``. Creates nothing: the schema is
    ``central db upgrade``'s (central/migrate.py checks it is current). ``pool``: as
    :func:`make_engine`."""
    engine = make_engine(database_url, **pool)
    return engine, sessionmaker(engine, expire_on_commit=False)


class LookupRateHit(Base):
    """Look-ups of one kiosk token in one fixed window (central/ratelimit.py): the look-up limit's own
    counters, apart from the public tracking limit's, so that neither prunes the other's windows.
    ``client`` is the SHA-256 of the token's row id, not the token."""

    __tablename__ = "lookup_rate_hits"

    window_index: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    client: Mapped[str] = mapped_column(String(64), primary_key=True)
    hits: Mapped[int] = mapped_column(Integer)


class IdentityRateHit(Base):
    """Identity codes sent for one key (a FİN, a subscriber code) in one fixed window
    (central/ratelimit.py): the codes-per-key limit's own counters, apart from the other limits', so
    that no other limit's window prunes them. ``client`` is the SHA-256 of the key's HMAC under the
    server's secret (central/secret.py), never the key nor its plain digest."""

    __tablename__ = "identity_rate_hits"

    window_index: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    client: Mapped[str] = mapped_column(String(64), primary_key=True)
    hits: Mapped[int] = mapped_column(Integer)


class LookupAudit(Base):
    """One registry look-up by a kiosk: which token (the kiosk), what kind, when, what came of it.
    The key looked up (a FİN, a subscriber code) is never stored: only its HMAC-SHA-256 under the
    server's secret (central/secret.py), which finds every look-up of one key without being
    reversible by trying every possible key."""

    __tablename__ = "lookup_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    token_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    token_name: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # person, azersu, azerishiq, grid
    key_hmac: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(12))  # found, not_found, rate_limited


class IdentityChallenge(Base):
    """A one-time code sent by SMS to the mobile number the registry holds for a FİN or subscriber, before
    the registry's data are shown at a kiosk (guides 001, 002 §1: sign in before registry data). Neither
    the key nor the code is stored: only salted SHA-256 digests of each."""

    __tablename__ = "identity_challenges"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    token_name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    salt: Mapped[str] = mapped_column(String(32))
    key_sha256: Mapped[str] = mapped_column(String(64))
    code_sha256: Mapped[str] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    verified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class KioskAuditKiosk(Base):
    """One kiosk's shipped staff audit log (``POST /api/v1/kiosk-audit``): the token name that first
    shipped it (only that kiosk token may ship more or read it back), the highest sequence number up
    to which every entry is held, and how many tamper alarms it raised."""

    __tablename__ = "kiosk_audit_kiosks"

    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_name: Mapped[str] = mapped_column(String(64))
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    alarms: Mapped[int] = mapped_column(Integer, default=0)
    last_alarm_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class KioskAuditEntry(Base):
    """One line of a kiosk's staff audit log as shipped, stored once: staff actions (PIN slot, action,
    counts, ids), never personal data. ``body`` is the entry's canonical JSON, compared byte for byte
    when the same number is offered again; ``mac`` the kiosk's MAC of the line (or plain hash, for a
    line written before its chain was keyed)."""

    __tablename__ = "kiosk_audit_entries"
    __table_args__ = (UniqueConstraint("kiosk_id", "seq", name="uq_kiosk_audit_entries_kiosk_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    action: Mapped[str] = mapped_column(String(64))
    actor: Mapped[int | None] = mapped_column(Integer, nullable=True)
    prev: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    token_name: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class KioskAuditAlarm(Base):
    """A tamper alarm: a kiosk offered an entry that differs from the one held under its number
    (``conflict``) or that does not follow the held entry before or after it (``chain_break``) — its
    log was rewritten after the entries were shipped. Recorded once per different offer."""

    __tablename__ = "kiosk_audit_alarms"
    __table_args__ = (
        UniqueConstraint(
            "kiosk_id", "seq", "kind", "offered_mac", name="uq_kiosk_audit_alarms_offer"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(64), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    held_mac: Mapped[str] = mapped_column(String(64))
    offered_mac: Mapped[str] = mapped_column(String(64))
    token_name: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
