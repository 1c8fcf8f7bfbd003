"""The kiosk's log: JSON lines in ``<data_dir>/logs/kiosk.log``, rotated, with personal data removed.

Every record passes two filters on its way to the file (docs/SECURITY.md):

* :class:`PersonalFieldFilter` drops ``extra`` keys that name personal data: every field a service definition marks ``sensitive`` (``fin``, ``mobile``, ``surname``,
  ``address``, ``email``, ``iban``, …, in any longer key such as ``applicant_mobile``), and the few keys
  that are no service's field (tokens, ``Authorization``, the PIN, whole payloads);
* :class:`ScrubFilter` replaces, in the message, the traceback and every remaining string ``extra``,
  whatever looks like a FİN, a phone number, an e-mail address, an IBAN, a long account or subscriber
  number, or a bearer token / ``Authorization`` header, by a placeholder such as ``[fin]``.

Names and addresses have no shape a pattern can know, so code must not put them into messages; the
filters are the net under that rule, and tests/security checks a whole applicant session's log.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk.core import services

LOG_FILE_NAME = "kiosk.log"
_HANDLER_MARK = "_asan_kiosk_handler"

# Order matters: tokens and e-mails before the number patterns that could eat parts of them.
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization headers and bearer/basic credentials (the per-kiosk token is never logged).
    (
        re.compile(
            r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)(?:(?:bearer|basic|token)\s+)?[^\s\"',;}]+"
        ),
        r"\1[token]",
    ),
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9\-._~+/]+=*"), r"\1 [token]"),
    (
        re.compile(
            r"(?i)\b((?:api_?)?token|secret|password|pin)([\"']?\s*[:=]\s*[\"']?)[^\s\"',;}&]+"
        ),
        r"\1\2[token]",
    ),
    (re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    # IBAN: country, check digits, 11-30 more (Azerbaijan: AZ + 2 + 4 letters + 20, 28 in all).
    (
        re.compile(r"(?i)(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Za-z0-9])"),
        "[iban]",
    ),
    # Azerbaijani phone numbers: +994 / 00994 / 994 / 0 prefix, or none; any spaces, dashes, dots,
    # brackets: +994 50 123 45 67, (050) 123-45-67, 0501234567, 50 123 45 67.
    (
        re.compile(
            r"(?<![\w+])\(?(?:(?:(?:\+|00)\s*994|994|0)[\s\-.]*)?\(?\s*\d{2}\s*\)?[\s\-.]*"
            r"\d{3}[\s\-.]*\d{2}[\s\-.]*\d{2}(?!\d)"
        ),
        "[phone]",
    ),
    # Long numbers: 15-digit Azərişıq subscriber codes, account and card numbers (not decimals).
    (re.compile(r"(?<![\d.])\d{10,20}(?![\d.])"), "[number]"),
    # FİN: 7 capitals and digits with at least one of each (I and O included: typos are personal too;
    # the kiosk keeps FİNs in capitals, and lower case would eat words such as "python3" in tracebacks).
    (re.compile(r"(?<![A-Za-z0-9])(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{7}(?![A-Za-z0-9])"), "[fin]"),
]

# Keys that are personal but are no answer of any service, so no definition can mark them: the kiosk's
# own credentials (tokens, the ``Authorization`` header, a staff PIN), whole payloads and their parts
# (answers, attachments), and the person look-up's name forms and birth date. Every service field's
# personal-ness comes from its definition (``sensitive=True``, ``services.sensitive_names()``).
NON_FIELD_KEYS = frozenset(
    {
        "authorization",
        "token",
        "api_token",
        "password",
        "secret",
        "pin",
        "payload",
        "answers",
        "attachment",
        "attachments",
        "name",
        "full_name",
        "first_name",
        "last_name",
        "birth_date",
        "phone",
    }
)
# Of these, the ones that make any key holding them personal too (``kiosk_token``, ``applicant_phone``).
NON_FIELD_PARTS = frozenset({"token", "phone", "password", "secret"})
_STANDARD = frozenset(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {
    "message",
    "asctime",
    "taskName",
}


def scrub(text: str) -> str:
    """``text`` with every shape of personal data replaced by a placeholder."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


_Names = tuple[frozenset[str], tuple[tuple[str, ...], ...]]


