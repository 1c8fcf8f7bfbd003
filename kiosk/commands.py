"""Commands that need the kiosk's configuration and storage: run, submit, queue, receipt, track."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_INVALID = 2


def _config(args: argparse.Namespace) -> Any:
    """The configuration, its data folder made (owner-only: kiosk/datadir.py) before any command uses
    it; a folder that cannot be made is a :class:`~kiosk.config.ConfigError` naming ``data_dir``."""
    from kiosk.config import ConfigError, load_config
    from kiosk.datadir import DataDirError, prepare

    config = load_config(getattr(args, "config", None))
    try:
        prepare(config.data_dir)
    except DataDirError as exc:
        raise ConfigError("data_dir", str(exc), "the file system") from None
    return config


def _audit_shipper(config: Any) -> Any:
    """The staff audit log's shipper for ``kiosk queue sync`` (as the running kiosk's worker has)."""
    from kiosk.staff.shipping import AuditShipper

    return AuditShipper(config.data_dir, config.kiosk_id)


def _config_or_exit(args: argparse.Namespace) -> Any:
    from kiosk.config import ConfigError

    try:
        return _config(args)
    except ConfigError as exc:
        if getattr(args, "json", False):
            _print_json({"error": {"code": "config.invalid", "message": str(exc)}})
        else:
            print(f"kiosk: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_INVALID) from None


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


# --- run -------------------------------------------------------------------------------------------
def cmd_run(args: argparse.Namespace) -> int:
    config = _config_or_exit(args)
    if not config.central_url:
        from kiosk.local_central import LocalCentralError, demo_config

        try:
            demo_config(config, windowed=args.windowed)
        except LocalCentralError as exc:  # before any window, and before a supervisor restarts it
            print(f"kiosk: {exc}", file=sys.stderr)
            return EXIT_INVALID
    if args.supervise:
        import os

        from kiosk.supervisor import supervise

        if getattr(args, "config", None):
            os.environ["KIOSK_CONFIG"] = str(Path(args.config).resolve())
        return supervise(["--windowed"] if args.windowed else [], language=config.language)
    import os

    from kiosk import app

    config_path = getattr(args, "config", None) or os.environ.get("KIOSK_CONFIG")
    try:
        # The log file (kiosk.logs) is opened right after the first paint, with the rest.
        return app.run(config, windowed=args.windowed, config_path=config_path, log_level="INFO")
    except RuntimeError as exc:
        from kiosk.local_central import LocalCentralError  # imported only without central_url

        if not isinstance(exc, LocalCentralError):
            raise
        # No central API to talk to: say what to do, without a traceback.
        print(f"kiosk: {exc}", file=sys.stderr)
        return EXIT_INVALID


def cmd_out_of_order(args: argparse.Namespace) -> int:
    from kiosk.supervisor import run_out_of_order_screen

    return int(run_out_of_order_screen(args.lang, args.retry_after))


# --- submit ----------------------------------------------------------------------------------------
def cmd_submit(args: argparse.Namespace) -> int:
    from kiosk.core import jsonio, services, tariffs, tracking
    from kiosk.core.application import InvalidApplication, path_loader, validate_application
    from kiosk.core.fees import QuoteError
    from kiosk.core.wizard import Wizard

    config = _config_or_exit(args)
    path = Path(args.data)
    try:
        from kiosk.core.attachments import read_file

        data = jsonio.loads(read_file(path, 16 * 1024 * 1024).decode("utf-8"))
    except (OSError, ValueError) as exc:  # a 100,000-deep document too (kiosk.core.jsonio)
        return _submit_error(args, {"data": {"code": "file.unreadable", "message": str(exc)}})
    if not isinstance(data, dict):
        return _submit_error(
            args, {"data": {"code": "data.not_object", "message": "not a JSON object"}}
        )
    from kiosk import media
    from kiosk.backend import settings_for

    media.install()  # the data's photos are decoded and encoded again, as on the touch screen
    service = services.get(args.service)
    settings = settings_for(config)
    try:
        application = validate_application(
            service, data, settings, path_loader(path.parent, settings.max_attachment_bytes)
        )
    except InvalidApplication as exc:
        return _submit_error(args, exc.as_dict())
    quote = None
    if service.fee:
        wizard = Wizard(service, settings, tariffs.load_directory())
        wizard.answers.update(data)
        result = wizard.quote()
        if isinstance(result, QuoteError):
            return _submit_error(args, {"quote": {"code": result.code, "message": str(result)}})
        quote = result
    from kiosk.offline_queue.errors import OutboxError
    from kiosk.offline_queue.factory import open_outbox
    from kiosk.offline_queue.models import Attachment

    code = tracking.new_code()
    files = [
        Attachment(p, a.filename, a.content_type, a.data)
        for p, a in application.attachments.items()
    ]
    try:
        with open_outbox(config) as outbox:
            submission_id = outbox.enqueue(
                service=service.id,
                tracking_code=code,
                payload=application.payload,
                quote=quote.to_dict() if quote is not None else None,
                language=args.lang or config.language,
                attachments=files,
            )
    except OutboxError as exc:
        if args.json:
            _print_json({"error": {"code": exc.message_id, "message": str(exc)}})
        else:
            print(f"kiosk submit: not stored: {exc.message_id}", file=sys.stderr)
        return 1
    out = {
        "tracking_code": code,
        "submission_id": submission_id,
        "warnings": [{"code": c, "params": p} for c, p in application.warnings],
    }
    if quote is not None:
        out["quote"] = quote.to_dict()
    if args.json:
        _print_json(out)
    else:
        print(code)
    return 0


def _submit_error(args: argparse.Namespace, errors: dict[str, Any]) -> int:
    from kiosk.core import messages

    for error in errors.values():
        error.setdefault("message", messages.render(error["code"], error.get("params", {})))
    if args.json:
        _print_json({"errors": errors})
    else:
        for field, error in errors.items():
            print(f"{field}: {error['code']}: {error['message']}", file=sys.stderr)
    return EXIT_INVALID


# --- receipt ---------------------------------------------------------------------------------------
def _load_record(args_holder: dict[str, argparse.Namespace]) -> Any:
    def load(code: str) -> Any:
        config = _config_or_exit(args_holder["args"])
        from kiosk.offline_queue.factory import open_outbox

        with open_outbox(config) as outbox:
            item = outbox.find_by_tracking_code(code)
            if item is None:
                return None
            record = outbox.receipt_record(item.id)
            if record is None:
                return None
            return (
                record,
                config.kiosk_id,
                config.centre_name,
                config.status_base_url or "http://127.0.0.1:8000",
                item.state == "sent",
            )

    return load


# --- track -----------------------------------------------------------------------------------------
def cmd_track(args: argparse.Namespace) -> int:
    from kiosk.api.results import ApiError
    from kiosk.core import tracking
    from kiosk.offline_queue.factory import make_client, open_outbox

    try:
        code = tracking.parse(args.code)
    except tracking.InvalidTrackingCode as exc:
        if args.json:
            from kiosk.core import messages

            _print_json({"error": {"code": exc.code, "message": messages.render(exc.code)}})
        else:
            print(f"invalid: {exc.code}")
        return EXIT_INVALID
    config = _config_or_exit(args)
    with open_outbox(config) as outbox:
        item = outbox.find_by_tracking_code(code)
        local = item.as_dict() if item is not None else None
    result: dict[str, Any] = {"tracking_code": code, "local": local, "remote": None}
    if config.central_url:
        try:
            with make_client(config) as client:
                status = client.status(code, args.lang)
            result["remote"] = (
                None
                if status is None
                else {
                    "status": status.status,
                    "status_text": status.status_text,
                    "next_step": status.next_step,
                    "timeline": status.timeline,
                }
            )
        except ApiError as exc:
            result["remote_error"] = exc.message_id
    if args.json:
        _print_json(result)
    else:
        if local:
            print(f"on this kiosk: {local['state']}")
        remote = result["remote"]
        if remote:
            print(f"central: {remote['status']} — {remote['status_text']}")
        if not local and not remote:
            print(
                "not found"
                if "remote_error" not in result
                else f"offline ({result['remote_error']})"
            )
    return 0 if (local or result["remote"]) else 1


# The commands that open a window. When one of them runs, the parser holds only them: the others'
# parsers take time to build, and the staff tools' (``queue``, ``staff``, ``receipt``) import the
# outbox, reportlab and the staff stores, which a terminal's start must not wait for before its first
# paint (kiosk/cli.py).
UI_COMMANDS = ("run", "out-of-order")


def add_ui_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    run = sub.add_parser(
        "run",
        help="open the kiosk",
        description="Open the kiosk. Without central_url in the configuration it starts only as a "
        "demonstration (demo = true, or --windowed): a local reference central API is started "
        "beside it and every screen and receipt says DEMO.",
    )
    run.add_argument(
        "--windowed",
        action="store_true",
        help="in an ordinary window, for development (default: full-screen and frameless)",
    )
    run.add_argument(
        "--supervise",
        action="store_true",
        help="restart the kiosk if it dies; after a crash loop show 'out of order' instead",
    )
    run.set_defaults(func=cmd_run)

    ooo = sub.add_parser(
        "out-of-order", help="the 'terminal out of order' screen (the supervisor's)"
    )
    ooo.add_argument("--lang", choices=("az", "ru", "en"), default="az")
    ooo.add_argument(
        "--retry-after",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="exit after this long so the supervisor tries the kiosk again",
    )
    ooo.set_defaults(func=cmd_out_of_order)


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    add_ui_commands(sub)
    submit = sub.add_parser(
        "submit",
        help="validate an application and put it in the outbox",
        description="Validate FILE.json (the shape 'kiosk services --example' writes) "
        "with the service's definition and enqueue it.",
    )
    from kiosk.core import services

    submit.add_argument("--service", required=True, choices=services.ids())
    submit.add_argument("--data", required=True, metavar="FILE.json")
    submit.add_argument("--lang", choices=("az", "ru", "en"), help="the applicant's language")
    submit.add_argument("--json", action="store_true")
    submit.set_defaults(func=cmd_submit)

    track = sub.add_parser("track", help="the status of an application by its tracking code")
    track.add_argument("code")
    track.add_argument("--lang", choices=("az", "ru", "en"), default="az")
    track.add_argument("--json", action="store_true")
    track.set_defaults(func=cmd_track)

    from kiosk.offline_queue.cli import add_queue_commands
    from kiosk.receipts.cli import add_receipt_command
    from kiosk.staff.cli import add_staff_commands

    add_queue_commands(sub, _config, _audit_shipper)
    add_staff_commands(sub, _config)
    holder: dict[str, argparse.Namespace] = {}
    receipt = add_receipt_command(sub, _load_record(holder))
    original = receipt.get_default("func")

    def run_receipt(args: argparse.Namespace) -> int:
        holder["args"] = args
        return int(original(args))

    receipt.set_defaults(func=run_receipt)
