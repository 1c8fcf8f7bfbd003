"""The central's secret: 32 random bytes in an owner-only file (``var/central-secret.key``, or the
file ``$CENTRAL_SECRET_FILE`` / ``central serve --secret-file`` names), made at first start.

It keys the HMAC-SHA-256 of every registry key the look-up audit records (``lookup_audit.key_hmac``):
a FİN has 7 characters of 33 possible (about 4·10¹⁰ values), so its plain SHA-256 would be reversed
by trying them all in hours; without the secret, the HMAC cannot be. The file is created as the
kiosk's outbox key is (kiosk/offline_queue/keys.py: O_EXCL, mode 0600, linked into place; a file
others may read is refused). App servers behind one load balancer share one file's content, so that the
look-ups of one key are found together (docs/DEPLOY.md).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import stat
from pathlib import Path

SECRET_FILE_ENV = "CENTRAL_SECRET_FILE"
DEFAULT_SECRET_FILE = Path("var") / "central-secret.key"
SECRET_BYTES = 32


class SecretError(RuntimeError):
    """The secret file cannot be used; the message names it and the problem."""


def default_secret_file() -> Path:
    env = os.environ.get(SECRET_FILE_ENV)
    return Path(env) if env else DEFAULT_SECRET_FILE


def _read(path: Path) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)  # FileNotFoundError when there is none yet
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise SecretError(f"the secret file {path} is not a regular file")
        if os.name == "posix" and st.st_mode & 0o077:
            raise SecretError(
                f"the secret file {path} is open to group or others (mode "
                f"{stat.S_IMODE(st.st_mode):04o}): run 'chmod 600 {path}' if it was not exposed"
            )
        secret = fh.read(SECRET_BYTES + 1)
    if len(secret) != SECRET_BYTES:
        raise SecretError(f"the secret file {path} holds {len(secret)} bytes, not {SECRET_BYTES}")
    return secret


def _create(path: Path) -> bytes:
    """A fresh secret in ``path``, written under a temporary name and linked into place, so that a
    power cut never leaves half a secret; when another worker won the race, its secret."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    secret = os.urandom(SECRET_BYTES)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o600)
            fh.write(secret)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # atomic, and never replaces an existing secret
        except FileExistsError:
            return _read(path)
    finally:
        tmp.unlink(missing_ok=True)
    return secret


def load_or_create(path: Path) -> bytes:
    """The secret in ``path``, made first when there is none; SecretError when it cannot be used."""
    try:
        try:
            return _read(path)
        except FileNotFoundError:
            return _create(path)
    except OSError as exc:
        raise SecretError(f"the secret file {path} cannot be used: {exc.strerror}") from None


def key_hmac(secret: bytes, kind: str, key: str) -> str:
    """HMAC-SHA-256 of a looked-up key (with its kind, so a FİN and a subscriber code never meet)."""
    message = f"{kind}\x00{key}".encode("utf-8", "replace")
    return hmac.new(secret, message, hashlib.sha256).hexdigest()
