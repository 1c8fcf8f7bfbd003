"""Valid example payloads of each service (``kiosk services --example``), the shape ``kiosk submit`` takes."""

from __future__ import annotations

import json
import struct
import zlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kiosk.core import clock, services


def sample_png(width: int = 64, height: int = 48) -> bytes:
    """A small real PNG (a grey gradient), enough to pass the magic-byte and image checks."""
    rows = b"".join(b"\x00" + bytes((x * 4 + y) % 256 for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def example(service: str, today: date | None = None) -> dict[str, Any]:
    """The example for ``service``; dates are relative to ``today`` (the clock's date when not given)."""
    definition = services.get(service)
    data: dict[str, Any] = json.loads(json.dumps(dict(definition.example)))
    day = today or clock.today()
    for group in (f for f in definition.fields() if f.type == "group"):
        dates = [sub.name for sub in group.fields if sub.type == "date"]
        for item in data.get(group.name) or []:
            for name in dates:  # read yesterday, whatever today is
                item.setdefault(name, (day - timedelta(days=1)).isoformat())
    return data


def attachments(service: str, data: dict[str, Any]) -> list[tuple[str, str]]:
    """The (group, file name) of every file the example names, so one can write a sample beside it."""
    definition = services.get(service)
    out = []
    for group in (f for f in definition.fields() if f.type == "group"):
        files = [sub.name for sub in group.fields if sub.type == "file"]
        for item in data.get(group.name) or []:
            out += [(group.name, str(item[name])) for name in files if item.get(name)]
    return out


def write_example(service: str, out: Path, today: date | None = None) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    data = example(service, today)
    for _group, name in attachments(service, data):
        (out / name).write_bytes(sample_png())
    path = out / f"{service}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
