"""Water-meter reading for Azərsu (household consumers) — guide ``002``."""

import dataclasses
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from kiosk.core.i18n import QT_TRANSLATE_NOOP
from kiosk.core.services import common
from kiosk.core.services.model import Field, Service, Step

# Guide 002, 4: "Müraciət edənin telefon nömrəsi", the applicant's phone number: a landline as well as a
# mobile. Kept under the payload key ``mobile`` that every service's applicant number has.
PHONE = dataclasses.replace(
    common.MOBILE,
    validator="phone",
    label=QT_TRANSLATE_NOOP("Field", "Phone number"),
    hint=QT_TRANSLATE_NOOP("Hint", "A mobile or a landline number, e.g. 012 345 67 89"),
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
        ),
    ),
)
CONTACT = Step(
    "contact",
    QT_TRANSLATE_NOOP("Step", "Contact"),
    (
        common.EMAIL,
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
    statuses=("received", "accepted", "onsite_check", "invoice_formed", "rejected"),
    checks=(lower_than_last,),
    supplier=("water", "azersu"),
    receipt_fields=("subscriber_code",),
)
