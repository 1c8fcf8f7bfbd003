"""The submission envelope and the answers, as pydantic models (docs/WIRE.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from kiosk.core import services


def known_service(value: str) -> str:
    """A service id of the registry (the kiosk's service definitions); any other is refused the way a
    fixed list of ids would be: ``literal_error``."""
    if value not in services.SERVICES:
        expected = ", ".join(repr(sid) for sid in services.ids())
        raise PydanticCustomError(
            "literal_error", "Input should be one of {expected}", {"expected": expected}
        )
    return value


def _service_ids_schema(schema: dict[str, Any]) -> None:
    schema["enum"] = list(services.ids())


# The id of a defined service: found in the registry when a request is checked, listed in the OpenAPI
# document when it is made, so a service added as a definition needs no change here.
Service = Annotated[
    str, AfterValidator(known_service), Field(json_schema_extra=_service_ids_schema)
]
Language = Literal["az", "ru", "en"]
PayloadValue = str | int | float | bool | None | list[dict[str, Any]]


class Quote(BaseModel):
    model_config = ConfigDict(extra="ignore")

    amount: str = Field(pattern=r"^\d+(\.\d{1,2})?$", examples=["300.00"])
    currency: Literal["AZN"]
    tariff_id: str = Field(min_length=1, max_length=64)


class AttachmentIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    field: str = Field(min_length=1, max_length=128, examples=["meters.0.photo"])
    filename: str = Field(min_length=1, max_length=255)
    content_type: str = Field(min_length=1, max_length=100, examples=["image/jpeg"])
    size: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-fA-F]{64}$")
    data_base64: str


class SubmissionIn(BaseModel):
    """What a kiosk posts. ``submission_id`` equals the ``Idempotency-Key`` header."""

    model_config = ConfigDict(extra="ignore")

    submission_id: str = Field(min_length=1, max_length=36)
    kiosk_id: str = Field(min_length=1, max_length=64)
    service: Service
    tracking_code: str = Field(examples=["K7QM-3XWD-9RTB-HN2F"])
    created_at: AwareDatetime
    language: Language = "az"
    payload: dict[str, PayloadValue]
    quote: Quote | None = None
    attachments: list[AttachmentIn] = Field(default_factory=list)
    # Photo fields sent without their photo, which the applicant adds later from the status page
    # (docs/PHOTOS.md): a required photo may be missing only when its field is listed here.
    photos_to_follow: list[Annotated[str, Field(min_length=1, max_length=128)]] = Field(
        default_factory=list, max_length=20, examples=[["meters.0.photo"]]
    )


class SubmissionOut(BaseModel):
    tracking_code: str
    status: str
    reference: str
    duplicate: bool


class TimelineEntry(BaseModel):
    status: str
    status_text: str
    at: datetime


class StatusOut(BaseModel):
    tracking_code: str
    service: str
    status: str
    status_text: str
    next_step: str
    updated_at: datetime
    # A rejected application's reason (central/reasons.py): its id and its text in the asked language.
    reason: str | None = None
    reason_text: str | None = None
    timeline: list[TimelineEntry]


class AdvanceIn(BaseModel):
    status: str
    note: str | None = Field(default=None, max_length=2000)
    # A rejection's reason: an id of central/reasons.py (only with ``"status": "rejected"``).
    reason: str | None = Field(default=None, max_length=32)


class TariffOut(BaseModel):
    id: str
    effective_from: str
    source: str
    toml: str
