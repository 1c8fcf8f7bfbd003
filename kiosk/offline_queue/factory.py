"""Building the outbox and its sync from the kiosk's configuration (for kiosk/app.py and the CLI)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from kiosk.config import KioskConfig
from kiosk.offline_queue.codec import PayloadCodec
from kiosk.offline_queue.errors import OutboxError, OutboxIOError
from kiosk.offline_queue.models import OutboxEvent
from kiosk.offline_queue.store import EventListener, Outbox
from kiosk.offline_queue.worker import SyncWorker

if TYPE_CHECKING:
    from kiosk.api.client import CentralClient

__all__ = ["make_client", "make_worker", "open_outbox"]
log = logging.getLogger(__name__)


def make_client(config: KioskConfig, base_url: str | None = None) -> CentralClient:
    """The central API client of ``config`` (imported here: ``requests`` stays off the start-up path)."""
    from kiosk.api.client import make_client as build

    return build(config, base_url)


def open_outbox(
    config: KioskConfig,
    *,
    codec: PayloadCodec | None = None,
    on_event: EventListener | None = None,
) -> Outbox:
    """The outbox at ``config.outbox_path`` (start-up checks done, stale ``sending`` rows back to
    ``pending``), with the retention purge of ``config.retention_days`` applied.

    Personal data is encrypted at rest with the key beside it (``keys.codec_for``) unless a codec is
    given."""
    from kiosk.datadir import DataDirError, prepare

    try:
        prepare(config.data_dir)  # owner-only, whoever opens it first
    except DataDirError as exc:
        raise OutboxIOError(str(exc)) from None
    if codec is None:
        from kiosk.offline_queue.keys import codec_for

        codec = codec_for(config)
    outbox = Outbox(
        config.outbox_path,
        kiosk_id=config.kiosk_id,
        codec=codec,
        max_attachment_bytes=config.max_attachment_bytes,
        on_event=on_event,
    )
    retention_pass(config, outbox)
    return outbox


def retention_pass(config: KioskConfig, outbox: Outbox) -> None:
    """The retention purge of ``config.retention_days``: sent rows' personal data, then the receipts
    kept in ``<data_dir>/receipts``. At start-up (``open_outbox``) and, in a running kiosk, from the sync
    worker's thread every hour (``SyncWorker(housekeeping=…)``). Never raises for the outbox."""
    if not outbox.halted:
        try:
            outbox.purge_sent(config.retention_days)
        except OutboxError as exc:
            # A full disk or an I/O error halted the outbox (docs/OUTBOX.md): it opens halted, so the
            # kiosk says "ask staff" and ``kiosk queue status`` answers; a lock only delays the purge.
            log.error("retention purge failed: %s", exc.message_id)
    from kiosk.receipt_files import purge

    purge(config.data_dir / "receipts", config.retention_days)  # kept receipts: the same retention


def make_worker(
    config: KioskConfig, outbox: Outbox, client: Any = None, audit: Any = None
) -> SyncWorker:
    """The sync worker of ``config``; ``audit`` ships the staff audit log (kiosk/staff/shipping.py's
    ``AuditShipper``, given by the caller: the outbox does not depend on staff mode)."""
    return SyncWorker(
        outbox, client or make_client(config), heartbeat_s=config.heartbeat_s, audit=audit
    )


def describe_event(event: OutboxEvent) -> str:
    return f"{event.kind} {event.detail}"
