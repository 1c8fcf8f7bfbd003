"""``central staff add|passwd|list``: back-office users from the command line (the first supervisor is
made here; later ones on the back office's users page too). A password is read from ``--password-file``,
else from standard input when it is not a terminal (one line), else asked twice without echo."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from central.backoffice import accounts

MESSAGES = {
    "password_short": f"the password must have at least {accounts.MIN_PASSWORD} characters",
    "password_invalid": "this password cannot be used",
    "username_invalid": "user name: 2 to 64 small Latin letters, digits, dots, dashes or underscores",
    "username_taken": "this user name is already taken",
    "role_invalid": "the role is operator or supervisor",
    "user_unknown": "no such user",
}


def _password(path: Path | None) -> str:
    if path is not None:
        return path.read_text(encoding="utf-8").splitlines()[0] if path.stat().st_size else ""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise accounts.AccountError("password_mismatch")
    return first


def run(args: argparse.Namespace, database_url: str) -> int:
    from central.cli import _schema_servable
    from central.db import open_db

    engine, sessionmaker = open_db(database_url)
    try:
        if not _schema_servable(engine):
            return 2
        with sessionmaker() as session:
            try:
                return _run(args, session)
            except accounts.AccountError as exc:
                message = MESSAGES.get(exc.code, "the two passwords differ")
                print(f"central: {message}", file=sys.stderr)
                return 1
            except OSError as exc:
                print(f"central: cannot read the password file: {exc.strerror}", file=sys.stderr)
                return 1
    finally:
        engine.dispose()


def _run(args: argparse.Namespace, session: object) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    if args.staff_command == "list":
        for user in accounts.users(session):
            state = "active" if user.active else "deactivated"
            print(f"{user.username}\t{user.role}\t{state}")
        return 0
    if args.staff_command == "add":
        password = _password(args.password_file)
        accounts.add_user(session, args.username, args.role, password, args.full_name, "cli")
        print(f"central: {args.username.strip().lower()} added ({args.role})")
        return 0
    accounts.set_password(session, args.username, _password(args.password_file), "cli")
    print(f"central: password of {args.username.strip().lower()} set")
    return 0
