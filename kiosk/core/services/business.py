"""Business (non-household) connection up to 150 kW from the existing 0.4 kV grid — strategy ``000`` §3."""

from kiosk.core.i18n import QT_TRANSLATE_NOOP
from kiosk.core.services import common
from kiosk.core.services.model import Choice, Field, Service, Step

# Strategy 000, 3: the fee varies with power and phase, the object's purpose (təyinat) and the period.
BUSINESS = Step(
    "business",
    QT_TRANSLATE_NOOP("Step", "Your business"),
    (
        Field(
            "voen",
            "voen",
            QT_TRANSLATE_NOOP("Field", "VÖEN (taxpayer number)"),
            hint=QT_TRANSLATE_NOOP(
                "Hint",
                "10 digits, on your tax registration certificate; the last is 1 for a company, "
                "2 for an individual entrepreneur",
            ),
            keyboard="numeric",
            sensitive=True,  # an individual entrepreneur's VÖEN names a person
        ),
        Field(
            "company_name", "text", QT_TRANSLATE_NOOP("Field", "Business name"), validator="text"
        ),
        Field(
            "purpose",
            "choice",
            QT_TRANSLATE_NOOP("Field", "Purpose of the object"),
            choices=(
                Choice("shop", QT_TRANSLATE_NOOP("Choice", "Shop or service point")),
                Choice("office", QT_TRANSLATE_NOOP("Choice", "Office")),
                Choice("production", QT_TRANSLATE_NOOP("Choice", "Production or workshop")),
                Choice("agriculture", QT_TRANSLATE_NOOP("Choice", "Agriculture")),
                Choice("other", QT_TRANSLATE_NOOP("Choice", "Other")),
            ),
        ),
    ),
)

SERVICE = Service(
    id="business",
    title=QT_TRANSLATE_NOOP("Service", "Business electricity connection (up to 150 kW)"),
    description=QT_TRANSLATE_NOOP(
        "Service", "Connect a shop, office or workshop to the 0.4 kV grid"
    ),
    icon="business.svg",
    steps=(
        common.IDENTITY,
        common.APPLICANT,
        BUSINESS,
        common.CONNECTION,
        common.OBJECT,
        common.QUOTE,
        common.CONTACT,
        common.REVIEW,
    ),
    fee="connection",
    consumer="business",
    source="Strategy 000, section 3; methodology 004, section 2",
    flow=common.CONNECTION_FLOW,
    supplier=("electricity", "azerishiq"),
    target_days=common.CONNECTION_TARGET_DAYS,
    receipt_fields=("power_kw", "phase", "district"),
    receipt_next=common.CONNECTION_RECEIPT_NEXT,
    order=20,
    example={
        **common.EXAMPLE_PERSON,
        "voen": "1234567891",
        "company_name": "Gülşən Ticarət MMC",
        "purpose": "shop",
        "period": "standard",
        "phase": "3",
        "power_kw": "25",
        "district": "Gəncə",
        "property_registry_number": "GN-778812",
        "registration_number": "2025/07",
    },
)
