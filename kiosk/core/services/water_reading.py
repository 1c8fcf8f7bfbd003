"""Water-meter reading for Azərsu (household consumers) — guide ``002``."""

import dataclasses
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from kiosk.core.i18n import QT_TRANSLATE_NOOP
from kiosk.core.services import common
from kiosk.core.services.model import Field, Service, Step

# Guide 002, 4: "Müraciət edənin telefon nömrəsi", the applicant's phone number: a landline as well as a
# mobile. Kept under the payload key ``mobile`` that every service's applicant number has. Progress goes
# to it by SMS when it is a mobile number (a landline gets none: central/notify).
PHONE = dataclasses.replace(
    common.MOBILE,
    validator="phone",
    label=QT_TRANSLATE_NOOP("Field", "Phone number"),
    hint=QT_TRANSLATE_NOOP("Hint", "A mobile or a landline number, e.g. 012 345 67 89"),
    notify="sms",
)
# Guide 002, 6: the applicant is e-mailed when the invoice is formed; without an e-mail they follow the
# application by SMS (a mobile number) or with the receipt's code.
EMAIL = dataclasses.replace(
    common.EMAIL,
    hint=QT_TRANSLATE_NOOP(
        "Hint",
        "Optional: the invoice notice is e-mailed here. Without it, follow your application by SMS "
        "(mobile numbers only) or with the code on your receipt.",
    ),
)
IDENTITY = dataclasses.replace(common.IDENTITY, fields=(common.FIN, PHONE))

# Guide 002, 2–3: the subscriber code is checked; name and address are shown from the registry.
SUBSCRIBER = Step(
    "subscriber",
    QT_TRANSLATE_NOOP("Step", "Your water subscription"),
    (
        Field(
            "subscriber_code",
            "azersu_subscriber",
            QT_TRANSLATE_NOOP("Field", "Azərsu subscriber code"),
            hint=QT_TRANSLATE_NOOP("Hint", "Printed on your water bill"),
            keyboard="numeric",
            lookup="azersu",
            # Guide 002, 2: a wrong subscriber code shows a warning and blocks the next step.
            lookup_not_found="block",
            not_found_message="subscriber.not_found",
            sensitive=True,  # names one household's account
        ),
        Field(
            "subscriber_name",
            "text",
            QT_TRANSLATE_NOOP("Field", "Subscriber"),
            validator="text",
            required=False,
            filled_by_lookup=True,
            sensitive=True,
        ),
        Field(
            "subscriber_address",
            "text",
            QT_TRANSLATE_NOOP("Field", "Address"),
            validator="text",
            required=False,
            filled_by_lookup=True,
            sensitive=True,
        ),
    ),
)

# Guide 002, 4: for each meter (an address may have several) the factory number, seal number, latest
# reading, its date and a photo on which the factory number and reading are legible (pdf, jpg, jpeg, png).
METER = (
    Field(
        "factory_number",
        "text",
        QT_TRANSLATE_NOOP("Field", "Meter factory number"),
        validator="meter_number",
        keyboard="code",
    ),
    Field(
        "seal_number",
        "text",
        QT_TRANSLATE_NOOP("Field", "Seal number"),
        validator="meter_number",
        hint=QT_TRANSLATE_NOOP(
            "Hint", "Stamped on the seal (plomb) that closes the meter: letters and digits"
        ),
        keyboard="code",
    ),
    Field(
        "reading",
        "number",
        QT_TRANSLATE_NOOP("Field", "Reading"),
        validator="reading",
        hint=QT_TRANSLATE_NOOP("Hint", "The black digits; up to 3 decimals"),
        keyboard="numeric",
    ),
    Field(
        "reading_date",
        "date",
        QT_TRANSLATE_NOOP("Field", "Date of the reading"),
        validator="reading_date",
        keyboard="numeric",
    ),
    Field(
        "photo",
        "file",
        QT_TRANSLATE_NOOP("Field", "Photo of the meter"),
        hint=QT_TRANSLATE_NOOP("Hint", "The factory number and the reading must be legible"),
        accept=("application/pdf", "image/jpeg", "image/png"),
        picker_title=QT_TRANSLATE_NOOP("FilePicker", "Choose the photo of your meter"),
        sensitive=True,
    ),
)
METERS = Step(
    "meters",
    QT_TRANSLATE_NOOP("Step", "Meter readings"),
    (
        Field(
            "meters",
            "group",
            QT_TRANSLATE_NOOP("Field", "Meters"),
            fields=METER,
            min_items=1,
            max_items=6,
            item_label=QT_TRANSLATE_NOOP("GroupField", "Meter %1"),
            add_label=QT_TRANSLATE_NOOP("GroupField", "Add another meter"),
            remove_label=QT_TRANSLATE_NOOP("GroupField", "Remove this meter"),
        ),
    ),
)
CONTACT = Step(
    "contact",
    QT_TRANSLATE_NOOP("Step", "Contact"),
    (
        EMAIL,
        Field(
            "notes", "text", QT_TRANSLATE_NOOP("Field", "Notes"), required=False, validator="text"
        ),
    ),
)


def lower_than_last(answers: Mapping[str, Any]) -> list[tuple[str, dict[str, str]]]:
    """Guide 002, 6: a reading that contradicts the registry is allowed, but the meter is then checked on
    site and that reading wins — so the applicant is told."""
    known = {
        m.get("factory_number"): m.get("last_reading") for m in answers.get("known_meters") or []
    }
    warnings = []
    for index, meter in enumerate(answers.get("meters") or []):
        last = known.get(str(meter.get("factory_number", "")).upper())
        try:
            reading = Decimal(str(meter.get("reading")).strip().replace(",", "."))
            if last is not None and reading < Decimal(str(last)):
                warnings.append(("reading.below_last", {"item": str(index + 1), "last": str(last)}))
        except (InvalidOperation, ValueError):
            continue
    return warnings


SERVICE = Service(
    id="water_reading",
    title=QT_TRANSLATE_NOOP("Service", "Water-meter reading"),
    description=QT_TRANSLATE_NOOP("Service", "Submit your water-meter readings to Azərsu"),
    icon="water.svg",
    steps=(IDENTITY, SUBSCRIBER, METERS, CONTACT, common.REVIEW),
    fee=None,
    consumer="household",
    source="Guide 002 (Azərsu meter-reading e-service)",
    # Guide 002, 6: staff check the reading; one that contradicts the registry is checked on site.
    flow={
        "received": ("accepted", "onsite_check"),
        "accepted": ("invoice_formed",),
        "onsite_check": ("invoice_formed",),
        "invoice_formed": (),
    },
    next_steps={
        "received": QT_TRANSLATE_NOOP(
            "NextStep", "Your reading is registered. Azərsu staff will check it."
        ),
    },
    checks=(lower_than_last,),
    supplier=("water", "azersu"),
    receipt_fields=("subscriber_code",),
    # Azərsu e-service guide, step 6: staff check the reading; a contradiction means an on-site check.
    receipt_next=QT_TRANSLATE_NOOP(
        "Receipt",
        "Azərsu checks your reading. If it differs from the records, the meter is checked on site and "
        "that reading is used. Then your invoice is formed.",
    ),
    order=40,
    example={
        "fin": "5ABCD7K",
        "mobile": "+994 55 765 43 21",
        "subscriber_code": "10203040",
        "meters": [
            {
                "factory_number": "ZN-2019/44817",
                "seal_number": "PL778812",
                "reading": "1234,567",
                "photo": "meter-1.png",
            }
        ],
        "email": "gulsen@example.az",
        "notes": "Sayğac zirzəmidədir",
    },
)
