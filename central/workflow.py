"""Services and the statuses an application moves through (docs/WIRE.md "Services and statuses").

Each service definition (``kiosk.core.services``) carries its own flow: the status of a received
application, and for every status the ones it may move to, ``rejected`` allowed from any status that is
not final. Connection services follow the Azərişıq strategy (000 §3), meter readings the Azərsu guide
(002 §6); a service added as a definition brings its flow with it.
"""

from __future__ import annotations

from kiosk.core import services
from kiosk.core.services.model import REJECTED

DEFAULT_INITIAL = "received"


def service_ids() -> tuple[str, ...]:
    """The ids of the services the central accepts: those of the registry."""
    return services.ids()


def all_statuses() -> tuple[str, ...]:
    """Every status of every service, in flow order, ``rejected`` last."""
    found = dict.fromkeys(s for service in services.all_services() for s in service.flow)
    found.pop(REJECTED, None)
    return (*found, REJECTED)


def initial_status(service: str) -> str:
    """The status of a newly received application of ``service``."""
    definition = services.SERVICES.get(service)
    return definition.initial_status if definition is not None else DEFAULT_INITIAL


def allowed_next(service: str, status: str) -> tuple[str, ...]:
    """The statuses an application of ``service`` may move to from ``status`` (none for a service no
    longer defined: its applications stay where they are)."""
    definition = services.SERVICES.get(service)
    return definition.allowed_next(status) if definition is not None else ()


def is_final(service: str, status: str) -> bool:
    return not allowed_next(service, status)


def __getattr__(name: str) -> tuple[str, ...]:
    # ``ALL_STATUSES`` and ``SERVICES`` follow the registry, which a test may switch to another folder.
    if name == "ALL_STATUSES":
        return all_statuses()
    if name == "SERVICES":
        return service_ids()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
