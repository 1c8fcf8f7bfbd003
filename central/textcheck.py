"""Text that no database column can hold: the NUL character.

PostgreSQL refuses ``\\x00`` in text (SQLite stores it), so a NUL in a stored field — a kiosk id, an
attachment's file name, a staff note — would be a 500 on one database and stored on the other. It is
refused up front, on both, as a 422 field error ``contains_nul`` (docs/WIRE.md).
"""

from __future__ import annotations

from typing import Any

NUL = "\x00"
CONTAINS_NUL = "contains_nul"


def nul_errors(value: Any, path: str = "") -> dict[str, str]:
    """``{"<dotted path>": "contains_nul"}`` for every string (or object key) of ``value`` holding
    a NUL; paths as in the 422 ``errors`` of docs/WIRE.md (``kiosk_id``, ``attachments.0.filename``)."""
    errors: dict[str, str] = {}
    stack: list[tuple[str, Any]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            if NUL in item:
                errors[where or "body"] = CONTAINS_NUL
        elif isinstance(item, dict):
            for key, sub in item.items():
                name = str(key)
                if NUL in name:
                    errors[where or "body"] = CONTAINS_NUL
                    continue
                stack.append((f"{where}.{name}" if where else name, sub))
        elif isinstance(item, list):
            stack.extend((f"{where}.{i}" if where else str(i), sub) for i, sub in enumerate(item))
    return errors
