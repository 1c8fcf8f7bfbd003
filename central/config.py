"""Settings of the reference central API: database URL, tariff folder, limits."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE_PATH = Path("var") / "central.db"
DEFAULT_TARIFFS_DIR = REPO_ROOT / "kiosk" / "core" / "schedules"
MAX_BODY_BYTES = 25 * 1024 * 1024
ADMIN_TOKEN_ENV = "CENTRAL_ADMIN_TOKEN"


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
    # An extra admin token accepted besides those created with ``central admin-token create``.
    admin_token: str | None = field(default_factory=lambda: os.environ.get(ADMIN_TOKEN_ENV) or None)
