"""The kiosk's data folder: owner-only (0700) from whichever command makes it.

It holds the outbox and its key, the logs, the staff files and (when kept) receipts: nobody but the
kiosk's own user may list or read it. Every entry point (``kiosk run``, ``kiosk submit``, the ``queue``,
``staff``, ``receipt`` and ``track`` commands, :func:`kiosk.offline_queue.factory.open_outbox`) calls
:func:`prepare` first; a folder that exists with wider permissions and belongs to this user is narrowed
to 0700. On Windows the mode bits say nothing (the folder's ACL protects it).
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)
PRIVATE_DIR = 0o700


class DataDirError(OSError):
    """The data folder cannot be made or used; the message says which folder and why."""


def prepare(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` owner-only, or narrow it to 0700; :class:`DataDirError` when that fails (a
    read-only or full file system, a file in its place)."""
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
        st = folder.stat()
        if not stat.S_ISDIR(st.st_mode):
            raise DataDirError(f"data folder {folder} is not a folder")
        if os.name == "posix" and st.st_uid == os.geteuid() and st.st_mode & 0o077:
            try:
                os.chmod(folder, PRIVATE_DIR)
            except OSError as exc:  # a read-only file system: reading it (queue status) still works
                log.warning("data folder %s cannot be made private: %s", folder, exc.strerror)
    except DataDirError:
        raise
    except FileExistsError:
        raise DataDirError(f"data folder {folder} is not a folder") from None
    except OSError as exc:
        raise DataDirError(
            f"data folder {folder} cannot be created or made private: {exc.strerror or exc}"
        ) from None
    return folder
