"""The ``central`` command: create or upgrade the database schema, serve the API, create tokens, move
applications along their statuses."""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from central.config import DEFAULT_TARIFFS_DIR, default_database_url

if TYPE_CHECKING:
    from fastapi import FastAPI
    from sqlalchemy.engine import Engine

    from central.config import Settings
    from central.migrate import SchemaState
    from central.notify.config import NotifyConfig

# How `central serve --workers N` hands its settings to the worker processes (JSON).
SETTINGS_ENV = "CENTRAL_SERVE_SETTINGS"


def _parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--database-url",
        default=None,
        help="SQLAlchemy URL (default: $DATABASE_URL or sqlite:///var/central.db)",
    )
    parser = argparse.ArgumentParser(prog="central", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    dbc = sub.add_parser("db", help="the database schema")
    db_sub = dbc.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser(
        "upgrade",
        parents=[db],
        help="create the schema in an empty database or upgrade it to this version's",
    )
    db_sub.add_parser(
        "current", parents=[db], help="print the schema's revision; exit 1 unless it is current"
    )
    revision = db_sub.add_parser(
        "revision",
        parents=[db],
        help="write a new migration from the models' changes (for developers; the database given "
        "must be upgraded)",
    )
    revision.add_argument("message")

    serve = sub.add_parser(
        "serve", parents=[db], help="run the API with uvicorn (the schema must be current)"
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes sharing the port (default 1); they share the database, nothing else",
    )
    serve.add_argument("--tariffs-dir", type=Path, default=DEFAULT_TARIFFS_DIR)
    serve.add_argument("--max-body-mb", type=float, default=25.0)
    serve.add_argument(
        "--status-rate-limit",
        type=int,
        default=60,
        help="public tracking requests per window per client address (default 60)",
    )
    serve.add_argument("--status-rate-window", type=float, default=60.0, help="seconds")
    serve.add_argument(
        "--lookup-rate-limit",
        type=int,
        default=None,
        help="registry look-ups per window per kiosk token (default $CENTRAL_LOOKUP_RATE_LIMIT "
        "or 30)",
    )
    serve.add_argument(
        "--lookup-rate-window",
        type=float,
        default=None,
        help="seconds (default $CENTRAL_LOOKUP_RATE_WINDOW or 60)",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default=None,
        help="addresses or networks of the load balancers whose X-Forwarded-For names the client "
        "(comma-separated, or *; default $FORWARDED_ALLOW_IPS, else none: the header is ignored "
        "and the rate limit counts per peer address)",
    )
    serve.add_argument(
        "--secret-file",
        type=Path,
        default=None,
        help="the server's secret, made at first start (default $CENTRAL_SECRET_FILE or "
        "var/central-secret.key; app servers behind one load balancer share its content)",
    )
    serve.add_argument("--log-level", default="warning")
    serve.add_argument(
        "--wait-for-database",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="how long to keep trying a database that does not answer at start-up (default 60; "
        "0: give up at once) — a central started with or before its database comes up by itself",
    )

    token = sub.add_parser("token", help="API tokens: create, list, revoke")
    token_sub = token.add_subparsers(dest="token_command", required=True)
    create = token_sub.add_parser("create", parents=[db], help="print a new token (shown once)")
    create.add_argument(
        "name", metavar="NAME", help="the kiosk id (or a staff name for --role admin)"
    )
    create.add_argument("--role", choices=("kiosk", "admin"), default="kiosk")
    create.add_argument(
        "--expires-days",
        type=float,
        default=None,
        metavar="N",
        help="refused after N days (default: never)",
    )
    token_sub.add_parser(
        "list", parents=[db], help="every token: id, role, name, created, expires, state"
    )
    revoke = token_sub.add_parser(
        "revoke", parents=[db], help="refuse a token from now on, on every server at once"
    )
    revoke.add_argument("which", metavar="NAME|ID", help="a token's id, or a name (all its tokens)")

    admin = sub.add_parser("admin-token", help="staff tokens")
    admin_sub = admin.add_subparsers(dest="admin_command", required=True)
    admin_create = admin_sub.add_parser("create", parents=[db], help="print a new admin token")
    admin_create.add_argument("name", nargs="?", default="staff")

    adv = sub.add_parser("advance", parents=[db], help="move an application to a new status")
    adv.add_argument("tracking_code")
    adv.add_argument("status")
    adv.add_argument("--note", default=None, help="staff note (never shown publicly)")
    adv.add_argument(
        "--reason",
        default=None,
        help="a rejection's reason, shown to the applicant in their language: "
        "incomplete_documents, power_above_limit, outside_service_area, photo_illegible, "
        "duplicate, other (central/reasons.py)",
    )

    dispatch = sub.add_parser(
        "dispatch",
        parents=[db],
        help="send the applicants' SMS and e-mails of the outbox (docs/NOTIFICATIONS.md); "
        "`central serve` runs this too, unless CENTRAL_DISPATCH=off",
    )
    dispatch.add_argument(
        "--once",
        action="store_true",
        help="send what is due now, then exit (else run until stopped)",
    )
    _staff_parser(sub, db)
    return parser


def _staff_parser(sub: argparse._SubParsersAction, db: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """``central staff add|passwd|list`` (central/backoffice/staff_cli.py)."""
    staff = sub.add_parser("staff", help="back-office users (docs/BACKOFFICE.md)")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)
    add = staff_sub.add_parser("add", parents=[db], help="create a back-office user")
    add.add_argument("username")
    add.add_argument("--role", choices=("operator", "supervisor"), required=True)
    add.add_argument("--full-name", default="")
    add.add_argument(
        "--password-file",
        type=Path,
        default=None,
        help="read the password from this file's first line (default: standard input when it "
        "is not a terminal, else asked twice)",
    )
    passwd = staff_sub.add_parser(
        "passwd", parents=[db], help="set a user's password (lifts a lock-out, ends sessions)"
    )
    passwd.add_argument("username")
    passwd.add_argument("--password-file", type=Path, default=None)
    staff_sub.add_parser("list", parents=[db], help="list the back-office users")


def _notify_config() -> NotifyConfig | None:
    """The notifications' settings, or None after saying on one line what is wrong with them."""
    from central.notify.config import NotifyConfig, NotifyConfigError

    try:
        return NotifyConfig.from_env()
    except NotifyConfigError as exc:
        print(f"central: {exc}", file=sys.stderr)
        return None


def _say_unsent(config: NotifyConfig) -> None:
    missing = config.unconfigured()
    if missing:
        print(
            f"central: no {' and no '.join(_CHANNEL_ENV[c] for c in missing)}: the applicants' "
            f"{' and '.join(missing)} messages are kept as 'dev' (not sent)",
            file=sys.stderr,
        )


_CHANNEL_ENV = {"sms": "CENTRAL_SMS_URL", "email": "CENTRAL_SMTP_URL"}


def _dispatch(args: argparse.Namespace, database_url: str) -> int:
    import signal
    import threading

    from central.db import open_db
    from central.notify.dispatcher import Dispatcher

    config = _notify_config()
    if config is None:
        return 2
    engine, sessionmaker = open_db(database_url, pool_size=1, max_overflow=1)
    try:
        if not _schema_servable(engine, wait_s=0 if args.once else 60):
            return 2
        _say_unsent(config)
        dispatcher = Dispatcher(sessionmaker, config)
        if args.once:
            print(f"central: {dispatcher.run_once()} message(s) handled")
            return 0
        stop = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
        dispatcher.run(stop)
    finally:
        engine.dispose()
    return 0


def _serve(args: argparse.Namespace, database_url: str) -> int:
    import uvicorn

    from central.config import Settings
    from central.db import make_engine
    from central.secret import SecretError, load_or_create

    settings = Settings(
        database_url=database_url,
        tariffs_dir=args.tariffs_dir,
        max_body_bytes=int(args.max_body_mb * 1024 * 1024),
        status_rate_limit=args.status_rate_limit,
        status_rate_window=args.status_rate_window,
    )
    changes: dict[str, object] = {}
    if args.lookup_rate_limit is not None:
        changes["lookup_rate_limit"] = args.lookup_rate_limit
    if args.lookup_rate_window is not None:
        changes["lookup_rate_window"] = args.lookup_rate_window
    if args.forwarded_allow_ips is not None:
        changes["forwarded_allow_ips"] = args.forwarded_allow_ips.strip()
    # Absolute, so every worker finds the same file; made here, before the workers start.
    changes["secret_file"] = (args.secret_file or settings.secret_file).resolve()
    settings = dataclasses.replace(settings, **changes)  # type: ignore[arg-type]
    if settings.lookup_rate_limit < 1 or settings.lookup_rate_window <= 0:
        print("central: the look-up rate limit must be >= 1 and its window > 0", file=sys.stderr)
        return 2
    try:
        from central.deps import trusted_proxies

        trusted_proxies(settings.forwarded_allow_ips)
    except ValueError as exc:
        print(f"central: --forwarded-allow-ips: {exc}", file=sys.stderr)
        return 2
    try:
        load_or_create(settings.secret_file)
    except SecretError as exc:
        print(f"central: {exc}", file=sys.stderr)
        return 2
    from central.config import PUBLIC_URL_ENV

    if not os.environ.get(PUBLIC_URL_ENV, "").strip():
        if args.host in ("127.0.0.1", "localhost", "::1"):
            # Development: the messages' status links lead to this very server.
            host = f"[{args.host}]" if ":" in args.host else args.host
            os.environ[PUBLIC_URL_ENV] = f"http://{host}:{args.port}"
        else:
            print(
                f"central: {PUBLIC_URL_ENV} is not set: the status links of the applicants' "
                "messages lead to http://127.0.0.1:8000",
                file=sys.stderr,
            )
    notify_config = _notify_config()
    if notify_config is None:
        return 2
    from central import fleet, housekeeping

    try:  # read again by every worker: a wrong value stops here, on one line
        fleet.silent_after_s()
        housekeeping.every_s()
    except ValueError as exc:
        print(f"central: {exc}", file=sys.stderr)
        return 2
    engine = make_engine(database_url)
    try:
        if not _schema_servable(engine, wait_s=args.wait_for_database):
            return 2
    finally:
        engine.dispose()
    if notify_config.in_serve:
        _say_unsent(notify_config)
    if notify_config.demo_codes:
        print(
            "central: CENTRAL_DEMO_SHOW_CODES=on: identity codes are shown on the back office's "
            "Messages page (a demonstration only)",
            file=sys.stderr,
        )
    # No access log: look-up paths carry FİNs and subscriber codes. Forwarded headers are read by
    # central/deps.py ``client_address`` alone, from the configured proxies only: uvicorn's own
    # reading (which trusts 127.0.0.1 by default) is off.
    options = {
        "host": args.host,
        "port": args.port,
        "log_level": args.log_level,
        "access_log": False,
        "proxy_headers": False,
    }
    if args.workers > 1:
        # Each worker imports the application itself; the settings go along in the environment.
        os.environ[SETTINGS_ENV] = _settings_to_json(settings)
        uvicorn.run(
            "central.cli:app_from_environment", factory=True, workers=args.workers, **options
        )
    else:
        from central.app import create_app

        uvicorn.run(create_app(settings), **options)
    return 0


def _settings_to_json(settings: Settings) -> str:
    values = dataclasses.asdict(settings)
    values.pop("admin_token", None)  # each worker reads it from the environment itself
    return json.dumps({k: str(v) if isinstance(v, Path) else v for k, v in values.items()})


def app_from_environment() -> FastAPI:
    """The application of one worker of `central serve --workers N`."""
    from central.app import create_app
    from central.config import Settings

    values = json.loads(os.environ[SETTINGS_ENV])
    for field in dataclasses.fields(Settings):
        if field.name in values and isinstance(getattr(Settings(), field.name), Path):
            values[field.name] = Path(values[field.name])
    return create_app(Settings(**values))


def _schema_servable(engine: Engine, wait_s: float = 0.0) -> bool:
    """True when this code may use the database; else says why on one line. A database that does not
    answer is tried again for ``wait_s`` seconds (backing off to 5 s between tries); a schema that
    is not current is refused at once (``central db upgrade`` is a deliberate step)."""
    import time

    from sqlalchemy.exc import SQLAlchemyError

    from central import migrate

    deadline, delay = time.monotonic() + wait_s, 0.5
    while True:
        try:
            problem = migrate.check(engine).problem()
            break
        except SQLAlchemyError as exc:
            if time.monotonic() + delay > deadline:
                print(f"central: cannot reach the database: {_reason(exc)}", file=sys.stderr)
                return False
            print(
                f"central: the database does not answer ({_reason(exc)}); trying again in "
                f"{delay:g} s",
                file=sys.stderr,
                flush=True,
            )
            time.sleep(delay)
            delay = min(delay * 2, 5.0)
    if problem is not None:
        print(f"central: {problem}", file=sys.stderr)
        return False
    return True


def _db(args: argparse.Namespace, database_url: str) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from central import migrate
    from central.db import make_engine

    try:
        if args.db_command == "upgrade":
            before, after = migrate.upgrade(database_url)
            _print_upgrade(before, after)
            return 0
        engine = make_engine(database_url)
        try:
            state = migrate.check(engine)
            if args.db_command == "revision":
                if not _schema_servable(engine):
                    return 1
                return _revision(engine, args.message)
        finally:
            engine.dispose()
    except migrate.SchemaError as exc:
        print(f"central: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        print(f"central: database error: {_reason(exc)}", file=sys.stderr)
        return 1
    print(f"{', '.join(state.revisions) or '(none)'} ({state.status}; this central: {state.head})")
    return 0 if state.status == "current" else 1


def _reason(exc: Exception) -> str:
    """The first line of the driver's message (SQLAlchemy's adds the statement and a link)."""
    orig = getattr(exc, "orig", None)
    lines = str(orig if orig is not None else exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _print_upgrade(before: SchemaState, after: SchemaState) -> None:
    was = ", ".join(before.revisions) or ("release 0.1.0" if before.release_tables else "empty")
    now = ", ".join(after.revisions)
    if before.status == "newer":
        print(
            f"central: the schema ({was}) is newer than this central's ({before.head}); unchanged"
        )
    elif before.status == "current":
        print(f"central: the schema is current ({now})")
    else:
        print(f"central: schema upgraded from {was} to {now}")


def _revision(engine: Engine, message: str) -> int:
    from alembic import command

    from central import migrate

    head = migrate.head()
    # Revisions are numbered in order: 0001, 0002 …
    rev_id = f"{int(head) + 1:04d}" if head.isdigit() else None
    with engine.begin() as connection:
        command.revision(
            migrate.alembic_config(connection), message, autogenerate=True, rev_id=rev_id
        )
    return 0


def _create_token(
    role: str, name: str, database_url: str, expires_days: float | None = None
) -> int:
    from central import auth
    from central.db import open_db

    if expires_days is not None and expires_days <= 0:
        print("central: --expires-days must be more than 0", file=sys.stderr)
        return 2
    if not name.strip() or len(name) > 64 or "\x00" in name:
        print("central: a token's name has 1 to 64 characters", file=sys.stderr)
        return 2
    engine, sessionmaker = open_db(database_url)
    try:
        if not _schema_servable(engine):
            return 2
        with sessionmaker() as session:
            print(auth.create_token(session, role, name, expires_at=auth.expiry_in(expires_days)))
    finally:
        engine.dispose()
    return 0


def _tokens(args: argparse.Namespace, database_url: str) -> int:
    """``central token create | list | revoke``."""
    from central import auth
    from central.db import as_utc, open_db

    if args.token_command == "create":
        return _create_token(args.role, args.name, database_url, args.expires_days)
    engine, sessionmaker = open_db(database_url)
    try:
        if not _schema_servable(engine):
            return 2
        with sessionmaker() as session:
            if args.token_command == "revoke":
                revoked = auth.revoke(session, args.which)
                if not revoked:
                    print(f"central: no token {args.which} that is not revoked", file=sys.stderr)
                    return 1
                for row in revoked:
                    print(f"revoked {row.id} {row.role} {row.name}")
                return 0
            print("id\trole\tname\tcreated\texpires\tstate")
            for row in auth.list_tokens(session):
                expires = (
                    as_utc(row.expires_at).isoformat(timespec="seconds") if row.expires_at else "-"
                )
                created = as_utc(row.created_at).isoformat(timespec="seconds")
                print(f"{row.id}\t{row.role}\t{row.name}\t{created}\t{expires}\t{auth.state(row)}")
    finally:
        engine.dispose()
    return 0


def _advance(args: argparse.Namespace, database_url: str) -> int:
    from central import store, texts
    from central.db import open_db
    from central.routes.admin import reason_errors
    from central.status_view import canonical_code

    problem = reason_errors(args.status, args.reason).get("reason")
    if problem == "unknown_reason":
        from central import reasons

        print(
            f"central: unknown reason {args.reason!r}; known: {', '.join(reasons.ids())}",
            file=sys.stderr,
        )
        return 2
    if problem is not None:
        print("central: --reason goes only with the status rejected", file=sys.stderr)
        return 2
    engine, sessionmaker = open_db(database_url)
    try:
        if not _schema_servable(engine):
            return 2
        code = canonical_code(args.tracking_code)
        with sessionmaker() as session:
            try:
                row = store.advance(
                    session, code or "", args.status, "staff:cli", args.note, reason=args.reason
                )
            except store.InvalidTransition as exc:
                print(f"central: {exc}", file=sys.stderr)
                return 1
            if row is None:
                print(f"central: no application {args.tracking_code}", file=sys.stderr)
                return 1
            print(f"{row.tracking_code}: {row.status} ({texts.status_name(row.status, 'en')})")
    finally:
        engine.dispose()
    return 0


# The ``central`` extra of pyproject.toml: a kiosk's own installation leaves the server's stack out.
SERVER_PACKAGES = ("fastapi", "uvicorn", "sqlalchemy", "alembic")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    missing = [name for name in SERVER_PACKAGES if importlib.util.find_spec(name) is None]
    if missing:
        print(
            f"central: the reference central API is not installed (no {', '.join(missing)}): "
            "pip install 'asan-kiosk[central]' (from the source tree: pip install -e '.[central]')",
            file=sys.stderr,
        )
        return 2
    from kiosk.core import services

    try:
        services.check()  # the definitions of KIOSK_SERVICES_DIR, when it names a folder
    except services.ServicesError as exc:
        print(f"central: {exc}", file=sys.stderr)
        return 2
    database_url = args.database_url or default_database_url()
    if args.command == "db":
        return _db(args, database_url)
    if args.command == "serve":
        return _serve(args, database_url)
    if args.command == "token":
        return _tokens(args, database_url)
    if args.command == "admin-token":
        from central.auth import ADMIN

        return _create_token(ADMIN, args.name, database_url)
    if args.command == "dispatch":
        return _dispatch(args, database_url)
    if args.command == "staff":
        from central.backoffice import staff_cli

        return staff_cli.run(args, database_url)
    if _notify_config() is None:  # the messages a move writes need the public URL
        return 2
    return _advance(args, database_url)


if __name__ == "__main__":
    raise SystemExit(main())
