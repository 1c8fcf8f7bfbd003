"""``kiosk staff set-pin SLOT | remove-pin SLOT | audit``: staff PINs and the audit log from a console.

The PIN is read from standard input (twice, to catch a typing slip), never from the command line where
the shell history and the process list would keep it. Exit codes: 0 done, 1 refused (for ``audit``: the
log was tampered with), 2 bad configuration, 3 (``audit --central``) the central could not be asked.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from typing import TextIO

from kiosk.config import ConfigError, KioskConfig
from kiosk.staff.audit import CONSOLE, AuditLog
from kiosk.staff.pin import PinError, PinStore

ConfigLoader = Callable[[argparse.Namespace], KioskConfig]


def add_staff_commands(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    load_config: ConfigLoader,
) -> argparse.ArgumentParser:
    """Add ``staff`` and its sub-commands; ``load_config(args)`` gives the kiosk's configuration."""
    staff: argparse.ArgumentParser = subparsers.add_parser(
        "staff", help="staff mode: PINs and the audit log"
    )
    commands = staff.add_subparsers(dest="staff_command", required=True)

    set_pin = commands.add_parser(
        "set-pin",
        help="set the PIN of a slot (read twice from standard input)",
        description="Set or replace the staff PIN of SLOT (1-99; the slot number is who acted, in "
        "the audit log). The PIN (6-12 digits) is read from standard input twice.",
    )
    set_pin.add_argument("slot", type=int)
    set_pin.set_defaults(func=lambda args: _run(args, load_config, _set_pin))

    remove = commands.add_parser("remove-pin", help="remove the PIN of a slot")
    remove.add_argument("slot", type=int)
    remove.set_defaults(func=lambda args: _run(args, load_config, _remove_pin))

    audit = commands.add_parser("audit", help="show the staff audit log and check its chain")
    audit.add_argument("--limit", type=int, default=50)
    audit.add_argument("--json", action="store_true")
    audit.add_argument(
        "--central",
        action="store_true",
        help="also compare the log with the copy the central holds of the entries shipped to it",
    )
    audit.set_defaults(func=lambda args: _run(args, load_config, _audit))
    return staff


def _run(
    args: argparse.Namespace,
    load_config: ConfigLoader,
    command: Callable[[argparse.Namespace, KioskConfig, TextIO, TextIO], int],
) -> int:
    try:
        config = load_config(args)
    except ConfigError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    return command(args, config, sys.stdin, sys.stdout)


def _read_pin(stdin: TextIO, prompt: str) -> str:
    if stdin.isatty():
        return getpass.getpass(prompt)
    line = stdin.readline()
    return line.rstrip("\r\n")


def _set_pin(args: argparse.Namespace, config: KioskConfig, stdin: TextIO, out: TextIO) -> int:
    first = _read_pin(stdin, "New staff PIN: ")
    second = _read_pin(stdin, "The same PIN again: ")
    if first != second:
        print("kiosk: the two PINs differ; nothing was changed", file=sys.stderr)
        return 1
    try:
        PinStore(config.data_dir).set_pin(args.slot, first)
    except PinError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 1
    AuditLog(config.data_dir).record(CONSOLE, "pin.set", pin_slot=args.slot)
    print(f"PIN of slot {args.slot} set", file=out)
    return 0


def _remove_pin(args: argparse.Namespace, config: KioskConfig, stdin: TextIO, out: TextIO) -> int:
    if not PinStore(config.data_dir).remove(args.slot):
        print(f"kiosk: slot {args.slot} has no PIN", file=sys.stderr)
        return 1
    AuditLog(config.data_dir).record(CONSOLE, "pin.removed", pin_slot=args.slot)
    print(f"PIN of slot {args.slot} removed", file=out)
    return 0


def _audit(args: argparse.Namespace, config: KioskConfig, stdin: TextIO, out: TextIO) -> int:
    log = AuditLog(config.data_dir)
    entries = log.entries(args.limit)
    problems = log.verify()
    unchecked = None
    if getattr(args, "central", False):
        unchecked = _compare_with_central(config, problems)
    if args.json:
        data = {
            "entries": [
                {
                    "seq": e.seq,
                    "at": e.when.isoformat(),
                    "slot": e.slot,
                    "action": e.action,
                    "details": e.details,
                }
                for e in entries
            ],
            "problems": problems,
        }
        if unchecked is not None:
            data["central_unchecked"] = unchecked
        json.dump(data, out, ensure_ascii=False)
        out.write("\n")
    else:
        for e in entries:
            who = "console" if e.slot == CONSOLE else f"slot {e.slot}" if e.slot else "-"
            details = json.dumps(e.details, ensure_ascii=False) if e.details else ""
            print(
                f"{e.seq:>6}  {e.when:%Y-%m-%d %H:%M:%S}Z  {who:<8}  {e.action}  {details}",
                file=out,
            )
        for problem in problems:
            print(f"TAMPERED: {problem}", file=out)
        if unchecked is not None:
            print(f"NOT COMPARED with the central: {unchecked}", file=out)
    if problems:
        return 1
    return 3 if unchecked is not None else 0


def _compare_with_central(config: KioskConfig, problems: list[str]) -> str | None:
    """Add what comparing with the central's copy finds to ``problems``; the reason when the
    central could not be asked (kiosk/staff/shipping.py)."""
    from kiosk.api.results import ApiError, InsecureURLError
    from kiosk.offline_queue.factory import make_client
    from kiosk.staff.shipping import AuditShipper

    try:
        with make_client(config) as client:
            problems.extend(AuditShipper(config.data_dir, config.kiosk_id).compare(client))
    except (ApiError, InsecureURLError) as exc:
        return exc.message_id
    return None
