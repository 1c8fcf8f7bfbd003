"""Tracking codes (izləmə kodu): made on the kiosk, before any network, so an offline receipt is trackable.

A code is 15 random symbols (75 bits) of Crockford's base32 alphabet followed by one check symbol, shown in
four groups of four: ``K7QM-3XWD-9RTB-HN2F``.

The check symbol is a weighted sum over the finite field GF(32) (each symbol is an element of GF(2^5),
the weight of position i is alpha^(i+1) for a primitive element alpha). A single wrong symbol changes the sum by
``w_i * e`` with ``w_i != 0`` and ``e != 0``, which is never zero in a field; swapping two adjacent different
symbols a, b changes it by ``w_i * (a + b) * (1 + alpha)``, again a product of non-zero field elements.
So every single-symbol error and every adjacent transposition is caught, with a check symbol from the same
32-letter alphabet (Crockford's own mod-37 check needs five extra symbols such as ``*`` and ``~``).
"""

from __future__ import annotations

import secrets
import unicodedata

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_SYMBOLS = 15
CODE_SYMBOLS = DATA_SYMBOLS + 1
GROUP = 4
RANDOM_BITS = DATA_SYMBOLS * 5

_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
# Crockford's decoding rules: lower case accepted, I and L read as 1, O read as 0.
_VALUE.update({"I": 1, "L": 1, "O": 0})
# Between groups people type (or phones and word processors substitute) any dash or space: en and em dashes,
# the minus sign, non-breaking, thin and ideographic spaces, zero-width spaces.
_SEPARATOR_CATEGORIES = {"Pd", "Zs", "Zl", "Zp", "Cf"}


def _is_separator(ch: str) -> bool:
    return ch in "_.\u2212" or ch.isspace() or unicodedata.category(ch) in _SEPARATOR_CATEGORIES


def _without_separators(text: str) -> str:
    # NFKC first: full-width letters and digits (as some on-screen keyboards give) become ASCII ones.
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not _is_separator(ch))


# GF(2^5) with the primitive polynomial x^5 + x^2 + 1.
_POLY = 0b100101
_EXP: list[int] = []
_LOG: dict[int, int] = {}
_x = 1
for _i in range(31):
    _EXP.append(_x)
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0b100000:
        _x ^= _POLY
del _x, _i


def _mul(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return _EXP[(_LOG[a] + _LOG[b]) % 31]


def check_symbol(data: str) -> str:
    """The check symbol of ``data`` (already canonical symbols, at most 30 of them)."""
    if len(data) > 30:
        raise ValueError("at most 30 data symbols")
    acc = 0
    for i, ch in enumerate(data):
        acc ^= _mul(_EXP[(i + 1) % 31], _VALUE[ch])
    return ALPHABET[acc]


class InvalidTrackingCode(ValueError):
    """The text is not a tracking code. ``code`` is a message id the UI translates."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def format_code(canonical: str) -> str:
    """``K7QM3XWD9RTBHN2F`` → ``K7QM-3XWD-9RTB-HN2F``."""
    return "-".join(canonical[i : i + GROUP] for i in range(0, len(canonical), GROUP))


def new_code() -> str:
    """A fresh random tracking code, grouped with dashes."""
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_SYMBOLS))
    return format_code(data + check_symbol(data))


def _strip_url(text: str) -> str:
    # A receipt's QR holds ``{public_status_url}/t/{code}``; a scanner types that whole URL.
    if "/" in text:
        text = text.rstrip("/").rsplit("/", 1)[-1]
        text = text.split("?", 1)[0].split("#", 1)[0]
    return text


def parse(text: str) -> str:
    """Read a typed or scanned code (any case, with or without dashes or spaces of any kind, or a
    tracking URL).

    Returns the grouped canonical form, or raises :class:`InvalidTrackingCode` with
    ``tracking.empty``, ``tracking.length``, ``tracking.characters`` or ``tracking.check``.
    """
    if not isinstance(text, str):
        raise InvalidTrackingCode("tracking.characters")
    raw = _without_separators(_strip_url(text.strip())).upper()
    if not raw:
        raise InvalidTrackingCode("tracking.empty")
    if any(ch not in _VALUE for ch in raw):
        raise InvalidTrackingCode("tracking.characters")
    if len(raw) != CODE_SYMBOLS:
        raise InvalidTrackingCode("tracking.length")
    canonical = "".join(ALPHABET[_VALUE[ch]] for ch in raw)
    if check_symbol(canonical[:-1]) != canonical[-1]:
        raise InvalidTrackingCode("tracking.check")
    return format_code(canonical)


def is_valid(text: str) -> bool:
    try:
        parse(text)
    except InvalidTrackingCode:
        return False
    return True
