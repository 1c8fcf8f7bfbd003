"""The services the kiosk offers. Adding a service is adding one module here and listing it below."""

from __future__ import annotations

from kiosk.core.services import business, household, prosumer, water_reading
from kiosk.core.services.model import Choice, Field, Service, Step

SERVICES: dict[str, Service] = {
    s.id: s for s in (household.SERVICE, business.SERVICE, prosumer.SERVICE, water_reading.SERVICE)
}


def get(service_id: str) -> Service:
    return SERVICES[service_id]


def all_services() -> list[Service]:
    return list(SERVICES.values())


__all__ = ["SERVICES", "Choice", "Field", "Service", "Step", "all_services", "get"]
