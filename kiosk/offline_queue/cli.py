"""``kiosk queue status|list|sync|retry|clear-halt``: the outbox for staff and scripts.

Wired into the ``kiosk`` command by :func:`add_queue_commands`; every command takes ``--json``. Exit codes:
0 done, 1 the outbox said no (not found, wrong state, halted, …), 2 the configuration or the link is not
usable.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from kiosk.api.results import ApiError, InsecureURLError
from kiosk.config import ConfigError, KioskConfig
from kiosk.core import jsonio
from kiosk.offline_queue.errors import OutboxError
from kiosk.offline_queue.factory import make_client, open_outbox
from kiosk.offline_queue.models import OutboxItem
from kiosk.offline_queue.schema import STATES
from kiosk.offline_queue.store import Outbox
from kiosk.offline_queue.worker import AuditShipping, SyncWorker

ConfigLoader = Callable[[argparse.Namespace], KioskConfig]
# Builds the staff audit log's shipper for a configuration (kiosk/staff/shipping.py's AuditShipper,
# given by the caller: the outbox does not depend on staff mode).
AuditFactory = Callable[[KioskConfig], AuditShipping]


def add_queue_commands(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    load_config: ConfigLoader,
    make_audit: AuditFactory | None = None,
) -> argparse.ArgumentParser:
    """Add ``queue`` and its sub-commands; ``load_config(args)`` gives the kiosk's configuration and
    ``make_audit(config)`` the staff audit log's shipper, which ``sync`` runs after the outbox as the
    kiosk's own worker does (none: ``sync`` sends the outbox only)."""
    queue: argparse.ArgumentParser = subparsers.add_parser(
        "queue", help="the offline outbox: status, list, sync, retry"
    )
    commands = queue.add_subparsers(dest="queue_command", required=True)

    def command(name: str, help_text: str, run: Callable[..., int]) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
        parser.add_argument("--json", action="store_true", help="machine-readable output")
        parser.set_defaults(func=lambda args: _run(args, load_config, run))
        return parser

    command("status", "counts per state, last sync, last error, halt", _status)
    lister = command("list", "list submissions (no personal data)", _list)
    lister.add_argument("--state", choices=STATES)
    lister.add_argument("--limit", type=int, default=50)
    sync = command(
        "sync",
        "send what is due to the central API (and the staff audit log's new entries)",
        lambda args, config, outbox, out: _sync(args, config, outbox, out, make_audit),
    )
    sync.add_argument("--once", action="store_true", help="one pass, then exit")
    sync.add_argument(
        "--url", help="central API base URL (default: central_url of the configuration)"
    )
    retry = command(
        "retry", "put a rejected submission back to pending (or make a pending one due now)", _retry
    )
    retry.add_argument("id", help="submission id or tracking code")
    retry.add_argument(
        "--payload",
        type=Path,
        help="JSON file with the corrected payload (a rejected submission only: a pending one may"
        " already be on the central API under its key)",
    )
    command("clear-halt", "take submissions again after a disk-full or I/O halt", _clear_halt)
    return queue


def _run(args: argparse.Namespace, load_config: ConfigLoader, run: Callable[..., int]) -> int:
    out: TextIO = sys.stdout
    try:
        config = load_config(args)
    except ConfigError as exc:
        return _fail(args, out, "config.invalid", str(exc), 2)
    try:
        with open_outbox(config) as outbox:
            return run(args, config, outbox, out)
    except (ApiError, InsecureURLError) as exc:
        return _fail(args, out, getattr(exc, "message_id", "api.error"), str(exc), 2)
    except OutboxError as exc:
        if run is _status:
            return _status_unopened(args, config, exc, out)
        return _fail(args, out, exc.message_id, exc.detail, 1)


def _fail(args: argparse.Namespace, out: TextIO, message_id: str, detail: str, code: int) -> int:
    if getattr(args, "json", False):
        _emit(out, {"error": message_id, "detail": detail})
    else:
        print(f"error: {message_id}: {detail}", file=sys.stderr)
    return code


def _emit(out: TextIO, data: Any) -> None:
    out.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def _when(epoch: float | None) -> str | None:
    return (
        None if epoch is None else datetime.fromtimestamp(epoch, UTC).isoformat(timespec="seconds")
    )


def _item_dict(item: OutboxItem) -> dict[str, Any]:
    data = item.as_dict()
    data["next_attempt_at"] = _when(item.next_attempt_at)
    data["sent_at"] = _when(item.sent_at)
    return data


