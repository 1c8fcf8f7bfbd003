"""Settings of the reference central API: database URL, tariff folder, limits."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from central.secret import default_secret_file

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE_PATH = Path("var") / "central.db"
DEFAULT_TARIFFS_DIR = REPO_ROOT / "kiosk" / "core" / "schedules"
MAX_BODY_BYTES = 25 * 1024 * 1024
ADMIN_TOKEN_ENV = "CENTRAL_ADMIN_TOKEN"
# A kiosk gives up on a submission after kiosk/config.py ``http_timeout_s`` (10 s): the server never
# makes a request wait that long for the database — it answers 503 with ``Retry-After`` instead.
KIOSK_READ_TIMEOUT_S = 10.0
# The longest a transaction waits for a lock on PostgreSQL (``lock_timeout``, central/capacity.py).
LOCK_WAIT_S = 1.5
# The address applicants reach this central at: the status link of their SMS and e-mails is
# ``{CENTRAL_PUBLIC_URL}/t/{code}``, like the receipt's QR code (the kiosk's ``public_status_url``).
PUBLIC_URL_ENV = "CENTRAL_PUBLIC_URL"
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8000"  # ``central serve``'s own address by default
# A phone hand-off link lives this long (docs/PHOTOS.md); CENTRAL_HANDOFF_TTL_S overrides it.
HANDOFF_TTL_S = 600.0


def _env_number(name: str, kind: type[int] | type[float]) -> Any:
    """``CENTRAL_<NAME>`` from the environment as a number, None when unset or empty."""
    raw = os.environ.get(f"CENTRAL_{name}", "").strip()
    if not raw:
        return None
    try:
        return kind(raw)
    except ValueError:
        raise ValueError(f"CENTRAL_{name}={raw!r} is not a number") from None


def public_url() -> str:
    """``CENTRAL_PUBLIC_URL`` without a trailing slash (default: ``central serve``'s own address, for
    development); ValueError with a one-line message when it is not an http(s) URL."""
    from urllib.parse import urlsplit

    raw = os.environ.get(PUBLIC_URL_ENV, "").strip() or DEFAULT_PUBLIC_URL
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(
            f"{PUBLIC_URL_ENV}={raw!r} must be an http:// or https:// address, "
            "e.g. https://status.example.az"
        )
    return raw.rstrip("/")


def default_database_url() -> str:
    """``DATABASE_URL`` if set, else a SQLite file ``./var/central.db``."""
    env = os.environ.get("DATABASE_URL")
    if env:
        return env
    return f"sqlite:///{DEFAULT_SQLITE_PATH}"


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=default_database_url)
    tariffs_dir: Path = DEFAULT_TARIFFS_DIR
    max_body_bytes: int = MAX_BODY_BYTES
    # Public tracking (status API and /t/ page): requests per window, per client address.
    status_rate_limit: int = 60
    status_rate_window: float = 60.0
    # Registry look-ups (``/api/v1/lookup/…``): requests per window, per kiosk token.
    lookup_rate_limit: int = field(
        default_factory=lambda: _env_number("LOOKUP_RATE_LIMIT", int) or 30
    )
    lookup_rate_window: float = field(
        default_factory=lambda: _env_number("LOOKUP_RATE_WINDOW", float) or 60.0
    )
    # The proxies whose X-Forwarded-For names the client (comma-separated addresses or networks, or
    # ``*``); empty: the header is ignored (docs/DEPLOY.md "Behind a load balancer").
    forwarded_allow_ips: str = field(
        default_factory=lambda: os.environ.get("FORWARDED_ALLOW_IPS", "").strip()
    )
    # The file of the server's secret (central/secret.py).
    secret_file: Path = field(default_factory=default_secret_file)
    # An extra admin token accepted besides those created with ``central admin-token create``.
    admin_token: str | None = field(default_factory=lambda: os.environ.get(ADMIN_TOKEN_ENV) or None)
    # Database capacity (central/README.md "Under load"), each also ``CENTRAL_<NAME>`` in the
    # environment, e.g. CENTRAL_DB_POOL_SIZE. None: the default for the database of
    # ``database_url`` (``DatabaseLimits.resolve``).
    db_pool_size: int | None = field(default_factory=lambda: _env_number("DB_POOL_SIZE", int))
    db_max_overflow: int | None = field(default_factory=lambda: _env_number("DB_MAX_OVERFLOW", int))
    db_pool_timeout_s: float | None = field(
        default_factory=lambda: _env_number("DB_POOL_TIMEOUT_S", float)
    )
    db_write_concurrency: int | None = field(
        default_factory=lambda: _env_number("DB_WRITE_CONCURRENCY", int)
    )
    db_read_concurrency: int | None = field(
        default_factory=lambda: _env_number("DB_READ_CONCURRENCY", int)
    )
    # Slots kept for the public status API and page, so a phone never queues behind kiosks.
    db_status_concurrency: int | None = field(
        default_factory=lambda: _env_number("DB_STATUS_CONCURRENCY", int)
    )
    # How long a request may queue for a database slot (2 × this for all its slots together), and how
    # many may queue in one lane, before a 503. A queued submission holds its body in memory.
    db_queue_wait_s: float | None = field(
        default_factory=lambda: _env_number("DB_QUEUE_WAIT_S", float)
    )
    db_queue_limit: int | None = field(default_factory=lambda: _env_number("DB_QUEUE_LIMIT", int))
    # A refused request is told to come back after at most this many seconds: drawn from 1 to about
    # half the lane's drain time (so that refused kiosks return while the queue still has work, and
    # not all in the same second).
    busy_retry_after_max_s: int | None = field(
        default_factory=lambda: _env_number("BUSY_RETRY_AFTER_MAX_S", int)
    )

    # The public address phones reach (the status host, e.g. https://status.example.az): the base of the
    # phone photo page's link (docs/PHOTOS.md). "" = the address the request came in on.
    public_url: str = field(
        default_factory=lambda: os.environ.get("CENTRAL_PUBLIC_URL", "").strip().rstrip("/")
    )
    # How long a phone photo hand-off link stays usable, in seconds.
    handoff_ttl_s: float = field(
        default_factory=lambda: _env_number("HANDOFF_TTL_S", float) or HANDOFF_TTL_S
    )

    def limits(self) -> DatabaseLimits:
        return DatabaseLimits.resolve(self)


def is_sqlite(database_url: str) -> bool:
    return database_url.split(":", 1)[0].split("+", 1)[0] == "sqlite"


@dataclass(frozen=True)
class DatabaseLimits:
    """The connection pool and how many requests use the database at once (per server process).

    Requests take a connection only for their own short transaction and at most
    ``write_concurrency + read_concurrency`` do so at once, which is never more than the pool holds:
    no request ever waits for a connection (``pool_timeout_s`` is a backstop, below the kiosk's read
    timeout). SQLite allows one writer at a time, so its writes go one by one (two writers would only
    sleep in SQLite's busy handler); PostgreSQL runs several. A request queues for slots up to
    2 × ``queue_wait_s`` in all: long enough for a herd of a few hundred kiosks to be served from the
    queue rather than sent away (docs/PERFORMANCE.md "Central under load").
    """

    pool_size: int
    max_overflow: int
    pool_timeout_s: float
    write_concurrency: int
    read_concurrency: int
    status_concurrency: int
    queue_wait_s: float
    queue_limit: int
    retry_after_max_s: int

    @classmethod
    def resolve(cls, settings: Settings) -> DatabaseLimits:
        sqlite = is_sqlite(settings.database_url)
        write = settings.db_write_concurrency or (1 if sqlite else 8)
        read = settings.db_read_concurrency or 4
        status = settings.db_status_concurrency or 2
        pool_size = settings.db_pool_size or write + read + status
        overflow = settings.db_max_overflow if settings.db_max_overflow is not None else 2
        timeout = settings.db_pool_timeout_s or 2.0
        wait = settings.db_queue_wait_s
        limits = cls(
            pool_size=pool_size,
            max_overflow=overflow,
            pool_timeout_s=timeout,
            write_concurrency=write,
            read_concurrency=read,
            status_concurrency=status,
            queue_wait_s=3.0 if wait is None else wait,
            queue_limit=settings.db_queue_limit if settings.db_queue_limit is not None else 500,
            retry_after_max_s=max(1, settings.busy_retry_after_max_s or 5),
        )
        limits.check()
        return limits

    def check(self) -> None:
        lanes = (self.write_concurrency, self.read_concurrency, self.status_concurrency)
        if min(self.pool_size, *lanes) < 1:
            raise ValueError("pool size and concurrency must be at least 1")
        if self.concurrency > self.pool_size:
            raise ValueError(
                f"write ({self.write_concurrency}) + read ({self.read_concurrency}) + status "
                f"({self.status_concurrency}) concurrency must not exceed the pool size "
                f"({self.pool_size})"
            )
        # A submission queues twice (token check, then its transaction), may wait for a connection,
        # then for a lock.
        wait = 2 * self.queue_wait_s + self.pool_timeout_s + LOCK_WAIT_S
        if wait >= KIOSK_READ_TIMEOUT_S:
            raise ValueError(
                f"2 × queue wait + pool timeout + lock wait ({wait:g} s) must stay below the kiosk's "
                f"read timeout ({KIOSK_READ_TIMEOUT_S:g} s)"
            )

    @property
    def concurrency(self) -> int:
        """Requests using the database at once, in all lanes together."""
        return self.write_concurrency + self.read_concurrency + self.status_concurrency

    def engine_options(self) -> dict[str, float | int]:
        return {
            "pool_size": self.pool_size,
            "max_overflow": self.max_overflow,
            "pool_timeout": self.pool_timeout_s,
        }
