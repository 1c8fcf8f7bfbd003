"""The "How was the service?" form of the phone's status page (``/t/{code}``): five buttons, no script.

A button posts ``score`` to ``/t/{code}/rating`` (central/routes/ratings.py), which answers with a
redirect back to the page and its thanks. The words are context ``StatusPage``.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from central import texts
from kiosk.core.i18n import QT_TRANSLATE_NOOP

SCORES = (1, 2, 3, 4, 5)

TEXTS: dict[str, str] = {
    "question": QT_TRANSLATE_NOOP("StatusPage", "How was the service?"),
    "scale": QT_TRANSLATE_NOOP("StatusPage", "1 is very bad, 5 is very good."),
    "score": QT_TRANSLATE_NOOP("StatusPage", "Rate %1 out of 5"),
    "thanks": QT_TRANSLATE_NOOP("StatusPage", "Thank you for your rating."),
    "invalid": QT_TRANSLATE_NOOP("StatusPage", "Choose a rating from 1 to 5."),
    "back": QT_TRANSLATE_NOOP("StatusPage", "Back to the application"),
}

CSS = """
.rate{display:flex;gap:.5rem;margin:.5rem 0 0}
.rate button{flex:1;min-height:3rem;font-size:1.2rem;font-weight:700;border:1px solid #0b5cad;
border-radius:.6rem;background:#fff;color:#0b5cad}
.thanks{color:#1d6b2f;font-weight:600}
"""


def text(key: str, lang: str) -> str:
    return texts.text("StatusPage", TEXTS[key], lang)


def action(code: str, lang: str) -> str:
    return f"/t/{quote(code, safe='-')}/rating?lang={lang}"


def block(code: str, lang: str, thanked: bool) -> str:
    """The rating card of the status page: the thanks after a rating, else the question."""
    if thanked:
        return (
            f'<section class="card" id="rating"><style>{CSS}</style>'
            f'<p class="value thanks" role="status">{escape(text("thanks", lang))}</p></section>'
        )
    buttons = "".join(
        f'<button type="submit" name="score" value="{n}" '
        f'aria-label="{escape(text("score", lang).replace("%1", str(n)))}">{n}</button>'
        for n in SCORES
    )
    return (
        f'<section class="card" id="rating"><style>{CSS}</style>'
        f'<p class="label">{escape(text("question", lang))}</p>'
        f'<p class="label">{escape(text("scale", lang))}</p>'
        f'<form method="post" action="{escape(action(code, lang))}" class="rate">{buttons}</form>'
        "</section>"
    )


def invalid_body(code: str, lang: str) -> str:
    back = f"/t/{quote(code, safe='-')}?lang={lang}"
    return (
        '<section class="card">'
        f'<p class="value">{escape(text("invalid", lang))}</p>'
        f'<p class="value"><a href="{escape(back)}">{escape(text("back", lang))}</a></p>'
        "</section>"
    )
