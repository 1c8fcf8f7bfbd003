"""The kiosk's side of the central API (docs/WIRE.md): one client, typed answers."""

from kiosk.api.client import CentralClient, make_client, parse_retry_after
from kiosk.api.results import (
    Accepted,
    ApiError,
    InsecureURLError,
    Rejected,
    RetryLater,
    SubmitResult,
    TrackingStatus,
)

__all__ = [
    "Accepted",
    "ApiError",
    "CentralClient",
    "InsecureURLError",
    "Rejected",
    "RetryLater",
    "SubmitResult",
    "TrackingStatus",
    "make_client",
    "parse_retry_after",
]
