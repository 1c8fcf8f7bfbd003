"""The tracking page a phone opens from the receipt's QR code: small, self-contained HTML."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any
from urllib.parse import quote

from central import texts
from kiosk.core.i18n import QT_TRANSLATE_NOOP

_CSS = """
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
background:#f3f5f8;color:#1c2430;line-height:1.45}
main{max-width:34rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;align-items:center;gap:.5rem;flex-wrap:wrap}
h1{font-size:1.3rem;margin:.5rem 0}
nav a{margin-left:.6rem;color:#0b5cad;text-decoration:none;font-size:.95rem}
nav a[aria-current]{font-weight:700;text-decoration:underline}
.card{background:#fff;border-radius:.8rem;padding:1rem 1.1rem;margin:.8rem 0;
box-shadow:0 1px 3px rgba(0,0,0,.08)}
.label{color:#5a6575;font-size:.85rem;margin:0}
.value{font-size:1.05rem;margin:.1rem 0 .7rem}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;letter-spacing:.06em}
.status{font-size:1.35rem;font-weight:700;color:#0b5cad;margin:.1rem 0 .7rem}
ol{list-style:none;padding:0;margin:0}
li{padding:.45rem 0 .45rem 1.1rem;border-left:3px solid #c9d3e0;position:relative}
li:last-child{border-left-color:#0b5cad;font-weight:600}
time{display:block;color:#5a6575;font-size:.85rem;font-weight:400}
footer{color:#5a6575;font-size:.8rem;text-align:center;margin:1rem 0}
"""


def _shell(lang: str, title: str, body: str, code_path: str) -> str:
    links = "".join(
        f'<a href="{escape(code_path)}?lang={code}"'
        + (' aria-current="true"' if code == lang else "")
        + f' hreflang="{code}" lang="{code}">{escape(name)}</a>'
        for code, name in texts.LANGUAGE_NAMES.items()
    )
    return (
        "<!doctype html>\n"
        f'<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head>"
        f"<body><main><header><h1>{escape(title)}</h1><nav>{links}</nav></header>"
        f"{body}<footer>{escape(texts.page_text('privacy', lang))}</footer></main></body></html>\n"
    )


def _when(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%d.%m.%Y %H:%M")


def status_page(
    view: dict[str, Any], lang: str, rating: str = "", missing_photos: list[str] | None = None
) -> str:
    """The status card and the timeline; ``missing_photos``: the "Add the missing photo" block
    (central/phone_pages.py); ``rating``: the rating card (central/rating_form.py) below."""

    def t(key: str) -> str:
        return escape(texts.page_text(key, lang))

    items = "".join(
        f'<li>{escape(ev["status_text"])}<time datetime="{escape(ev["at"])}">'
        f"{_when(ev['at'])}</time></li>"
        for ev in view["timeline"]
    )
    body = (
        '<section class="card">'
        f'<p class="label">{t("tracking_code")}</p>'
        f'<p class="value code">{escape(view["tracking_code"])}</p>'
        f'<p class="label">{t("service")}</p>'
        f'<p class="value">{escape(texts.service_name(view["service"], lang))}</p>'
        f'<p class="label">{t("status")}</p>'
        f'<p class="status">{escape(view["status_text"])}</p>'
        + (
            f'<p class="label">{t("reason")}</p>'
            f'<p class="value reason">{escape(view["reason_text"])}</p>'
            if view.get("reason_text")
            else ""
        )
        + f'<p class="label">{t("next_step")}</p>'
        f'<p class="value">{escape(view["next_step"])}</p>'
        f'<p class="label">{t("updated")}: {_when(view["updated_at"])}</p>'
        "</section>"
        f'<section class="card"><p class="label">{t("timeline")}</p><ol>{items}</ol></section>'
        + missing_photos_block(view["tracking_code"], missing_photos or [], lang)
        + rating
    )
    return _shell(lang, texts.page_text("title", lang), body, _path(view["tracking_code"]))


def not_found_page(text: str, lang: str) -> str:
    body = (
        '<section class="card">'
        f'<p class="status">{escape(texts.page_text("not_found_title", lang))}</p>'
        f'<p class="value code">{escape(text[:40])}</p>'
        f'<p class="value">{escape(texts.page_text("not_found_text", lang))}</p>'
        "</section>"
    )
    return _shell(lang, texts.page_text("title", lang), body, _path(text[:40]))


def too_many_page(lang: str, code_path: str) -> str:
    body = f'<section class="card"><p class="value">{escape(texts.page_text("too_many", lang))}</p></section>'
    return _shell(lang, texts.page_text("title", lang), body, _path(code_path[:40]))


def rating_invalid_page(code: str, lang: str) -> str:
    """A rating that is not 1 to 5 (the form sends nothing else): say so, link back."""
    from central import rating_form

    return _shell(
        lang, texts.page_text("title", lang), rating_form.invalid_body(code, lang), _path(code)
    )


def _path(code: str) -> str:
    return "/t/" + quote(code, safe="-")


# --- Photos to follow (docs/PHOTOS.md): the status page's "Add the missing photo" block -------------

# The page's look, for the phone photo page (central/phone_pages.py).
STYLE = _CSS

MISSING_PHOTO_TEXT = {
    "title": QT_TRANSLATE_NOOP("StatusPage", "A photo is still missing"),
    "text": QT_TRANSLATE_NOOP(
        "StatusPage",
        "Your application waits for the photo of the meter on which its factory number and reading "
        "can be read.",
    ),
    "add": QT_TRANSLATE_NOOP("StatusPage", "Add the missing photo"),
}


def missing_photos_block(tracking_code: str, fields: list[str], lang: str) -> str:
    """One card per photo the application waits for, each a button to the phone photo page (a plain
    POST form: a crawler following links opens no hand-off). Empty when it waits for none."""
    if not fields:
        return ""
    from central.phone_pages import field_label

    def t(key: str) -> str:
        return escape(texts.text(texts.PAGE_CONTEXT, MISSING_PHOTO_TEXT[key], lang))

    forms = "".join(
        f'<form method="post" action="{escape(_path(tracking_code))}/photo?lang={lang}">'
        f'<input type="hidden" name="field" value="{escape(field)}">'
        f'<p class="label">{escape(field_label(field, lang))}</p>'
        f'<button type="submit" class="add-photo">{t("add")}</button></form>'
        for field in fields
    )
    style = (
        "<style>.add-photo{display:block;width:100%;font-size:1.1rem;font-weight:700;"
        "padding:.8rem;margin:.2rem 0 .8rem;border:0;border-radius:.6rem;background:#0b5cad;"
        "color:#fff}</style>"
    )
    return (
        f'<section class="card" id="missing-photos">{style}<p class="status">{t("title")}</p>'
        f'<p class="value">{t("text")}</p>{forms}</section>'
    )