def _status_unopened(
    args: argparse.Namespace, config: KioskConfig, error: OutboxError, out: TextIO
) -> int:
    """``queue status`` when the outbox cannot be opened (a full or read-only disk): what can be read
    without writing, the halt (the marker, else the error itself), and exit code 1."""
    from kiosk.offline_queue.database import HaltMarker, read_only_counts, wal_holds_writes

    found = {} if not config.outbox_path.exists() else read_only_counts(config.outbox_path)
    counts = {state: (found or {}).get(state, 0) for state in STATES} if found is not None else None
    halted = HaltMarker(config.outbox_path).read()
    data = {
        "outbox": str(config.outbox_path),
        "counts": counts,
        "halted": halted,
        "error": error.message_id,
        "detail": error.detail,
    }
    if args.json:
        _emit(out, data)
        return 1
    shown = ", ".join(f"{k} {v}" for k, v in counts.items()) if counts is not None else "unreadable"
    note = "; the last writes may be missing" if wal_holds_writes(config.outbox_path) else ""
    print(f"outbox {config.outbox_path}: {shown} (read only: it cannot be opened{note})", file=out)
    print(f"cannot be opened: {error.message_id}: {error.detail}", file=out)
    if halted:
        print(f"HALTED: {halted.get('reason')} (kiosk queue clear-halt)", file=out)
    print("free space (or make the disk writable), then start the kiosk again", file=out)
    return 1


def _status(args: argparse.Namespace, config: KioskConfig, outbox: Outbox, out: TextIO) -> int:
    status = outbox.sync_status()
    events = [
        {"kind": e.kind, "at": _when(e.at), "detail": e.detail}
        for e in [*outbox.unstored_events(), *outbox.stored_events(10)]
    ]
    data = {
        "outbox": str(outbox.path),
        "counts": status.counts,
        "last_success_at": _when(status.last_success_at),
        "last_error": status.last_error,
        "halted": outbox.halted,
        "events": events,
    }
    if args.json:
        _emit(out, data)
        return 0
    counts = ", ".join(f"{k} {v}" for k, v in status.counts.items())
    print(f"outbox {outbox.path}: {counts}", file=out)
    print(f"last successful sync: {data['last_success_at'] or 'never'}", file=out)
    print(f"last error: {status.last_error or '-'}", file=out)
    if outbox.halted:
        print(f"HALTED: {outbox.halted.get('reason')} (kiosk queue clear-halt)", file=out)
    for event in events:
        print(f"event {event['at']} {event['kind']} {event['detail']}", file=out)
    return 0


def _list(args: argparse.Namespace, config: KioskConfig, outbox: Outbox, out: TextIO) -> int:
    items = outbox.list(args.state, args.limit, newest_first=args.state in ("sent", None))
    if args.json:
        _emit(out, [_item_dict(i) for i in items])
        return 0
    for item in items:
        error = f"  {item.last_error}" if item.last_error else ""
        print(
            f"{item.tracking_code}  {item.state:<8} {item.service:<13} {item.created_at}"
            f"  tries {item.attempts}  {item.id}{error}",
            file=out,
        )
    return 0


def _sync(
    args: argparse.Namespace,
    config: KioskConfig,
    outbox: Outbox,
    out: TextIO,
    make_audit: AuditFactory | None = None,
) -> int:
    audit = make_audit(config) if make_audit is not None else None
    shipped: dict[str, Any] | None = None
    with make_client(config, args.url) as client:
        worker = SyncWorker(outbox, client, audit=audit)
        if args.once:
            report = worker.sync_once(force=True)
            if audit is not None:
                worker.ship_audit_if_due()
                done = worker.audit_report
                shipped = (
                    {"sent": done.sent, "acked": done.acked, "problem": done.problem}
                    if done is not None
                    else {"sent": 0, "acked": None, "problem": "audit.failed"}
                )
        else:
            worker.start()
            try:
                worker.join()
            except KeyboardInterrupt:
                worker.stop()
            report = None
        status = worker.status()
    data = {"report": report.as_dict() if report else None, **status.as_dict(), "audit": shipped}
    if args.json:
        _emit(out, data)
    elif report is not None:
        print(
            f"sent {report.sent} (of which already there {report.duplicates}), rejected"
            f" {report.rejected}, to retry {report.retried}; waiting {status.waiting}",
            file=out,
        )
        if shipped is not None:
            problem = f" ({shipped['problem']})" if shipped["problem"] else ""
            print(f"staff audit entries sent {shipped['sent']}{problem}", file=out)
    return 1 if report is not None and report.halted else 0


def _retry(args: argparse.Namespace, config: KioskConfig, outbox: Outbox, out: TextIO) -> int:
    found = outbox.get(args.id) or outbox.find_by_tracking_code(args.id)
    if found is None:
        return _fail(args, out, "outbox.not_found", args.id, 1)
    payload = None
    if args.payload is not None:
        try:
            payload = jsonio.loads(args.payload.read_text("utf-8"))
        except (OSError, ValueError) as exc:
            return _fail(args, out, "outbox.invalid", f"{args.payload}: {exc}", 2)
        if not isinstance(payload, dict):
            return _fail(args, out, "outbox.invalid", "payload must be a JSON object", 2)
    item = outbox.retry(found.id, payload)
    if args.json:
        _emit(out, _item_dict(item))
    else:
        print(f"{item.tracking_code} is {item.state} again", file=out)
    return 0


def _clear_halt(args: argparse.Namespace, config: KioskConfig, outbox: Outbox, out: TextIO) -> int:
    was = outbox.halted
    outbox.clear_halt()
    if args.json:
        _emit(out, {"cleared": was is not None, "previous": was})
    else:
        print("outbox takes submissions again" if was else "outbox was not halted", file=out)
    return 0
