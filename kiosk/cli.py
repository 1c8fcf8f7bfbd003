"""The ``kiosk`` command: the kiosk itself (``run``) and the headless tools staff and tests use."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NoReturn

from kiosk.core import messages

EXIT_INVALID = 2
TLS_KEY_LOG_ENV = "SSLKEYLOGFILE"

VALIDATE_FIELDS = (
    "fin",
    "voen",
    "mobile",
    "phone",
    "email",
    "azerishiq_subscriber",
    "azersu_subscriber",
    "district",
    "power",
    "tracking_code",
)


class UsageError(Exception):
    """Bad input on the command line: reported as ``{"error": {"code", "message"}}`` with exit code 2."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _emit(data: Any, as_json: bool, text: str) -> None:
    if as_json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=None)
        sys.stdout.write("\n")
    else:
        print(text)


def _fail(exc: UsageError, as_json: bool) -> int:
    if as_json:
        json.dump(
            {"error": {"code": exc.code, "message": exc.message}}, sys.stdout, ensure_ascii=False
        )
        sys.stdout.write("\n")
    else:
        print(f"error: {exc.message}", file=sys.stderr)
    return EXIT_INVALID


# Larger than any figure the commands take (kW, kWh a month, AZN per kWh): ``1e999`` is a finite Decimal
# but no real value, and would overflow the arithmetic after it.
_TOO_LARGE = Decimal("1e12")


class _JsonErrorParser(argparse.ArgumentParser):
    """Reports a bad command line (argparse's own errors) as the commands report theirs under ``--json``:
    ``{"error": {"code": "usage", "message"}}`` on stdout, exit code 2."""

    def error(self, message: str) -> NoReturn:
        _fail(UsageError("usage", f"{self.prog}: {message}"), as_json=True)
        raise SystemExit(EXIT_INVALID)


def _decimal_arg(value: str, code: str, what: str) -> Decimal:
    try:
        result = Decimal(value.strip().replace(",", "."))
    except (InvalidOperation, AttributeError):
        raise UsageError(code, f"{what} must be a number, got {value!r}") from None
    if not result.is_finite() or abs(result) >= _TOO_LARGE:
        raise UsageError(code, f"{what} must be a finite number, got {value!r}")
    return result


