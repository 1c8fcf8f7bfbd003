"""How a registry look-up's answer fills an application (guide 001, 2.1: main data from state registries;
guide 002, 3: the subscriber's name and address). The answers' shapes are in ``docs/WIRE.md``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# The field whose value is looked up, per kind of look-up.
KEY_FIELDS = {
    "person": "fin",
    "azersu": "subscriber_code",
    "azerishiq": "subscriber_code",
    "grid": "property_registry_number",
}
# Other answers a look-up's key is made of: the grid look-up finds the object by district and property
# registry number (guide 001, 2.3: on "Davam" the GIS computes the distance to the power centre).
OTHER_KEY_FIELDS = {"grid": ("district",)}
FILLS = {
    "person": ("surname", "given_name", "patronymic", "address"),
    "azersu": ("subscriber_name", "subscriber_address", "known_meters"),
    "azerishiq": ("connected_power_kw",),
    "grid": ("grid_distance_m",),
}
# The look-ups whose answers are personal data (a name, an address, the meters at a home): answered only
# after the applicant proves control of the identity with a one-time code sent by SMS to the mobile
# number the registry holds (guides 001 and 002, 1: sign-in before registry data; central/identity.py).
PERSONAL = frozenset({"person", "azersu"})
# Filled but never shown as a field.
HIDDEN = {"known_meters", "grid_distance_m"}


def kinds_keyed_by(name: str) -> list[str]:
    """The look-ups whose key includes the answer ``name``."""
    return [
        kind
        for kind, field in KEY_FIELDS.items()
        if field == name or name in OTHER_KEY_FIELDS.get(kind, ())
    ]


def lookup_key(kind: str, value: str, answers: Mapping[str, Any]) -> str | None:
    """The key sent for a look-up of ``kind`` whose own field holds ``value`` (already valid), or
    ``None`` when another part of the key is missing. The grid key is ``district-id|registry-number``."""
    if kind != "grid":
        return value
    from kiosk.core.validation import Ok, validate

    district = validate("district", answers.get("district"))
    return f"{district.value}|{value}" if isinstance(district, Ok) else None


def answers_from(kind: str, result: Mapping[str, Any]) -> dict[str, Any]:
    if kind == "person":
        return {k: str(result.get(k) or "") for k in FILLS["person"] if result.get(k)}
    if kind == "azersu":
        name = " ".join(
            str(result.get(k) or "") for k in ("surname", "given_name", "patronymic")
        ).strip()
        meters = [
            {
                "factory_number": str(m.get("factory_number", "")).upper(),
                "seal_number": str(m.get("seal_number", "")).upper(),
                "last_reading": str(m.get("last_reading", "")),
                "last_reading_date": str(m.get("last_reading_date", "")),
            }
            for m in result.get("meters") or []
            if isinstance(m, Mapping)
        ]
        return {
            "subscriber_name": name,
            "subscriber_address": str(result.get("address") or ""),
            "known_meters": meters,
        }
    if kind == "grid":
        distance = result.get("distance_m")
        if isinstance(distance, bool) or not isinstance(distance, int | float | str):
            return {}
        return {"grid_distance_m": str(distance)}
    if kind == "azerishiq":
        power = result.get("connected_power_kw")
        return {"connected_power_kw": str(power)} if power not in (None, "") else {}
    raise KeyError(kind)
