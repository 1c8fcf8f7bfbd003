"""Valid example payloads of each service (``kiosk services --example``), the shape ``kiosk submit`` takes."""

from __future__ import annotations

import json
import struct
import zlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kiosk.core import clock

_PERSON = {
    "fin": "5ABCD7K",
    "mobile": "050 123 45 67",
    "surname": "Məmmədova",
    "given_name": "Gülşən",
    "patronymic": "Əli qızı",
    "address": "Bakı, Nizami küç. 15, mənzil 4",
    "email": "gulsen@example.az",
}

EXAMPLES: dict[str, dict[str, Any]] = {
    "household": {
        **_PERSON,
        "period": "standard",
        "phase": "1",
        "power_kw": "7.5",
        "district": "Şəki rayonu",
        "property_registry_number": "AB-123456",
        "registration_number": "2024/118",
    },
    "business": {
        **_PERSON,
        "voen": "1234567891",
        "company_name": "Gülşən Ticarət MMC",
        "purpose": "shop",
        "period": "standard",
        "phase": "3",
        "power_kw": "25",
        "district": "Gəncə",
        "property_registry_number": "GN-778812",
        "registration_number": "2025/07",
    },
    "prosumer": {
        **_PERSON,
        "consumer_group": "household",
        "subscriber_code": "100200300400501",
        "connected_power_kw": "15",
        "source": "solar",
        "station_power_kw": "10",
        "district": "Abşeron",
        "object_address": "Abşeron, Mərdəkan qəs., Bağ küç. 7",
        "property_registry_number": "AB-998877",
        "iban": "AZ21NABZ00000000137010001944",
    },
    "water_reading": {
        "fin": "5ABCD7K",
        "mobile": "+994 55 765 43 21",
        "subscriber_code": "10203040",
        "meters": [
            {
                "factory_number": "ZN-2019/44817",
                "seal_number": "PL778812",
                "reading": "1234,567",
                "photo": "meter-1.png",
            }
        ],
        "email": "gulsen@example.az",
        "notes": "Sayğac zirzəmidədir",
    },
}


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
    data = json.loads(json.dumps(EXAMPLES[service]))
    day = today or clock.today()
    for meter in data.get("meters", []):
        meter["reading_date"] = (day - timedelta(days=1)).isoformat()
    return data


def write_example(service: str, out: Path, today: date | None = None) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    data = example(service, today)
    for meter in data.get("meters", []):
        (out / meter["photo"]).write_bytes(sample_png())
    path = out / f"{service}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
