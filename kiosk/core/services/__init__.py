"""The services the kiosk offers, found rather than listed: every module of this folder that defines a
``SERVICE`` is one. Adding a service is adding one module here; removing it is removing the file.

``KIOSK_SERVICES_DIR`` names another folder to read the definitions from instead (a utility's own set,
or a test's copy); :func:`use_folder` switches at run time. Nothing outside this package names a service
id: the kiosk, the receipts and the reference central all ask the registry.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import pkgutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from kiosk.core.services.model import Choice, Field, QuoteInputs, Service, Step

SERVICES: dict[str, Service] = {}


def _services_in(modules: list[ModuleType]) -> dict[str, Service]:
    found = [m.SERVICE for m in modules if isinstance(getattr(m, "SERVICE", None), Service)]
    found.sort(key=lambda s: (s.order, s.id))
    out: dict[str, Service] = {}
    for service in found:
        if service.id in out:
            raise ValueError(f"two service definitions have the id {service.id!r}")
        out[service.id] = service
    return out


def _own_modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]


def _folder_modules(folder: Path) -> list[ModuleType]:
    modules = []
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        name = f"kiosk_services_{abs(hash(str(folder.resolve())))}.{path.stem}"
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        modules.append(module)
    return modules


def load(folder: Path | str | None = None) -> dict[str, Service]:
    """Find the definitions (of ``folder``, or of this package) and make them the registry's."""
    found = _services_in(_folder_modules(Path(folder)) if folder else _own_modules())
    SERVICES.clear()
    SERVICES.update(found)
    return SERVICES


@contextmanager
def use_folder(folder: Path | str) -> Iterator[dict[str, Service]]:
    """The definitions of ``folder`` while the block runs, then the ones before it."""
    before = dict(SERVICES)
    try:
        yield load(folder)
    finally:
        SERVICES.clear()
        SERVICES.update(before)


def get(service_id: str) -> Service:
    return SERVICES[service_id]


def ids() -> tuple[str, ...]:
    return tuple(SERVICES)


def all_services() -> list[Service]:
    return list(SERVICES.values())


def sensitive_names() -> frozenset[str]:
    """Every payload key any service marks as personal data: the one source of log scrubbing, staff
    masking and receipt masking."""
    return frozenset(name for s in SERVICES.values() for name in s.sensitive_names())


def own_text(lang: str, text: str) -> str | None:
    """A definition's own translation of ``text`` (for texts the catalogues do not hold yet)."""
    for service in SERVICES.values():
        translated = service.texts.get(lang, {}).get(text)
        if translated:
            return translated
    return None


load(os.environ.get("KIOSK_SERVICES_DIR") or None)

__all__ = [
    "SERVICES",
    "Choice",
    "Field",
    "QuoteInputs",
    "Service",
    "Step",
    "all_services",
    "get",
    "ids",
    "load",
    "own_text",
    "sensitive_names",
    "use_folder",
]
