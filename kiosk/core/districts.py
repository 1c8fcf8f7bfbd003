"""Azerbaijan's districts (rayonlar) and cities, from the bundled ``data/districts.json``.

A unit is found by its id, its name in az, ru or en, or one of its ``aliases`` (the Latin transliteration of
its Russian name, a city's own districts such as Baku's Yasamal): :func:`find` for an exact name,
:func:`search` for what the district picker offers while the applicant types.
"""

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
    electricity: str = (
        "azerishiq"  # who supplies electricity here (strategy 000, 1: not the Nakhchivan AR)
    )
    water: str = "azersu"  # who supplies water here
    aliases: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        """Every name the unit is found by: id, az, ru, en and the aliases."""
        return (self.id, self.az, self.ru, self.en, *self.aliases)

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
            electricity=item.get("electricity", "azerishiq"),
            water=item.get("water", "azersu"),
            aliases=tuple(item.get("aliases", ())),
        )
        for item in raw["districts"]
    )


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, District]:
    index: dict[str, District] = {}
    # Own names first, so that no unit's alias can shadow another unit's own name.
    for d in all_districts():
        for key in (d.id, d.az, d.ru, d.en):
            index.setdefault(fold(key), d)
    for d in all_districts():
        for key in d.aliases:
            index.setdefault(fold(key), d)
    return index


@functools.lru_cache(maxsize=1)
def _keys() -> tuple[tuple[District, tuple[str, ...]], ...]:
    return tuple((d, tuple(fold(n) for n in d.names())) for d in all_districts())


def find(name: str) -> District | None:
    """The district whose id, name (in any of the three languages) or alias matches ``name`` loosely."""
    if not isinstance(name, str) or len(name) > 100:
        return None
    return _index().get(fold(name))


def search(text: str) -> tuple[District, ...]:
    """The units the picker offers for what was typed: those with a name or alias containing ``text``
    (folded: case, accents and dotted i do not matter), in the bundled order; all of them for no text."""
    if not isinstance(text, str):
        return ()
    key = fold(text[:100])
    if not key:
        return all_districts()
    return tuple(d for d, keys in _keys() if any(key in k for k in keys))


def get(district_id: str) -> District:
    for d in all_districts():
        if d.id == district_id:
            return d
    raise KeyError(district_id)
