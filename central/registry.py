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


# The mobile number the registry holds is where identity codes go (central/identity.py); it is never
# part of a look-up's answer.
PRIVATE = ("mobile",)


def _public(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in PRIVATE}


def person(fin: str) -> dict[str, Any] | None:
    record = load()["persons"].get(fin.strip().upper())
    return None if record is None else {"fin": fin.strip().upper(), **_public(record)}


def azersu(subscriber_code: str) -> dict[str, Any] | None:
    code = subscriber_code.strip()
    record = load()["azersu_subscribers"].get(code)
    return None if record is None else {"subscriber_code": code, **_public(record)}


def mobile(kind: str, key: str) -> str | None:
    """The mobile number the registry holds for a person (by FİN) or an Azərsu subscriber."""
    table = {"person": "persons", "azersu": "azersu_subscribers"}[kind]
    record = load()[table].get(key.strip().upper() if kind == "person" else key.strip())
    number = record.get("mobile") if isinstance(record, dict) else None
    return str(number) if number else None


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
