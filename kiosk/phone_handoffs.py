"""Meter photos from the applicant's phone (docs/PHOTOS.md): the kiosk's side of the hand-off.

The photo field asks the central for a link (:meth:`PhoneHandoffs.create`), shows it as a QR code and
polls (:meth:`PhoneHandoffs.poll`) from a worker thread until the phone has sent a photo; the photo is
then checked again here exactly as a USB file is (:func:`kiosk.core.attachments.check`). When the
applicant gives up, or the session ends, the kiosk tells the central to drop the link
(:meth:`PhoneHandoffs.drop`). Every call blocks: the UI runs them off its thread (kiosk/ui/tasks.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kiosk.backend_protocol import BackendError, BackendOffline

if TYPE_CHECKING:
    from kiosk.api.client import CentralClient
    from kiosk.api.results import HandoffPoll, PhoneHandoff

log = logging.getLogger(__name__)

# The central is away (the applicant may send the photo later), not refusing this kiosk.
_OFFLINE = frozenset({"api.timeout", "api.unavailable", "api.server_error", "api.rate_limited"})


class PhoneHandoffs:
    """The hand-off calls over the kiosk's one central client. The photo bytes are never logged."""

    def __init__(self, client: CentralClient) -> None:
        self.client = client

    def create(self, field: str) -> PhoneHandoff:
        """A phone link for the photo of ``field``; BackendOffline when the central cannot be reached."""
        from kiosk.api.results import ApiError

        try:
            return self.client.create_handoff(field)
        except ApiError as exc:
            raise _backend_error(exc) from None

    def poll(self, handoff_id: str) -> HandoffPoll:
        from kiosk.api.results import ApiError

        try:
            return self.client.poll_handoff(handoff_id)
        except ApiError as exc:
            raise _backend_error(exc) from None

    def drop(self, handoff_id: str) -> None:
        self.client.drop_handoff(handoff_id)


def _backend_error(exc: Exception) -> Exception:
    message_id = getattr(exc, "message_id", "api.unavailable")
    log.info("phone hand-off call failed: %s", message_id)
    if message_id in _OFFLINE:
        return BackendOffline(message_id)
    return BackendError(message_id)
