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


class ServicesError(ValueError):
    """The definitions cannot be loaded; the message names the folder or file and what is wrong."""


_problem: ServicesError | None = None


def _services_in(modules: list[ModuleType], where: str, checked: bool) -> dict[str, Service]:
    found = [m.SERVICE for m in modules if isinstance(getattr(m, "SERVICE", None), Service)]
    if not found:
        raise ServicesError(f"{where}: no service definitions (modules defining SERVICE)")
    found.sort(key=lambda s: (s.order, s.id))
    out: dict[str, Service] = {}
    for service in found:
        if service.id in out:
            raise ServicesError(f"{where}: two service definitions have the id {service.id!r}")
        problems = service.problems() if checked else []  # the package's own: checked by its tests
        if problems:
            raise ServicesError(f"{where}: service {service.id!r}: " + "; ".join(problems))
        out[service.id] = service
    return out


def _own_modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    ]


def _folder_modules(folder: Path) -> list[ModuleType]:
    if not folder.is_dir():
        raise ServicesError(f"services folder {folder}: not a folder")
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
        try:
            spec.loader.exec_module(module)
        except Exception as exc:  # a definition file with an error: named, not a traceback
            raise ServicesError(f"{path}: {type(exc).__name__}: {exc}") from exc
        modules.append(module)
    return modules


def load(folder: Path | str | None = None) -> dict[str, Service]:
    """Find the definitions (of ``folder``, or of this package) and make them the registry's.

    Raises :class:`ServicesError` (and keeps the registry as it was) when they cannot be used."""
    global _problem
    if folder:
        found = _services_in(_folder_modules(Path(folder)), f"services folder {folder}", True)
    else:
        found = _services_in(_own_modules(), "kiosk/core/services", False)
    SERVICES.clear()
    SERVICES.update(found)
    _problem = None
    return SERVICES


def check() -> None:
    """Raise the problem that kept the definitions named by ``KIOSK_SERVICES_DIR`` from loading."""
    if _problem is not None:
        raise _problem


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
    check()
    return SERVICES[service_id]


def find(service_id: str) -> Service | None:
    check()
    return SERVICES.get(service_id)


def ids() -> tuple[str, ...]:
    check()
    return tuple(SERVICES)


def all_services() -> list[Service]:
    check()
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


try:
    load(os.environ.get("KIOSK_SERVICES_DIR") or None)
except (
    ServicesError
) as exc:  # reported by ``check()`` where it can be said clearly (``kiosk``, ``central``)
    _problem = exc

__all__ = [
    "SERVICES",
    "Choice",
    "Field",
    "QuoteInputs",
    "Service",
    "ServicesError",
    "Step",
    "all_services",
    "check",
    "find",
    "get",
    "ids",
    "load",
    "own_text",
    "sensitive_names",
    "use_folder",
]
