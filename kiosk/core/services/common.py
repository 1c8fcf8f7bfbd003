"""Steps and fields that several services share."""

from __future__ import annotations

from dataclasses import replace

from kiosk.core.i18n import QT_TRANSLATE_NOOP
from kiosk.core.services.model import Choice, Field, Step

FIN = Field(
    "fin",
    "fin",
    QT_TRANSLATE_NOOP("Field", "FIN (personal identification number)"),
    hint=QT_TRANSLATE_NOOP("Hint", "7 characters on your ID card, e.g. 5ABCD7K"),
    keyboard="code",
    lookup="person",
    sensitive=True,
)
MOBILE = Field(
    "mobile",
    "mobile",
    QT_TRANSLATE_NOOP("Field", "Mobile number"),
    hint=QT_TRANSLATE_NOOP("Hint", "An active mobile number: we send the result by SMS"),
    keyboard="phone",
    sensitive=True,
    notify="sms",
)
SURNAME = Field(
    "surname",
    "text",
    QT_TRANSLATE_NOOP("Field", "Surname"),
    validator="person_name",
    filled_by_lookup=True,
    sensitive=True,
)
GIVEN_NAME = Field(
    "given_name",
    "text",
    QT_TRANSLATE_NOOP("Field", "Name"),
    validator="person_name",
    filled_by_lookup=True,
    sensitive=True,
)
PATRONYMIC = Field(
    "patronymic",
    "text",
    QT_TRANSLATE_NOOP("Field", "Patronymic"),
    required=False,
    validator="person_name",
    filled_by_lookup=True,
    sensitive=True,
)
ADDRESS = Field(
    "address",
    "text",
    QT_TRANSLATE_NOOP("Field", "Registered address"),
    validator="text",
    filled_by_lookup=True,
    sensitive=True,
)
EMAIL = Field(
    "email",
    "email",
    QT_TRANSLATE_NOOP("Field", "E-mail"),
    required=False,
    keyboard="email",
    sensitive=True,
    notify="email",
)

# Guide 001, 1 and 2.1: sign-in, then the main data filled in from state registries.
IDENTITY = Step(
    "identity",
    QT_TRANSLATE_NOOP("Step", "Your identity"),
    (FIN, MOBILE),
    hint=QT_TRANSLATE_NOOP(
        "Hint", "When the kiosk is online, your details are filled in from the state registry."
    ),
)
APPLICANT = Step(
    "applicant",
    QT_TRANSLATE_NOOP("Step", "Your details"),
    (SURNAME, GIVEN_NAME, PATRONYMIC, ADDRESS),
)
CONTACT = Step(
    "contact",
    QT_TRANSLATE_NOOP("Step", "Contact"),
    (EMAIL,),
    hint=QT_TRANSLATE_NOOP("Hint", "Optional: we also send the result by e-mail."),
)
REVIEW = Step("review", QT_TRANSLATE_NOOP("Step", "Check your answers"), kind="review")

PERIOD = Field(
    "period",
    "choice",
    QT_TRANSLATE_NOOP("Field", "Execution period of the work"),
    choices=(
        Choice("standard", QT_TRANSLATE_NOOP("Choice", "Standard")),
        Choice("accelerated", QT_TRANSLATE_NOOP("Choice", "Accelerated")),
    ),
)
PHASE = Field(
    "phase",
    "choice",
    QT_TRANSLATE_NOOP("Field", "Phase"),
    validator="phase",
    choices=(
        Choice("1", QT_TRANSLATE_NOOP("Choice", "Single-phase (1)")),
        Choice("3", QT_TRANSLATE_NOOP("Choice", "Three-phase (3)")),
    ),
)
POWER = Field(
    "power_kw",
    "power",
    QT_TRANSLATE_NOOP("Field", "Required power, kW"),
    hint=QT_TRANSLATE_NOOP("Hint", "Up to 150 kW, with up to 2 decimals, e.g. 7,25"),
    keyboard="numeric",
)
# Guide 001, 2.2: execution period, phase and required power; "Hesabla" shows the amount. Nothing is
# chosen beforehand: the applicant chooses the period and the phase (a default is easily not noticed).
CONNECTION = Step("connection", QT_TRANSLATE_NOOP("Step", "What you need"), (PERIOD, PHASE, POWER))

DISTRICT = Field("district", "district", QT_TRANSLATE_NOOP("Field", "District or city"))
PROPERTY_REGISTRY = Field(
    "property_registry_number",
    "text",
    QT_TRANSLATE_NOOP("Field", "Property registry number"),
    validator="registry_number",
    hint=QT_TRANSLATE_NOOP(
        "Hint", "On the extract from the state property register: letters, digits, / . -"
    ),
    keyboard="code",
)
REGISTRATION = Field(
    "registration_number",
    "text",
    QT_TRANSLATE_NOOP("Field", "Registration number"),
    validator="registry_number",
    hint=QT_TRANSLATE_NOOP("Hint", "The registration number on the same extract, e.g. 2024/118"),
    keyboard="code",
)
# Guide 001, 2.3: district, property registry number and registration number; on "Davam" the GIS
# computes the distance to the power centre (the grid look-up: methodology 004, 1.2.8 and 2.5).
OBJECT = Step(
    "object",
    QT_TRANSLATE_NOOP("Step", "The object"),
    (DISTRICT, replace(PROPERTY_REGISTRY, lookup="grid"), REGISTRATION),
)

QUOTE = Step("quote", QT_TRANSLATE_NOOP("Step", "Connection fee"), kind="quote")

# Strategy 000, KPI table: "days to connect" 32 now, target 20 (the whole connection, so the decision
# comes before it).
CONNECTION_TARGET_DAYS = 20

# Strategy 000 §3: review by the Technical Council, fee, payment, installation of line and meter.
CONNECTION_FLOW = {
    "received": ("under_review",),
    "under_review": ("fee_to_pay",),
    "fee_to_pay": ("paid",),
    "paid": ("works",),
    "works": ("connected",),
    "connected": (),
}
# Azərişıq strategy §3 and the household e-service guide §3: review, fee notice, payment, installation.
CONNECTION_RECEIPT_NEXT = QT_TRANSLATE_NOOP(
    "Receipt",
    "The utility reviews your application and tells you the fee by SMS. After you pay, the line and "
    "the meter are installed and you are notified.",
)

# Example answers of one applicant (``kiosk services --example``).
EXAMPLE_PERSON = {
    "fin": "5ABCD7K",
    "mobile": "050 123 45 67",
    "surname": "Məmmədova",
    "given_name": "Gülşən",
    "patronymic": "Əli qızı",
    "address": "Bakı, Nizami küç. 15, mənzil 4",
    "email": "gulsen@example.az",
}
