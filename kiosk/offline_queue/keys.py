"""The outbox key: 32 random bytes in a file of their own beside the database, never inside it.

``<data_dir>/outbox.key`` is made at first start with owner-only permissions (created under a temporary
name with ``O_CREAT | O_EXCL`` and mode 0600, written, synced, then linked into place, so a power cut
never leaves a half-written key). A key file that group or others may read or write, or that belongs to
another user, is refused: the key must be as private as the data it protects. On Windows the mode bits
say nothing, so the check is skipped there (the data directory's ACL protects the file).

Losing the key makes every pending submission unreadable, so a missing key is not silently replaced
while the outbox still holds rows sealed with a key: :func:`codec_for` raises instead.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from kiosk.config import KioskConfig
from kiosk.offline_queue.codec import AesGcmCodec
from kiosk.offline_queue.errors import OutboxError

KEY_FILE_NAME = "outbox.key"
KEY_BYTES = AesGcmCodec.KEY_BYTES
_CHECK_MODE = os.name == "posix"


class KeyFileError(OutboxError):
    """The key file cannot be used; ``detail`` names the file and the problem."""

    message_id = "outbox.key_file"


def key_path(config: KioskConfig) -> Path:
    return config.data_dir / KEY_FILE_NAME


def _check_private(path: Path, st: os.stat_result) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise KeyFileError(f"{path} is not a regular file")
    if not _CHECK_MODE:
        return
    if st.st_mode & 0o077:
        raise KeyFileError(
            f"{path} is open to group or others (mode {stat.S_IMODE(st.st_mode):04o});"
            f" run 'chmod 600 {path}' if it was not exposed, else replace the key"
        )
    if st.st_uid != os.geteuid():
        raise KeyFileError(f"{path} belongs to user {st.st_uid}, not to this user")


def read_key(path: str | os.PathLike[str]) -> bytes:
    """The key in ``path``; raises :class:`FileNotFoundError` when there is none, else
    :class:`KeyFileError` for a file that is not private or not a key."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise KeyFileError(f"{path} cannot be opened: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as fh:
        _check_private(path, os.fstat(fh.fileno()))
        key = fh.read(KEY_BYTES + 1)
    if len(key) != KEY_BYTES:
        raise KeyFileError(f"{path} holds {len(key)} bytes, a key has {KEY_BYTES}")
    return key


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_key(path: str | os.PathLike[str]) -> bytes:
    """Write a fresh key to ``path`` (which must not exist) and return it. If another process won the
    race to create it, its key is returned instead."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = os.urandom(KEY_BYTES)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, 0o600)
    except OSError as exc:
        raise KeyFileError(f"{tmp} cannot be created: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            if _CHECK_MODE:
                os.fchmod(fh.fileno(), 0o600)  # a strict umask must not leave it unreadable to us
            fh.write(key)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # atomic, and fails rather than replace an existing key
        except FileExistsError:
            return read_key(path)
        _fsync_dir(path.parent)
    except OSError as exc:  # a full or read-only disk at first start
        raise KeyFileError(f"{path} cannot be written: {exc.strerror}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return key


def load_or_create_key(path: str | os.PathLike[str]) -> bytes:
    """The key in ``path``, made first if there is none yet."""
    try:
        return read_key(path)
    except FileNotFoundError:
        return create_key(path)


def sealed_rows(outbox_path: Path, codec_name: str = AesGcmCodec.name) -> int:
    """How many rows of the outbox file still hold data sealed with ``codec_name`` (0 if no file)."""
    if not outbox_path.exists():
        return 0
    try:
        conn = sqlite3.connect(f"{outbox_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        row = conn.execute(
            "SELECT COUNT(*) FROM submissions WHERE codec = ? AND payload IS NOT NULL",
            [codec_name],
        ).fetchone()
        return int(row[0])
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def codec_for(config: KioskConfig) -> AesGcmCodec:
    """The codec of ``config``'s outbox: ``open_outbox(config, codec=codec_for(config))``.

    Creates the key at first start. Raises :class:`KeyFileError` when the key file is not private, or
    when it is missing although the outbox holds sealed rows (restore the key from its backup; a new
    key could never read them)."""
    path = key_path(config)
    try:
        return AesGcmCodec(read_key(path))
    except FileNotFoundError:
        pending = sealed_rows(config.outbox_path)
        if pending:
            raise KeyFileError(
                f"{path} is missing but {config.outbox_path} holds {pending} sealed submissions;"
                " restore the key file, or move the outbox aside to start a new one"
            ) from None
    return AesGcmCodec(create_key(path))