def _date_arg(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError("date.format", f"--date must be YYYY-MM-DD, got {value!r}") from None


def _schedules(tariff: str | None) -> list[Any]:
    from kiosk.core import tariffs

    try:
        if tariff:
            path = Path(tariff)
            if path.is_dir():
                return tariffs.load_directory(path)
            return [tariffs.load_file(path, {s.id: s for s in tariffs.load_directory()})]
        return tariffs.load_directory()
    except tariffs.ScheduleError as exc:
        raise UsageError("tariff.invalid", str(exc)) from None


# --- quote -----------------------------------------------------------------------------------------
def cmd_quote(args: argparse.Namespace) -> int:
    from kiosk.core import fees
    from kiosk.core.money import format_money
    from kiosk.core.validation import Context, Err, validate

    try:
        # These services stop at 150 kW (methodology 2.1); above it only with an explicit voltage (section 3).
        limit = Decimal(100000) if args.voltage else Decimal(150)
        power = validate("power", args.power, Context(max_power_kw=limit))
        if isinstance(power, Err):
            raise UsageError(power.code, messages.render(power.code, power.params))
        request = fees.QuoteRequest(
            service=args.service,
            power_kw=_decimal_arg(args.power, "power.format", "--power"),
            phase=args.phase,
            voltage=args.voltage,
            period=args.period,
            district=args.district,
            on=_date_arg(args.date),
            purpose=args.purpose,
            grid_distance_m=(
                _decimal_arg(args.grid_distance, "number.format", "--grid-distance")
                if args.grid_distance is not None
                else None
            ),
        )
        quote = fees.quote(_schedules(args.tariff), request)
    except fees.QuoteError as exc:
        return _fail(UsageError(exc.code, str(exc)), args.json)
    except UsageError as exc:
        return _fail(exc, args.json)
    data = quote.to_dict()
    _emit(
        data,
        args.json,
        f"{format_money(quote.amount, 'en')}  ({quote.tariff_id}: {quote.tariff_source})\n"
        f"  {quote.breakdown.get('formula', '')}"
        + (
            f"\n  if there is no 0.4 kV grid within 400 m (methodology 2.5): "
            f"{format_money(quote.alternative.amount, 'en')}; the utility confirms which applies"
            if quote.alternative is not None
            else ""
        ),
    )
    return 0


# --- netmeter --------------------------------------------------------------------------------------
def _series(text: str, what: str) -> list[Decimal]:
    """Twelve comma-separated monthly values; an empty one is refused, never skipped (skipping it would
    shift every later month into the wrong one, decision 346, 5.1)."""
    values = []
    for month, part in enumerate(text.split(","), start=1):
        if not part.strip():
            raise UsageError(
                "netmeter.empty",
                f"{what}: month {month} is empty (give 0 for a month without energy)",
            )
        values.append(_decimal_arg(part, "netmeter.format", f"{what} month {month}"))
    return values


def cmd_netmeter(args: argparse.Namespace) -> int:
    from kiosk.core import clock, energy, netmetering
    from kiosk.core.money import wire_amount

    try:
        on = _date_arg(args.date) or clock.today()
        schedule = energy.in_force(energy.bundled(), on)
        if schedule is None and (args.retail is None or args.wholesale is None):
            raise UsageError("netmeter.tariff", f"no energy tariff schedule is in force on {on}")
        retail: Decimal | energy.RetailTariff
        if args.retail is not None:
            retail = _decimal_arg(args.retail, "netmeter.tariff", "--retail")
        else:
            assert schedule is not None
            retail = schedule.retail[energy.group_of(args.group)]
        if args.wholesale is not None:
            wholesale = _decimal_arg(args.wholesale, "netmeter.tariff", "--wholesale")
        else:
            assert schedule is not None
            wholesale = schedule.wholesale
        result = netmetering.settle_year(
            _series(args.sent, "--sent"),
            _series(args.taken, "--taken"),
            retail,
            wholesale,
            args.from_month,
        )
    except netmetering.NetMeteringError as exc:
        return _fail(UsageError(exc.code, str(exc)), args.json)
    except UsageError as exc:
        return _fail(exc, args.json)

    def kwh(value: Decimal) -> str:
        return format(value.normalize(), "f") if value else "0"

    data = {
        "months": [
            {
                "month": m.month,
                "sent_kwh": kwh(m.sent_kwh),
                "taken_kwh": kwh(m.taken_kwh),
                "balance_kwh": kwh(m.balance_kwh),
                "billed_kwh": kwh(m.billed_kwh),
                "charge": wire_amount(m.charge),
            }
            for m in result.months
        ],
        "year_end_balance_kwh": kwh(result.year_end_balance_kwh),
        "payout": wire_amount(result.payout),
        "total_charge": wire_amount(result.total_charge),
        "retail": str(result.retail_tariff),
        "retail_blocks": [
            {
                "up_to_kwh": str(b.up_to_kwh) if b.up_to_kwh is not None else None,
                "rate": str(b.rate),
            }
            for b in (result.retail.blocks if result.retail else ())
        ],
        "wholesale": str(result.wholesale_tariff),
        "first_month": result.first_month,
        "tariff_id": schedule.id if schedule is not None else None,
    }
    lines = [
        f"{'month':>5} {'sent':>10} {'taken':>10} {'balance':>10} {'billed':>10} {'charge':>9}"
    ]
    lines += [
        f"{m['month']:>5} {m['sent_kwh']:>10} {m['taken_kwh']:>10} {m['balance_kwh']:>10} "
        f"{m['billed_kwh']:>10} {m['charge']:>9}"
        for m in data["months"]
    ]
    lines.append(
        f"year-end balance {data['year_end_balance_kwh']} kWh, payout {data['payout']} AZN"
    )
    _emit(data, args.json, "\n".join(lines))
    return 0


# --- validate --------------------------------------------------------------------------------------
def cmd_validate(args: argparse.Namespace) -> int:
    from kiosk.core.validation import Context, Err, validate

    result = validate(args.field, args.value, Context())
    if isinstance(result, Err):
        data = {
            "valid": False,
            "error": {
                "code": result.code,
                "params": dict(result.params),
                "message": messages.render(result.code, result.params),
            },
        }
        _emit(data, args.json, f"invalid: {result.code}: {data['error']['message']}")
        return 1
    _emit({"valid": True, "value": result.value}, args.json, str(result.value))
    return 0


# --- services --------------------------------------------------------------------------------------
def cmd_services(args: argparse.Namespace) -> int:
    from kiosk.core import services

    if args.example:
        if services.find(args.example) is None:
            return _fail(
                UsageError("service.unknown", f"unknown service {args.example!r}"), args.json
            )
        if not args.out:
            return _fail(UsageError("usage", "--example needs --out DIR"), args.json)
        from kiosk.examples import write_example

        path = write_example(args.example, Path(args.out))
        _emit({"written": str(path)}, args.json, str(path))
        return 0
    described = [s.describe() for s in services.all_services()]
    text = "\n".join(
        f"{s['id']}: {s['title']}\n"
        + "\n".join(
            f"  {st['name']}: "
            + ", ".join(
                f"{f['name']}{'' if f['required'] else '?'} ({f['type']})" for f in st["fields"]
            )
            for st in s["steps"]
        )
        for s in described
    )
    _emit({"services": described}, args.json, text)
    return 0


# --- parser ----------------------------------------------------------------------------------------
def _command_of(argv: Sequence[str]) -> str | None:
    """The sub-command named in ``argv`` (after the global ``--config FILE``), or None."""
    words = iter(argv)
    for word in words:
        if word == "--config":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(command: str | None = None, json_errors: bool = False) -> argparse.ArgumentParser:
    """The ``kiosk`` parser; when ``command`` (the one about to run) opens a window, it holds only the
    commands that do (:data:`kiosk.commands.UI_COMMANDS`). With ``json_errors`` its own errors are JSON
    too (subcommands inherit its class)."""
    from kiosk import commands

    parser_class = _JsonErrorParser if json_errors else argparse.ArgumentParser
    parser = parser_class(
        prog="kiosk",
        description="ASAN self-service kiosk: electricity connection, active consumers and water-meter "
        "readings. 'kiosk run' opens the kiosk; the other commands work without a screen.",
    )
    parser.add_argument(
        "--config", help="the kiosk's TOML configuration file (or env KIOSK_CONFIG)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    if command in commands.UI_COMMANDS:
        commands.add_ui_commands(sub)
        return parser

    q = sub.add_parser(
        "quote",
        help="quote the connection fee",
        description="Quote the connection fee by the tariff schedule in force "
        "(methodology sections 2 and 3).",
    )
    from kiosk.core import services, tariffs

    q.add_argument(
        "--service", required=True, choices=[s.id for s in services.all_services() if s.fee]
    )
    q.add_argument("--power", required=True, help="required power TG in kW, e.g. 7.5")
    q.add_argument("--phase", type=int, choices=(1, 3), default=1)
    q.add_argument(
        "--voltage",
        choices=("low", "medium", "high"),
        help="connection voltage (medium/high: methodology section 3)",
    )
    q.add_argument("--period", choices=("standard", "accelerated"))
    q.add_argument("--district", help="district or city (name in az/ru/en, or its id)")
    q.add_argument("--purpose", help="the object's purpose (təyinat), e.g. shop, agriculture")
    q.add_argument(
        "--grid-distance",
        help="metres to the nearest 0.4 kV transformer (over 400: section 3); "
        "not given: the section 3 amount is shown as well",
    )
    q.add_argument("--date", help="quote date YYYY-MM-DD (default: today)")
    q.add_argument("--tariff", help="a schedule file or folder instead of the bundled ones")
    q.add_argument("--json", action="store_true", help="print one JSON object")
    q.set_defaults(func=cmd_quote)

    n = sub.add_parser(
        "netmeter",
        help="an active consumer's yearly net-metering settlement",
        description="Monthly balances, billed energy and the year-end payout "
        "(decision 346, rules 5 and 6).",
    )
    n.add_argument(
        "--sent",
        required=True,
        help="comma-separated kWh sent to the grid, one per month from --from-month to December",
    )
    n.add_argument("--taken", required=True, help="comma-separated kWh taken from the grid")
    n.add_argument(
        "--from-month",
        type=int,
        default=1,
        choices=range(1, 13),
        metavar="1-12",
        help="the first month the station works (the reporting year ends on 31 December, 1.8.12)",
    )
    n.add_argument(
        "--group",
        choices=(tariffs.HOUSEHOLD, tariffs.BUSINESS),
        default=tariffs.HOUSEHOLD,
        help="the consumer group whose retail tariff bills a shortfall (decision 346, 6.1.1)",
    )
    n.add_argument("--date", help="the tariffs in force on YYYY-MM-DD (default: today)")
    n.add_argument("--retail", help="override: one retail tariff, AZN per kWh, e.g. 0.084")
    n.add_argument("--wholesale", help="override: the wholesale tariff, AZN per kWh, e.g. 0.057")
    n.add_argument("--json", action="store_true")
    n.set_defaults(func=cmd_netmeter)

    v = sub.add_parser(
        "validate",
        help="check and normalise one value",
        description="Exit 0 and print the normalised value, or exit 1 with the error code.",
    )
    v.add_argument("field", choices=VALIDATE_FIELDS)
    v.add_argument("value")
    v.add_argument("--json", action="store_true")
    v.set_defaults(func=cmd_validate)

    s = sub.add_parser(
        "services",
        help="describe the services and their fields",
        description="Describe every service; --example writes a valid example payload.",
    )
    s.add_argument("--example", metavar="SERVICE", help="write an example payload of SERVICE")
    s.add_argument("--out", metavar="DIR", help="folder for --example")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_services)

    sub.add_parser(
        "self-test",
        help="check this installation (fonts, translations, schedules, receipts, home screen) and exit",
    )
    commands.add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # The kiosk never writes its TLS session keys anywhere: ``ssl`` and urllib3 would log them to the
    # file SSLKEYLOGFILE names, letting whoever reads it decrypt the traffic to the central API.
    # Dropped from the environment before anything opens a connection, and so for every child process.
    os.environ.pop(TLS_KEY_LOG_ENV, None)
    given = list(sys.argv[1:] if argv is None else argv)
    if given[:1] in (["--self-test"], ["self-test"]):
        # Checked before anything else is imported: the installer's smoke test of the bundle.
        from kiosk.selftest import run_self_test

        return run_self_test()
    from kiosk.core import services

    try:
        services.check()  # the definitions of KIOSK_SERVICES_DIR, when it names a folder
    except services.ServicesError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    parser = build_parser(_command_of(given), json_errors="--json" in given)
    args = parser.parse_args(given)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        message = _plain_failure(exc)
        if message is None:
            raise  # a bug: its traceback is what a developer needs
        print(f"kiosk: {message}", file=sys.stderr)
        return 1


def _plain_failure(exc: BaseException) -> str | None:
    """What to say, without a traceback, for a failure of the machine rather than of the code: the
    outbox's errors (a full disk, an I/O error, a key file) and the file system's (read-only, full)."""
    errors = sys.modules.get("kiosk.offline_queue.errors")
    if errors is not None and isinstance(exc, errors.OutboxError):
        halt = " (staff: kiosk queue status)" if isinstance(exc, errors.HALTING) else ""
        return f"{exc.message_id}: {exc.detail}{halt}" if exc.detail else exc.message_id + halt
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    return None


if __name__ == "__main__":
    sys.exit(main())
