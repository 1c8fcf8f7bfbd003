"""The ``central`` command: serve the API, create tokens, move applications along their statuses."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

from central.config import DEFAULT_TARIFFS_DIR, default_database_url


def _parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--database-url",
        default=None,
        help="SQLAlchemy URL (default: $DATABASE_URL or sqlite:///var/central.db)",
    )
    parser = argparse.ArgumentParser(prog="central", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[db], help="run the API with uvicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--tariffs-dir", type=Path, default=DEFAULT_TARIFFS_DIR)
    serve.add_argument("--max-body-mb", type=float, default=25.0)
    serve.add_argument(
        "--status-rate-limit",
        type=int,
        default=60,
        help="public tracking requests per window per client address (default 60)",
    )
    serve.add_argument("--status-rate-window", type=float, default=60.0, help="seconds")
    serve.add_argument("--log-level", default="warning")

    token = sub.add_parser("token", help="kiosk tokens")
    token_sub = token.add_subparsers(dest="token_command", required=True)
    create = token_sub.add_parser("create", parents=[db], help="print a new kiosk token")
    create.add_argument("kiosk_id")

    admin = sub.add_parser("admin-token", help="staff tokens")
    admin_sub = admin.add_subparsers(dest="admin_command", required=True)
    admin_create = admin_sub.add_parser("create", parents=[db], help="print a new admin token")
    admin_create.add_argument("name", nargs="?", default="staff")

    adv = sub.add_parser("advance", parents=[db], help="move an application to a new status")
    adv.add_argument("tracking_code")
    adv.add_argument("status")
    adv.add_argument("--note", default=None, help="staff note (never shown publicly)")
    return parser


def _serve(args: argparse.Namespace, database_url: str) -> int:
    import uvicorn

    from central.app import create_app
    from central.config import Settings

    settings = Settings(
        database_url=database_url,
        tariffs_dir=args.tariffs_dir,
        max_body_bytes=int(args.max_body_mb * 1024 * 1024),
        status_rate_limit=args.status_rate_limit,
        status_rate_window=args.status_rate_window,
    )
    # No access log: look-up paths carry FİNs and subscriber codes.
    uvicorn.run(
        create_app(settings),
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=False,
    )
    return 0


def _create_token(role: str, name: str, database_url: str) -> int:
    from central import auth
    from central.db import init_db

    engine, sessionmaker = init_db(database_url)
    try:
        with sessionmaker() as session:
            print(auth.create_token(session, role, name))
    finally:
        engine.dispose()
    return 0


def _advance(args: argparse.Namespace, database_url: str) -> int:
    from central import store, texts
    from central.db import init_db
    from central.status_view import canonical_code

    engine, sessionmaker = init_db(database_url)
    try:
        code = canonical_code(args.tracking_code)
        with sessionmaker() as session:
            try:
                row = store.advance(session, code or "", args.status, "staff:cli", args.note)
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
SERVER_PACKAGES = ("fastapi", "uvicorn", "sqlalchemy")


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
    database_url = args.database_url or default_database_url()
    if args.command == "serve":
        return _serve(args, database_url)
    if args.command == "token":
        return _create_token("kiosk", args.kiosk_id, database_url)
    if args.command == "admin-token":
        from central.auth import ADMIN

        return _create_token(ADMIN, args.name, database_url)
    return _advance(args, database_url)


if __name__ == "__main__":
    raise SystemExit(main())
