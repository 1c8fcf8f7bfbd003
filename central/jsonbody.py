"""Strict JSON for every request body: what the parser accepts, every later step can hold.

Python's ``json`` accepts texts that fail later, far from the parser, as a 500: arrays nested a
thousand deep (``RecursionError`` in whatever walks them next), integers of more than 4,300 digits
(``ValueError`` on conversion), lone surrogates such as ``"A\\ud800B"`` (``UnicodeEncodeError`` when
the text is hashed or stored), and the non-standard ``NaN``, ``Infinity`` and ``1e999`` (which JSON
does not have). :func:`loads` refuses each of them at once with a code of its own, answered as a 422
``invalid_payload`` whose ``errors`` name the ``body`` (docs/WIRE.md "Error codes").
"""

from __future__ import annotations

import json
import math
from typing import Any

# Deeper than any envelope (submission → payload → group → entry → value is 5 levels).
MAX_DEPTH = 32
# A JSON integer of more characters is refused; amounts travel as strings (docs/WIRE.md).
MAX_INTEGER_CHARS = 40

INVALID_JSON = "invalid_json"
TOO_DEEP = "too_deep"
NUMBER_TOO_LONG = "number_too_long"
NOT_FINITE = "not_finite"
INVALID_UNICODE = "invalid_unicode"


class BadJson(Exception):
    """The body is not strict JSON; ``code`` says why (one of the codes above)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_CHARS:
        raise BadJson(NUMBER_TOO_LONG)
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e999
        raise BadJson(NOT_FINITE)
    return value


def _constant(_text: str) -> Any:
    raise BadJson(NOT_FINITE)  # NaN, Infinity, -Infinity


def _encodable(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check(value: Any) -> None:
    """Raise :class:`BadJson` when ``value`` nests deeper than :data:`MAX_DEPTH` or holds a string
    (or an object key) that is not valid Unicode. Iterative: no recursion, whatever the depth."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if not _encodable(item):
                raise BadJson(INVALID_UNICODE)
        elif isinstance(item, dict | list):
            if depth >= MAX_DEPTH:
                raise BadJson(TOO_DEEP)
            if isinstance(item, dict):
                for key, sub in item.items():
                    if not _encodable(key):
                        raise BadJson(INVALID_UNICODE)
                    stack.append((sub, depth + 1))
            else:
                stack.extend((sub, depth + 1) for sub in item)


def loads(raw: bytes | str) -> Any:
    """The value of the JSON text ``raw``; :class:`BadJson` for anything but strict JSON."""
    try:
        value = json.loads(raw, parse_int=_integer, parse_float=_float, parse_constant=_constant)
    except BadJson:
        raise
    except RecursionError:
        raise BadJson(TOO_DEEP) from None
    except (UnicodeDecodeError, ValueError):  # json.JSONDecodeError is a ValueError
        raise BadJson(INVALID_JSON) from None
    check(value)
    return value
