"""The kiosk's side of the central API (docs/WIRE.md): one client, typed answers.

The client (and with it ``requests``) is imported on first use, so importing the typed answers keeps
the HTTP stack off the kiosk's start-up path.
"""

from __future__ import annotations

from typing import Any

from kiosk.api.results import (
    Accepted,
    ApiError,
    HandoffPoll,
    InsecureURLError,
    PhoneHandoff,
    Rejected,
    RetryLater,
    SubmitResult,
    TrackingStatus,
)

_FROM_CLIENT = ("CentralClient", "make_client", "parse_retry_after")


def __getattr__(name: str) -> Any:
    if name in _FROM_CLIENT:
        from kiosk.api import client

        return getattr(client, name)
    raise AttributeError(name)


__all__ = [
    "Accepted",
    "ApiError",
    "CentralClient",
    "HandoffPoll",
    "InsecureURLError",
    "PhoneHandoff",
    "Rejected",
    "RetryLater",
    "SubmitResult",
    "TrackingStatus",
    "make_client",
    "parse_retry_after",
]
