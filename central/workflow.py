"""Services and the statuses an application moves through (docs/WIRE.md "Services and statuses").

Connection services follow the process of the Azərişıq strategy (000 §3: review by the Technical
Council, fee, payment, installation of line and meter); meter readings follow the Azərsu guide
(002 §6: a reading that contradicts the registry is checked on site, and that reading wins).
"""

from __future__ import annotations

SERVICES = ("household", "business", "prosumer", "water_reading")
INITIAL = "received"
REJECTED = "rejected"

_CONNECTION = {
    "received": ("under_review",),
    "under_review": ("fee_to_pay",),
    "fee_to_pay": ("paid",),
    "paid": ("works",),
    "works": ("connected",),
    "connected": (),
}
_PROSUMER = {
    "received": ("under_review",),
    "under_review": ("contract",),
    "contract": ("connected",),
    "connected": (),
}
_WATER_READING = {
    "received": ("accepted", "onsite_check"),
    "accepted": ("invoice_formed",),
    "onsite_check": ("invoice_formed",),
    "invoice_formed": (),
}
_FLOWS: dict[str, dict[str, tuple[str, ...]]] = {
    "household": _CONNECTION,
    "business": _CONNECTION,
    "prosumer": _PROSUMER,
    "water_reading": _WATER_READING,
}

ALL_STATUSES = tuple(dict.fromkeys(s for flow in _FLOWS.values() for s in flow).keys()) + (
    REJECTED,
)


def allowed_next(service: str, status: str) -> tuple[str, ...]:
    """The statuses an application of ``service`` may move to from ``status``.

    ``rejected`` is allowed from every state that is not final.
    """
    flow = _FLOWS[service]
    if status == REJECTED or status not in flow:
        return ()
    forward = flow[status]
    return (*forward, REJECTED) if forward else ()


def is_final(service: str, status: str) -> bool:
    return not allowed_next(service, status)
