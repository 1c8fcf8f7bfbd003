"""The sample registry the reference server answers look-ups from (``sample_registry.json``).

It stands in for the state registries (persons by FİN) and the utilities' subscriber databases
(Azərsu 002 §2–3, Azərişıq). Every record in it is invented.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SAMPLE_REGISTRY = Path(__file__).resolve().parent / "sample_registry.json"


@cache
def load(path: Path = SAMPLE_REGISTRY) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if data.get("sample") is not True:
        raise ValueError(f"{path} is not marked as sample data")
    return data


def person(fin: str) -> dict[str, Any] | None:
    record = load()["persons"].get(fin.strip().upper())
    return None if record is None else {"fin": fin.strip().upper(), **record}


def azersu(subscriber_code: str) -> dict[str, Any] | None:
    code = subscriber_code.strip()
    record = load()["azersu_subscribers"].get(code)
    return None if record is None else {"subscriber_code": code, **record}


def azerishiq(subscriber_code: str) -> dict[str, Any] | None:
    code = subscriber_code.strip()
    record = load()["azerishiq_subscribers"].get(code)
    return None if record is None else {"subscriber_code": code, **record}


def grid(district: str, property_registry_number: str) -> dict[str, Any] | None:
    """An object's distance to the nearest 0.4 kV transformer (methodology 004, 1.2.8), as the
    e-service's GIS computes it after the object's data are given (guide 001, 2.3)."""
    key = f"{district.strip().lower()}|{property_registry_number.strip().upper()}"
    record = load().get("grid_objects", {}).get(key)
    if not isinstance(record, dict):
        return None
    return {"district": district.strip().lower(), **record}
