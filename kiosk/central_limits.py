"""What the central accepts (``GET /api/v1/limits``), remembered in the data folder.

A kiosk checks every file against these limits before it prints a receipt (kiosk/core/application.py):
what the central would refuse forever (413) is refused or shrunk at the photo step instead. The answer
is kept in ``<data_dir>/central-limits.json`` (owner-only), so a kiosk that starts offline still knows
them; one that never heard them uses the defaults docs/WIRE.md documents
(:class:`kiosk.core.attachments.Limits`).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from kiosk.core import jsonio
from kiosk.core.attachments import Limits, NotAFile, read_file

log = logging.getLogger(__name__)
CACHE_NAME = "central-limits.json"
_MAX_CACHE_BYTES = 64 * 1024


def cache_path(data_dir: Path) -> Path:
    return Path(data_dir) / CACHE_NAME


def cached(data_dir: Path) -> Limits:
    """The limits last heard from the central, else the documented defaults."""
    path = cache_path(data_dir)
    try:
        raw = read_file(path, _MAX_CACHE_BYTES)
        data = jsonio.loads(raw) if len(raw) <= _MAX_CACHE_BYTES else None
    except FileNotFoundError:
        return Limits()
    except (OSError, NotAFile, ValueError):
        log.warning("%s cannot be read: the documented limits apply", path)
        return Limits()
    return Limits.from_json(data) or Limits()


def store(data_dir: Path, limits: Limits) -> None:
    """Keep ``limits`` for the next start (best effort: a full disk keeps the old ones)."""
    import json

    path = cache_path(data_dir)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(limits.as_json(), fh)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("the central's limits could not be kept: %s", exc.strerror)
        tmp.unlink(missing_ok=True)


def fetch(client: Any, data_dir: Path) -> Limits | None:
    """Ask the central (``client.limits()``) and keep its answer; None when it cannot say."""
    from kiosk.api.results import ApiError

    try:
        limits = Limits.from_json(client.limits())
    except ApiError as exc:
        log.info("the central's limits are not known now: %s", exc.message_id)
        return None
    if limits is None:
        log.warning("the central's limits answer is not understood: the known ones apply")
        return None
    store(data_dir, limits)
    return limits
