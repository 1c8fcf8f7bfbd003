"""Locale-aware casing. Azerbaijani maps i ↔ İ and ı ↔ I; ``str.upper()`` does not (it gives ``"I"`` for
``"i"``), nor does Qt without ICU, so every upper- or lower-cased text goes through these helpers."""

from __future__ import annotations

import unicodedata

_AZ_UPPER = {ord("i"): "İ", ord("ı"): "I"}
_AZ_LOWER = {ord("İ"): "i", ord("I"): "ı"}
_FOLD = {ord("ə"): "e", ord("Ə"): "e", ord("ı"): "i", ord("İ"): "i"}


def upper(text: str, lang: str = "az") -> str:
    """Upper-case ``text`` by the rules of ``lang`` (``az``: i → İ, ı → I)."""
    if lang == "az":
        return text.translate(_AZ_UPPER).upper()
    return text.upper()


def lower(text: str, lang: str = "az") -> str:
    """Lower-case ``text`` by the rules of ``lang`` (``az``: İ → i, I → ı)."""
    if lang == "az":
        return text.translate(_AZ_LOWER).lower()
    return text.lower()


def fold(text: str) -> str:
    """A key for matching what people type against names: case-, accent- and dotted-i-insensitive.

    ``"ŞƏKİ"``, ``"Şəki"``, ``"seki"`` and ``"Sheki"``-less forms such as ``"şeki"`` all fold alike; the
    Cyrillic look-alike ``ә`` (U+04D9) folds like the Latin ``ə`` (U+0259).
    """
    text = text.replace("\u04d9", "\u0259").replace("\u04d8", "\u018f")
    text = text.translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("-", " ").split())
