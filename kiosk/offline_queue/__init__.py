"""The offline outbox (no Qt): submissions are committed here before a receipt prints, then a sync
worker delivers each exactly once to the central API. See docs/OUTBOX.md."""

from kiosk.offline_queue.backoff import Backoff
from kiosk.offline_queue.codec import IdentityCodec, PayloadCodec
from kiosk.offline_queue.errors import (
    AttachmentTooLarge,
    InvalidSubmission,
    NotFound,
    OutboxCorrupt,
    OutboxDiskFull,
    OutboxError,
    OutboxHalted,
    OutboxIOError,
    OutboxLocked,
    SchemaTooNew,
    WrongState,
)
from kiosk.offline_queue.factory import make_client, make_worker, open_outbox
from kiosk.offline_queue.models import Attachment, OutboxEvent, OutboxItem, SyncStatus
from kiosk.offline_queue.records import UnreadableItem, canonical_json
from kiosk.offline_queue.store import Outbox
from kiosk.offline_queue.worker import SyncReport, SyncWorker

__all__ = [
    "Attachment",
    "AttachmentTooLarge",
    "Backoff",
    "IdentityCodec",
    "InvalidSubmission",
    "NotFound",
    "Outbox",
    "OutboxCorrupt",
    "OutboxDiskFull",
    "OutboxError",
    "OutboxEvent",
    "OutboxHalted",
    "OutboxIOError",
    "OutboxItem",
    "OutboxLocked",
    "PayloadCodec",
    "SchemaTooNew",
    "SyncReport",
    "SyncStatus",
    "SyncWorker",
    "UnreadableItem",
    "WrongState",
    "canonical_json",
    "make_client",
    "make_worker",
    "open_outbox",
]
