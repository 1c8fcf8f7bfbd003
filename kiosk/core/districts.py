"""Azerbaijan's districts (rayonlar) and cities, from the bundled ``data/districts.json``."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from kiosk.core.text import fold

DATA_FILE = Path(__file__).with_name("data") / "districts.json"


@dataclass(frozen=True)
class District:
    id: str
    az: str
    ru: str
    en: str
    kind: str
    region: str
    liberated: bool

    def name(self, lang: str) -> str:
        return {"az": self.az, "ru": self.ru, "en": self.en}.get(lang, self.az)


@functools.lru_cache(maxsize=1)
def all_districts() -> tuple[District, ...]:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return tuple(
        District(
            id=item["id"],
            az=item["az"],
            ru=item["ru"],
            en=item["en"],
            kind=item.get("kind", "district"),
            region=item.get("region", ""),
            liberated=bool(item.get("liberated", False)),
        )
        for item in raw["districts"]
    )


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, District]:
    index: dict[str, District] = {}
    for d in all_districts():
        for key in (d.id, d.az, d.ru, d.en):
            index.setdefault(fold(key), d)
    return index


def find(name: str) -> District | None:
    """The district whose id or name (in any of the three languages) matches ``name`` loosely."""
    if not isinstance(name, str) or len(name) > 100:
        return None
    return _index().get(fold(name))


def get(district_id: str) -> District:
    for d in all_districts():
        if d.id == district_id:
            return d
    raise KeyError(district_id)