class _SensitiveNames:
    """``services.sensitive_names()``, whole and split at ``_``, worked out again only when the registry's
    definitions change (``services.use_folder`` swaps them). One tuple, replaced at once: log records come
    from several threads."""

    def __init__(self) -> None:
        self._cache: tuple[tuple[object, ...], _Names] = ((), (frozenset(), ()))

    def get(self) -> _Names:
        current = tuple(services.SERVICES.values())
        seen, names = self._cache
        if len(current) != len(seen) or any(a is not b for a, b in zip(current, seen, strict=True)):
            found = {n.lower() for n in services.sensitive_names()}
            names = (frozenset(found), tuple(sorted(tuple(n.split("_")) for n in found)))
            self._cache = (current, names)
        return names


_SENSITIVE = _SensitiveNames()


def _holds(parts: list[str], name: tuple[str, ...]) -> bool:
    width = len(name)
    return any(tuple(parts[i : i + width]) == name for i in range(len(parts) - width + 1))


def is_personal_key(key: str) -> bool:
    """Whether ``key`` names personal data: a field some definition marks ``sensitive``, alone or inside a
    longer key (``applicant_mobile``, ``given_name_typed``), or one of :data:`NON_FIELD_KEYS`."""
    lowered = key.lower()
    names, sensitive_parts = _SENSITIVE.get()
    if lowered in names or lowered in NON_FIELD_KEYS:
        return True
    parts = lowered.split("_")
    if NON_FIELD_PARTS.intersection(parts):
        return True
    return any(_holds(parts, name) for name in sensitive_parts)


def _extras(record: logging.LogRecord) -> list[str]:
    return [k for k in record.__dict__ if k not in _STANDARD and not k.startswith("_")]


def _clean(value: Any) -> Any:
    """A value made safe to log: personal keys of mappings dropped, strings scrubbed."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items() if not is_personal_key(str(k))}
    if isinstance(value, list | tuple | set | frozenset):
        return [_clean(v) for v in value]
    return scrub(repr(value))


class PersonalFieldFilter(logging.Filter):
    """Drops ``extra`` keys named like personal fields."""

    def filter(self, record: logging.LogRecord) -> bool:
        for key in _extras(record):
            if is_personal_key(key):
                delattr(record, key)
        return True


class ScrubFilter(logging.Filter):
    """Scrubs the message, the exception text, the stack and the string extras of a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} (unformattable arguments)"
        record.msg, record.args = scrub(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        for key in _extras(record):
            record.__dict__[key] = _clean(record.__dict__[key])
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts (UTC), level, logger, msg, the extras, and exc when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key in _extras(record):
            entry.setdefault(key, record.__dict__[key])
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exc"] = record.exc_text
        if record.stack_info:
            entry["stack"] = record.stack_info
        return json.dumps(entry, ensure_ascii=False, default=str)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file whose every generation is created owner-only (0600)."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def make_handler(
    path: Path, *, max_bytes: int = 5 * 1024 * 1024, backup_count: int = 5
) -> logging.Handler:
    handler = PrivateRotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
    )
    handler.addFilter(PersonalFieldFilter())
    handler.addFilter(ScrubFilter())
    handler.setFormatter(JsonFormatter())
    setattr(handler, _HANDLER_MARK, True)
    return handler


def setup_logging(
    data_dir: str | os.PathLike[str],
    level: str | int = "INFO",
    *,
    max_bytes: int = 5 * 1024 * 1024,
    backup_count: int = 5,
) -> Path:
    """Send the root logger to ``<data_dir>/logs/kiosk.log`` (replacing an earlier call's handler) and
    return the file's path."""
    directory = Path(data_dir) / "logs"
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = directory / LOG_FILE_NAME
    root = logging.getLogger()
    teardown_logging()
    handler = make_handler(path, max_bytes=max_bytes, backup_count=backup_count)
    _complain_once(handler)
    root.addHandler(handler)
    root.setLevel(level.upper() if isinstance(level, str) else level)
    return path


def _complain_once(handler: logging.Handler) -> None:
    """A record the file cannot take (a full or read-only disk) is said once on stderr, in one line:
    never a traceback per record."""
    said = False

    def handle_error(record: logging.LogRecord) -> None:
        nonlocal said
        if not said:
            said = True
            error = sys.exc_info()[1]
            sys.stderr.write(f"kiosk: the log file cannot be written: {error}\n")

    handler.handleError = handle_error  # type: ignore[method-assign]


def teardown_logging() -> None:
    """Remove and close the handler :func:`setup_logging` installed."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_MARK, False):
            root.removeHandler(handler)
            handler.close()
