"""The phone photo page (docs/PHOTOS.md): a plain HTML form, no script, phone-sized, in az/ru/en.

An old Android browser shows it and sends the photo with the form's own multipart POST; the page only
ever says what happened in the phone's language. Its look is the tracking page's (central/pages.py).
"""

from __future__ import annotations

from html import escape

from central import pages, texts
from central.handoffs import MAX_PHOTO_BYTES
from kiosk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "PhonePage"

TEXT: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("PhonePage", "Photo for your application"),
    "intro": QT_TRANSLATE_NOOP(
        "PhonePage",
        "Take a photo of the meter on which its factory number and reading can be read, or choose "
        "one you have taken.",
    ),
    "photo": QT_TRANSLATE_NOOP("PhonePage", "Photo"),
    "meter": QT_TRANSLATE_NOOP("PhonePage", "Meter {n}"),
    "send": QT_TRANSLATE_NOOP("PhonePage", "Send the photo"),
    "hint": QT_TRANSLATE_NOOP(
        "PhonePage", "JPEG or PNG, up to {max} MB. The photo goes only to your application."
    ),
    "received_kiosk": QT_TRANSLATE_NOOP(
        "PhonePage", "The photo has arrived. You can go on at the kiosk."
    ),
    "received_application": QT_TRANSLATE_NOOP(
        "PhonePage", "The photo has been added to your application. Thank you."
    ),
    "used": QT_TRANSLATE_NOOP(
        "PhonePage",
        "This link has already been used. For another photo, ask the kiosk for a new code.",
    ),
    "expired": QT_TRANSLATE_NOOP(
        "PhonePage", "This link has expired. Ask the kiosk for a new code."
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "PhonePage", "This link or code is not valid. Check the code shown on the kiosk."
    ),
    "file.too_large": QT_TRANSLATE_NOOP(
        "PhonePage",
        "The photo is too large: at most {max} MB. Choose a smaller photo or take it again at a "
        "lower resolution.",
    ),
    "file.type": QT_TRANSLATE_NOOP(
        "PhonePage", "This file is not a photo. Choose a JPEG or PNG photo."
    ),
    "file.damaged": QT_TRANSLATE_NOOP(
        "PhonePage", "This photo cannot be read, or it is far too large in pixels. Take it again."
    ),
    "file.empty": QT_TRANSLATE_NOOP("PhonePage", "No photo was chosen. Choose or take a photo."),
    "try_again": QT_TRANSLATE_NOOP("PhonePage", "Try again"),
    "code_title": QT_TRANSLATE_NOOP("PhonePage", "Type the code shown on the kiosk"),
    "code_label": QT_TRANSLATE_NOOP("PhonePage", "Code (8 letters and digits)"),
    "open": QT_TRANSLATE_NOOP("PhonePage", "Open"),
    "bad_code": QT_TRANSLATE_NOOP(
        "PhonePage", "This code is not valid. It has 8 letters and digits, as shown on the kiosk."
    ),
    "too_many": QT_TRANSLATE_NOOP("PhonePage", "Too many requests. Please try again shortly."),
    "privacy": QT_TRANSLATE_NOOP(
        "PhonePage", "The photo is used only for your application and is not kept on this page."
    ),
}

_CSS = """
form{margin:0}
label{display:block;font-weight:600;margin:.2rem 0 .5rem}
input[type=file],input[type=text]{display:block;width:100%;font-size:1.05rem;padding:.6rem;
border:1px solid #9aa7b8;border-radius:.5rem;background:#fff;margin:0 0 .8rem}
button,.button{display:block;width:100%;font-size:1.15rem;font-weight:700;padding:.9rem;
border:0;border-radius:.6rem;background:#0b5cad;color:#fff;text-align:center;text-decoration:none}
.error{color:#a4141c;font-weight:700}
.ok{color:#17653a;font-weight:700;font-size:1.2rem}
"""


def t(key: str, lang: str, **params: str) -> str:
    text = texts.text(CONTEXT, TEXT[key], lang)
    for name, value in params.items():
        text = text.replace("{" + name + "}", value)
    return text


def field_label(field: str, lang: str) -> str:
    """``meters.1.photo`` → "Meter 2"; a top-level photo field → "Photo"."""
    parts = field.split(".")
    if len(parts) == 3 and parts[1].isdigit():
        return t("meter", lang, n=str(int(parts[1]) + 1))
    return t("photo", lang)


def _page(lang: str, body: str, path: str) -> str:
    """The tracking page's frame and look (central/pages.py), with this page's title and footer."""
    title = escape(t("title", lang))
    links = "".join(
        f'<a href="{escape(path)}?lang={code}"'
        + (' aria-current="true"' if code == lang else "")
        + f' hreflang="{code}" lang="{code}">{escape(name)}</a>'
        for code, name in texts.LANGUAGE_NAMES.items()
    )
    return (
        "<!doctype html>\n"
        f'<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex">'
        f"<title>{title}</title><style>{pages.STYLE}{_CSS}</style></head>"
        f"<body><main><header><h1>{title}</h1><nav>{links}</nav></header>"
        f"{body}<footer>{escape(t('privacy', lang))}</footer></main></body></html>\n"
    )


def upload_form(lang: str, path: str, field: str, error: str | None = None) -> str:
    """The form: one file input that opens the camera on most phones, and a send button."""
    max_mb = str(MAX_PHOTO_BYTES // (1024 * 1024))
    problem = (
        f'<p class="error" role="alert">{escape(t(error, lang, max=max_mb))}</p>' if error else ""
    )
    body = (
        '<section class="card">'
        f"{problem}"
        f'<p class="value">{escape(t("intro", lang))}</p>'
        f'<form method="post" enctype="multipart/form-data" action="{escape(path)}?lang={lang}">'
        f'<label for="photo">{escape(field_label(field, lang))}</label>'
        '<input type="file" id="photo" name="photo" accept="image/*" capture="environment" '
        "required>"
        f'<p class="label">{escape(t("hint", lang, max=max_mb))}</p>'
        f'<button type="submit">{escape(t("send", lang))}</button>'
        "</form></section>"
    )
    return _page(lang, body, path)


def message(lang: str, path: str, key: str, ok: bool = False, retry: bool = False) -> str:
    """A page that says one thing: the photo arrived, or why the link cannot take one."""
    css = "ok" if ok else "value"
    again = (
        f'<p><a class="button" href="{escape(path)}?lang={lang}">{escape(t("try_again", lang))}</a></p>'
        if retry
        else ""
    )
    body = f'<section class="card"><p class="{css}" role="status">{escape(t(key, lang, max=str(MAX_PHOTO_BYTES // (1024 * 1024))))}</p>{again}</section>'
    return _page(lang, body, path)


def code_form(lang: str, error: bool = False) -> str:
    """``/p``: where a phone whose camera cannot read the QR code types the kiosk's short code."""
    problem = f'<p class="error" role="alert">{escape(t("bad_code", lang))}</p>' if error else ""
    body = (
        '<section class="card">'
        f'<p class="status">{escape(t("code_title", lang))}</p>{problem}'
        '<form method="get" action="/p">'
        f'<input type="hidden" name="lang" value="{lang}">'
        f'<label for="code">{escape(t("code_label", lang))}</label>'
        '<input type="text" id="code" name="code" autocomplete="off" autocapitalize="characters" '
        'spellcheck="false" maxlength="12" required>'
        f'<button type="submit">{escape(t("open", lang))}</button>'
        "</form></section>"
    )
    return _page(lang, body, "/p")
