"""The English source text of every message id the core returns (validation errors, fee errors,
warnings, statuses). The UI and the receipts translate them under the context ``Message``; ``%1``-style
placeholders take the error's parameters in the order given by :data:`PLACEHOLDERS`.
"""

from __future__ import annotations

from collections.abc import Mapping

from kiosk.core.i18n import QT_TRANSLATE_NOOP, fill, translate

CONTEXT = "Message"

TEXTS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Message", "Please fill this in."),
    "field.unknown": QT_TRANSLATE_NOOP("Message", "This field does not belong to the form."),
    "fin.length": QT_TRANSLATE_NOOP("Message", "The FIN has 7 characters."),
    "fin.characters": QT_TRANSLATE_NOOP("Message", "The FIN has only Latin letters and digits."),
    "fin.letters_io": QT_TRANSLATE_NOOP(
        "Message", "The FIN has no letters I or O: type the digits 1 or 0."
    ),
    "voen.digits": QT_TRANSLATE_NOOP("Message", "The VÖEN has only digits."),
    "voen.length": QT_TRANSLATE_NOOP("Message", "The VÖEN has 10 digits."),
    "voen.last_digit": QT_TRANSLATE_NOOP("Message", "The last digit of a VÖEN is 1 or 2."),
    "mobile.invalid": QT_TRANSLATE_NOOP(
        "Message", "This is not a valid phone number, e.g. 050 123 45 67."
    ),
    "mobile.not_azerbaijani": QT_TRANSLATE_NOOP(
        "Message", "Please give an Azerbaijani mobile number (+994)."
    ),
    "mobile.not_mobile": QT_TRANSLATE_NOOP(
        "Message", "This is a landline; please give a mobile number."
    ),
    "phone.characters": QT_TRANSLATE_NOOP(
        "Message", "A phone number has only digits, spaces and + - ( ) ."
    ),
    "phone.invalid": QT_TRANSLATE_NOOP(
        "Message", "This is not a valid phone number, e.g. 012 345 67 89 or 050 123 45 67."
    ),
    "phone.not_azerbaijani": QT_TRANSLATE_NOOP(
        "Message", "Please give an Azerbaijani phone number (+994)."
    ),
    "email.format": QT_TRANSLATE_NOOP("Message", "This is not a valid e-mail address."),
    "subscriber.digits": QT_TRANSLATE_NOOP("Message", "The subscriber code has only digits."),
    "subscriber.length": QT_TRANSLATE_NOOP("Message", "The subscriber code has %1 digits."),
    "subscriber.length_range": QT_TRANSLATE_NOOP(
        "Message", "The subscriber code has %1 to %2 digits."
    ),
    "subscriber.not_found": QT_TRANSLATE_NOOP("Message", "No subscriber with this code was found."),
    "meter.number_format": QT_TRANSLATE_NOOP(
        "Message", "Use Latin letters and digits, as on the meter."
    ),
    "number.format": QT_TRANSLATE_NOOP("Message", "Please enter a number, e.g. 12,5."),
    "reading.negative": QT_TRANSLATE_NOOP("Message", "A reading cannot be negative."),
    "reading.decimals": QT_TRANSLATE_NOOP("Message", "At most %1 digits after the comma."),
    "reading.too_large": QT_TRANSLATE_NOOP("Message", "This reading is too large."),
    "reading.below_last": QT_TRANSLATE_NOOP(
        "Message",
        "Meter %1: the reading is lower than the last one (%2). You can send it; the meter "
        "will then be checked on site.",
    ),
    "date.format": QT_TRANSLATE_NOOP("Message", "Please enter a date as dd.mm.yyyy."),
    "date.future": QT_TRANSLATE_NOOP("Message", "The date cannot be in the future."),
    "date.too_old": QT_TRANSLATE_NOOP("Message", "This date is too far in the past."),
    "power.positive": QT_TRANSLATE_NOOP("Message", "The power must be greater than zero."),
    "power.max": QT_TRANSLATE_NOOP("Message", "At most %1 kW."),
    "power.decimals": QT_TRANSLATE_NOOP("Message", "At most %1 digits after the comma, e.g. 7,25."),
    "power.format": QT_TRANSLATE_NOOP("Message", "Please enter the power as a number."),
    "station.over_connected": QT_TRANSLATE_NOOP(
        "Message", "The station cannot exceed the object's connected power (%1 kW)."
    ),
    "phase.choice": QT_TRANSLATE_NOOP("Message", "Choose single-phase or three-phase."),
    "district.unknown": QT_TRANSLATE_NOOP("Message", "Choose a district or city from the list."),
    # Strategy 000, 1: Azərişıq serves all of Azerbaijan except the Nakhchivan Autonomous Republic.
    "district.served_by.electricity.nakhchivan": QT_TRANSLATE_NOOP(
        "Message",
        "The Nakhchivan Autonomous Republic has its own electricity supplier, not Azərişıq: "
        "please apply to it there.",
    ),
    "district.served_by.water.nakhchivan": QT_TRANSLATE_NOOP(
        "Message",
        "The Nakhchivan Autonomous Republic has its own water supplier, not Azərsu: "
        "please apply to it there.",
    ),
    "tracking.empty": QT_TRANSLATE_NOOP("Message", "Please enter the tracking code."),
    "tracking.length": QT_TRANSLATE_NOOP("Message", "A tracking code has 16 characters."),
    "tracking.characters": QT_TRANSLATE_NOOP(
        "Message", "A tracking code has only Latin letters and digits."
    ),
    "tracking.check": QT_TRANSLATE_NOOP(
        "Message", "This code has a typo: please check each character."
    ),
    "name.characters": QT_TRANSLATE_NOOP("Message", "Use letters only."),
    "text.too_long": QT_TRANSLATE_NOOP("Message", "At most %1 characters."),
    "text.format": QT_TRANSLATE_NOOP("Message", "This text has characters that cannot be used."),
    "registry.format": QT_TRANSLATE_NOOP("Message", "Use Latin letters, digits and / . -"),
    "iban.format": QT_TRANSLATE_NOOP(
        "Message", "An Azerbaijani IBAN starts with AZ and has 28 characters."
    ),
    "iban.check": QT_TRANSLATE_NOOP("Message", "This IBAN has a typo."),
    "choice.invalid": QT_TRANSLATE_NOOP("Message", "Please choose one of the options."),
    "group.min_items": QT_TRANSLATE_NOOP("Message", "Add at least %1."),
    "group.max_items": QT_TRANSLATE_NOOP("Message", "At most %1."),
    "file.required": QT_TRANSLATE_NOOP("Message", "Please add a photo or a PDF."),
    "file.empty": QT_TRANSLATE_NOOP("Message", "The file is empty."),
    "file.too_large": QT_TRANSLATE_NOOP("Message", "The file is too large (at most %1 MB)."),
    "file.total": QT_TRANSLATE_NOOP(
        "Message",
        "Together the photos are too large to send (at most %1 MB): use smaller photos, or fewer.",
    ),
    "file.type": QT_TRANSLATE_NOOP("Message", "Only PDF, JPEG or PNG files can be used."),
    "file.damaged": QT_TRANSLATE_NOOP(
        "Message", "The file is damaged or is not a real photo or PDF."
    ),
    "file.unreadable": QT_TRANSLATE_NOOP("Message", "The file cannot be read."),
    "phone.unavailable": QT_TRANSLATE_NOOP(
        "Message",
        "This kiosk cannot take a photo from a phone now. Use a USB stick, or send the photo later.",
    ),
    "fee.no_schedule": QT_TRANSLATE_NOOP("Message", "No tariff is in force for this date."),
    "fee.no_line": QT_TRANSLATE_NOOP("Message", "The tariff has no fee for this power and supply."),
    "fee.no_period": QT_TRANSLATE_NOOP(
        "Message", "This connection period is not offered at present."
    ),
    "fee.service": QT_TRANSLATE_NOOP("Message", "This service has no connection fee."),
    "fee.none": QT_TRANSLATE_NOOP("Message", "This service has no fee."),
    "netmeter.months": QT_TRANSLATE_NOOP("Message", "Give 12 monthly values."),
    "netmeter.negative": QT_TRANSLATE_NOOP("Message", "Values cannot be negative."),
    "netmeter.tariff": QT_TRANSLATE_NOOP("Message", "Tariffs cannot be negative."),
}

# The order in which an error's parameters fill %1, %2…
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "subscriber.length": ("length",),
    "subscriber.length_range": ("min", "max"),
    "reading.decimals": ("decimals",),
    "reading.below_last": ("item", "last"),
    "power.max": ("max",),
    "power.decimals": ("decimals",),
    "station.over_connected": ("max",),
    "text.too_long": ("max",),
    "group.min_items": ("min",),
    "group.max_items": ("max",),
    "file.too_large": ("max_mb",),
    "file.total": ("max_mb",),
}


def source_text(code: str) -> str:
    return TEXTS.get(code, code)


def args(code: str, params: Mapping[str, str]) -> list[str]:
    return [str(params.get(name, "")) for name in PLACEHOLDERS.get(code, ())]


def render(
    code: str,
    params: Mapping[str, str] | None = None,
    lang: str = "en",
) -> str:
    """The message for ``code`` in ``lang`` with its parameters filled in (Qt-free; the UI uses tr())."""
    text = translate(CONTEXT, source_text(code), lang) if code in TEXTS else code
    return fill(text, *args(code, params or {}))
