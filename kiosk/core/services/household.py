"""Household electricity connection (əhali / məişət abonenti) — the e-service of guide ``001``."""

from kiosk.core.i18n import QT_TRANSLATE_NOOP
from kiosk.core.services import common
from kiosk.core.services.model import Service

SERVICE = Service(
    id="household",
    title=QT_TRANSLATE_NOOP("Service", "Household electricity connection"),
    description=QT_TRANSLATE_NOOP("Service", "Connect a home to the electricity grid"),
    icon="household.svg",
    steps=(
        common.IDENTITY,
        common.APPLICANT,
        common.CONNECTION,
        common.OBJECT,
        common.QUOTE,
        common.CONTACT,
        common.REVIEW,
    ),
    fee="connection",
    consumer="household",
    source="Guide 001 (household connection e-service); methodology 004, section 2",
    flow=common.CONNECTION_FLOW,
    supplier=("electricity", "azerishiq"),
    target_days=common.CONNECTION_TARGET_DAYS,
    receipt_fields=("power_kw", "phase", "district"),
    receipt_next=common.CONNECTION_RECEIPT_NEXT,
    order=10,
    example={
        **common.EXAMPLE_PERSON,
        "period": "standard",
        "phase": "1",
        "power_kw": "7.5",
        "district": "Şəki rayonu",
        "property_registry_number": "AB-123456",
        "registration_number": "2024/118",
    },
)
