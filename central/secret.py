"""The central's secret: 32 random bytes in an owner-only file (``var/central-secret.key``, or the
file ``$CENTRAL_SECRET_FILE`` / ``central serve --secret-file`` names), made at first start.

It keys the HMAC-SHA-256 of every registry key the look-up audit records (``lookup_audit.key_hmac``):
a FİN has 7 characters of 33 possible (about 4·10¹⁰ values), so its plain SHA-256 would be reversed
by trying them all in hours; without the secret, the HMAC cannot be. The file is created like the
kiosk's outbox key (kiosk/offline_queue/keys.py: O_EXCL, mode 0600, linked into place; a file others
may read is refused). App servers behind one load balancer share one file's content, so that the
look-ups of one key are found together (docs/DEPLOY.md).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

SECRET_FILE_ENV = "CENTRAL_SECRET_FILE"
DEFAULT_SECRET_FILE = Path("var") / "central-secret.key"


class SecretError(RuntimeError):
    """The secret file cannot be used; the message names it and the problem."""


def default_secret_file() -> Path:
    env = os.environ.get(SECRET_FILE_ENV)
    return Path(env) if env else DEFAULT_SECRET_FILE


def load_or_create(path: Path) -> bytes:
    from kiosk.offline_queue.keys import KeyFileError, load_or_create_key

    try:
        return load_or_create_key(path)
    except KeyFileError as exc:
        raise SecretError(f"the secret file {exc}") from None
    except OSError as exc:
        raise SecretError(f"the secret file {path} cannot be used: {exc.strerror}") from None


def key_hmac(secret: bytes, kind: str, key: str) -> str:
    """HMAC-SHA-256 of a looked-up key (with its kind, so a FİN and a subscriber code never meet)."""
    message = f"{kind}\x00{key}".encode("utf-8", "replace")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()
