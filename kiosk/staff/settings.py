"""Kiosk settings staff may change, checked by ``kiosk.config``'s own parsing before they are saved.

Typed values are read exactly as ``KIOSK_<KEY>`` environment overrides are (strings parsed and range
checked by :func:`kiosk.config.load_config`), so a value the kiosk would refuse at start-up is refused
here with the same :class:`ConfigError` naming the key. The TOML file is edited line by line (comments
and other keys stay), re-read by ``load_config`` from a temporary copy, then swapped in atomically.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.config import ENV_PREFIX, ConfigError, KioskConfig, load_config
from kiosk.staff.files import write_private

EDITABLE = ("kiosk_id", "centre_name", "central_url", "printer", "idle_timeout_s", "language")
DEFAULT_FILE = "kiosk.toml"


class SettingsError(ValueError):
    """A refused value: ``key`` names it, ``problem`` is config's wording of what is wrong."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(f"{key}: {problem}")
        self.key = key
        self.problem = problem


@dataclass(frozen=True)
class SavedSettings:
    path: Path
    changed: tuple[str, ...]
    overridden: tuple[str, ...]  # keys a KIOSK_<KEY> environment variable still overrides
    values: dict[str, Any]  # the saved keys, typed as KioskConfig holds them


def settings_path(config_path: Path | None, config: KioskConfig) -> Path:
    """The file the settings go to: ``--config``/``KIOSK_CONFIG``, else ``<data_dir>/kiosk.toml``."""
    return Path(config_path) if config_path is not None else config.data_dir / DEFAULT_FILE


def current(config: KioskConfig) -> dict[str, str]:
    return {key: str(getattr(config, key)) for key in EDITABLE}


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a TOML basic string


def _edit(text: str, values: Mapping[str, Any]) -> str:
    """Replace each key's top-level line (before any [table]), or add it there."""
    lines = text.splitlines()
    end = next((i for i, line in enumerate(lines) if line.lstrip().startswith("[")), len(lines))
    missing = []
    for key, value in values.items():
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(end):
            if pattern.match(lines[i]):
                lines[i] = f"{key} = {toml_value(value)}"
                break
        else:
            missing.append(f"{key} = {toml_value(value)}")
    lines[end:end] = missing
    return "\n".join(lines) + "\n"


def validate(path: Path, changes: Mapping[str, str]) -> KioskConfig:
    """The configuration the file would give with ``changes``; raises :class:`SettingsError`."""
    for key in changes:
        if key not in EDITABLE:
            raise SettingsError(key, "cannot be changed here")
    env = {ENV_PREFIX + key.upper(): str(value) for key, value in changes.items()}
    try:
        return load_config(path if path.exists() else None, env=env)
    except ConfigError as exc:
        raise SettingsError(exc.key, exc.problem) from None


def save(path: Path, changes: Mapping[str, str]) -> SavedSettings:
    """Check ``changes`` (text as typed), write them into the TOML file at ``path``, return what changed."""
    checked = validate(path, changes)
    before = validate(path, {})
    values = {key: getattr(checked, key) for key in changes}
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    new_text = _edit(text, values)
    probe = path.with_name(f".{path.name}.check.toml")
    try:
        write_private(probe, new_text.encode("utf-8"))
        try:
            reread = load_config(probe, env={})
        except ConfigError as exc:
            raise SettingsError(exc.key, exc.problem) from None
    finally:
        probe.unlink(missing_ok=True)
    for key, value in values.items():
        if getattr(reread, key) != value:
            raise SettingsError(key, "was not read back as written")
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o600
    write_private(path, new_text.encode("utf-8"), mode=mode)
    changed = tuple(k for k in values if getattr(before, k) != values[k])
    overridden = tuple(k for k in values if ENV_PREFIX + k.upper() in os.environ)
    return SavedSettings(path, changed, overridden, values)
