"""Active consumer (aktiv istehlakçı) with solar or wind generation — Cabinet decision No. 346 (``003``)."""

from kiosk.core.i18n import QT_TRANSLATE_NOOP
from kiosk.core.services import common
from kiosk.core.services.model import Choice, Field, QuoteInputs, Service, Step

# Decision 346, 1.8.1: an active consumer is a natural or legal person; 3.2-3.3 and 6.1.1: households
# and entrepreneurs follow different rules and pay their own group's retail tariff.
CONSUMER = Step(
    "consumer",
    QT_TRANSLATE_NOOP("Step", "Who applies"),
    (
        Field(
            "consumer_group",
            "choice",
            QT_TRANSLATE_NOOP("Field", "You apply as"),
            choices=(
                Choice("household", QT_TRANSLATE_NOOP("Choice", "A household (home)")),
                Choice(
                    "business",
                    QT_TRANSLATE_NOOP("Choice", "An entrepreneur or a company"),
                ),
            ),
        ),
    ),
)
ENTREPRENEUR = Step(
    "entrepreneur",
    QT_TRANSLATE_NOOP("Step", "Your business"),
    (
        Field(
            "voen",
            "voen",
            QT_TRANSLATE_NOOP("Field", "VÖEN (taxpayer number)"),
            hint=QT_TRANSLATE_NOOP("Hint", "10 digits, on your tax registration certificate"),
            keyboard="numeric",
        ),
        Field(
            "company_name",
            "text",
            QT_TRANSLATE_NOOP("Field", "Business name"),
            validator="text",
            hint=QT_TRANSLATE_NOOP(
                "Hint", "For a company; an individual entrepreneur types their name"
            ),
        ),
    ),
    when=lambda answers: answers.get("consumer_group") == "business",
)
SUBSCRIBER = Step(
    "subscriber",
    QT_TRANSLATE_NOOP("Step", "Your electricity subscription"),
    (
        Field(
            "subscriber_code",
            "azerishiq_subscriber",
            QT_TRANSLATE_NOOP("Field", "Azərişıq subscriber code"),
            hint=QT_TRANSLATE_NOOP("Hint", "15 digits, printed on your electricity bill"),
            keyboard="numeric",
            lookup="azerishiq",
            sensitive=True,  # names one consumer's account
        ),
        Field(
            "connected_power_kw",
            "number",
            QT_TRANSLATE_NOOP("Field", "Connected power of the object, kW"),
            validator="connected_power",
            keyboard="numeric",
            filled_by_lookup=True,
        ),
    ),
)
# Decision 346, 1.8.1: station up to 150 kW; 1.4: not above the object's own power limit.
STATION = Step(
    "station",
    QT_TRANSLATE_NOOP("Step", "Your power station"),
    (
        Field(
            "source",
            "choice",
            QT_TRANSLATE_NOOP("Field", "Energy source"),
            choices=(
                Choice("solar", QT_TRANSLATE_NOOP("Choice", "Solar")),
                Choice("wind", QT_TRANSLATE_NOOP("Choice", "Wind")),
                # Decision 346, 1.8.1-1.8.2: any renewable source, not only sun and wind.
                Choice("hydro", QT_TRANSLATE_NOOP("Choice", "Small hydro")),
                Choice("biomass", QT_TRANSLATE_NOOP("Choice", "Biomass or biogas")),
                Choice("geothermal", QT_TRANSLATE_NOOP("Choice", "Geothermal")),
                Choice("other", QT_TRANSLATE_NOOP("Choice", "Another renewable source")),
            ),
            # No answer chosen for the applicant: they say what their station runs on.
        ),
        Field(
            "station_power_kw",
            "station_power",
            QT_TRANSLATE_NOOP("Field", "Station power, kW"),
            hint=QT_TRANSLATE_NOOP("Hint", "Up to 150 kW and not above the connected power"),
            keyboard="numeric",
        ),
    ),
)
OBJECT = Step(
    "object",
    QT_TRANSLATE_NOOP("Step", "The object"),
    (
        common.DISTRICT,
        Field(
            "object_address",
            "text",
            QT_TRANSLATE_NOOP("Field", "Address of the object"),
            validator="text",
            hint=QT_TRANSLATE_NOOP("Hint", "Where the station is, if not your registered address"),
            sensitive=True,
        ),
        common.PROPERTY_REGISTRY,
    ),
)
ESTIMATE = Step("estimate", QT_TRANSLATE_NOOP("Step", "Fee and yearly balance"), kind="netmeter")
PAYOUT = Step(
    "contact",
    QT_TRANSLATE_NOOP("Step", "Contact and payout"),
    (
        common.EMAIL,
        # Decision 346, 6.1.2: a positive year-end balance is paid to the consumer's bank account.
        Field(
            "iban",
            "iban",
            QT_TRANSLATE_NOOP("Field", "Bank account (IBAN) for the year-end payout"),
            hint=QT_TRANSLATE_NOOP(
                "Hint", "28 characters starting with AZ, e.g. AZ21 NABZ 0000 0000 1370 1000 1944"
            ),
            required=False,
            keyboard="code",
            sensitive=True,
        ),
    ),
)

SERVICE = Service(
    id="prosumer",
    title=QT_TRANSLATE_NOOP("Service", "Active consumer (solar or wind)"),
    description=QT_TRANSLATE_NOOP("Service", "Sell your surplus solar or wind energy to the grid"),
    icon="prosumer.svg",
    steps=(
        common.IDENTITY,
        common.APPLICANT,
        CONSUMER,
        ENTREPRENEUR,
        SUBSCRIBER,
        STATION,
        OBJECT,
        ESTIMATE,
        PAYOUT,
        common.REVIEW,
    ),
    fee="existing_power",  # decision 346, 3.4: at the connected power, no connection fee
    quote_inputs=QuoteInputs(power="station_power_kw", phase=None, what_if=()),
    consumer="any",
    source="Cabinet of Ministers decision No. 346 (2023), rules 1.4, 1.8.1, 3.4, 5, 6",
    # Decision No. 346 (2023), rules 3.4 and 4.1-4.2: review, technical conditions, the contract.
    flow={
        "received": ("under_review",),
        "under_review": ("contract",),
        "contract": ("connected",),
        "connected": (),
    },
    supplier=("electricity", "azerishiq"),
    receipt_fields=("station_power_kw", "source", "district"),
    # Decision No. 346 (2023), rules 3.4 and 4.1-4.2 and annex 1: technical conditions, meter, contract.
    receipt_next=QT_TRANSLATE_NOOP(
        "Receipt",
        "The utility reviews your application and prepares the technical conditions and the contract. "
        "A two-way meter is installed at your own cost.",
    ),
    order=30,
    example={
        **common.EXAMPLE_PERSON,
        "consumer_group": "household",
        "subscriber_code": "100200300400501",
        "connected_power_kw": "15",
        "source": "solar",
        "station_power_kw": "10",
        "district": "Abşeron",
        "object_address": "Abşeron, Mərdəkan qəs., Bağ küç. 7",
        "property_registry_number": "AB-998877",
        "iban": "AZ21NABZ00000000137010001944",
    },
)
