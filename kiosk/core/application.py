"""Validating a whole application against its service definition.

Answers are what the applicant gave (strings as typed, lists of dicts for groups, :class:`Attachment` or a
file path for files). The result is the payload that is stored and sent: normalised values and codes, never
translated text. Error keys name the field, with ``group.index.field`` inside a group (``meters.0.reading``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from kiosk.core import attachments
from kiosk.core.services.model import Field, Service, Step
from kiosk.core.validation import Context, Err, Ok, Result, validate

# Keys outside the fields that a payload may carry.
EXTRA_KEYS = ("identity_source", "known_meters", "grid_distance_m")
# The payload key listing the photo fields sent without their photo (``meters.0.photo``); the outbox
# sends it as the envelope's own ``photos_to_follow`` (docs/WIRE.md), not inside the payload.
PHOTOS_TO_FOLLOW = "photos_to_follow"


@dataclass(frozen=True)
class Settings:
    """What validation takes from configuration."""

    azersu_code_min_len: int = 6
    azersu_code_max_len: int = 12
    # The largest file read from a stick or camera; what is kept after re-encoding, and all of an
    # application's files together, within what the central accepts (``attachments.Limits``).
    max_attachment_bytes: int = attachments.MAX_BYTES_DEFAULT
    limits: attachments.Limits = attachments.Limits()
    today: date | None = None
    supplier: tuple[str, str] | None = None  # the service's (kind, supplier), see ``Service``

    def context(self, answers: Mapping[str, Any]) -> Context:
        connected = answers.get("connected_power_kw")
        connected_kw = None
        if connected not in (None, ""):
            result = validate("connected_power", connected)
            if isinstance(result, Ok):
                connected_kw = Decimal(result.value)
        return Context(
            today=self.today,
            azersu_code_min_len=self.azersu_code_min_len,
            azersu_code_max_len=self.azersu_code_max_len,
            connected_power_kw=connected_kw,
            supplier=self.supplier,
        )

    @property
    def max_kept_bytes(self) -> int:
        """The most one kept file may take: the central's per-file limit."""
        return self.limits.max_attachment_bytes


FileLoader = Callable[[str], tuple[bytes, str]]


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def validate_field(
    field: Field, raw: Any, ctx: Context, settings: Settings, load_file: FileLoader | None = None
) -> Result:
    """One field's value → ``Ok(normalised)`` or ``Err``. Groups are handled by :func:`validate_step`."""
    if field.type == "file" and isinstance(raw, attachments.ToFollow):
        return Ok(raw)  # sent without it; the applicant adds it from the status page
    if _is_empty(raw):
        if field.required:
            return Err("file.required" if field.type == "file" else "required")
        return Ok(None)
    if field.type == "file":
        kept = settings.max_kept_bytes
        if isinstance(raw, attachments.Attachment):
            if raw.cleaned:
                return attachments.recheck(raw, kept)
            return attachments.check(
                raw.data,
                raw.filename,
                settings.max_attachment_bytes,
                field.accept,
                max_kept_bytes=kept,
            )
        if isinstance(raw, str) and load_file is not None:
            try:
                data, name = load_file(raw)
            except OSError:
                return Err("file.unreadable")
            return attachments.check(
                data, name, settings.max_attachment_bytes, field.accept, max_kept_bytes=kept
            )
        return Err("file.unreadable")
    validator_name = field.validator_name
    if field.type == "choice" and validator_name is None:
        value = str(raw).strip()
        return Ok(value) if value in field.choice_values() else Err("choice.invalid")
    if validator_name is None:
        text = str(raw).strip()
        return Ok(text) if len(text) <= 500 else Err("text.too_long", {"max": "500"})
    result = validate(validator_name, raw, ctx)
    if isinstance(result, Ok) and field.choices and str(result.value) not in field.choice_values():
        return Err("choice.invalid")
    return result


def validate_step(
    step: Step, answers: Mapping[str, Any], settings: Settings, load_file: FileLoader | None = None
) -> tuple[dict[str, Any], dict[str, Err]]:
    ctx = settings.context(answers)
    values: dict[str, Any] = {}
    errors: dict[str, Err] = {}
    for field in step.fields:
        raw = answers.get(field.name)
        if field.type == "group":
            items = raw if isinstance(raw, list) else []
            if len(items) < field.min_items:
                errors[field.name] = Err("group.min_items", {"min": str(field.min_items)})
            if len(items) > field.max_items:
                errors[field.name] = Err("group.max_items", {"max": str(field.max_items)})
            out_items = []
            for index, item in enumerate(items[: field.max_items]):
                item = item if isinstance(item, Mapping) else {}
                out_item = {}
                for sub in field.fields:
                    result = validate_field(sub, item.get(sub.name), ctx, settings, load_file)
                    if isinstance(result, Err):
                        errors[f"{field.name}.{index}.{sub.name}"] = result
                    else:
                        out_item[sub.name] = result.value
                out_items.append(out_item)
            values[field.name] = out_items
            continue
        result = validate_field(field, raw, ctx, settings, load_file)
        if isinstance(result, Err):
            errors[field.name] = result
        else:
            values[field.name] = result.value
    _check_total(step, answers, values, settings, errors)
    return values, errors


def _check_total(
    step: Step,
    answers: Mapping[str, Any],
    values: Mapping[str, Any],
    settings: Settings,
    errors: dict[str, Err],
) -> None:
    """All of the application's files together must fit what the central accepts: checked on the step
    that adds them, so the applicant hears it at the photo, never after the receipt (``file.total``)."""
    limit = settings.limits.max_attachments_total_bytes
    if attachments.total_bytes({**answers, **values}) <= limit:
        return
    error = Err("file.total", {"max_mb": str(max(1, limit // attachments.MIB))})
    for field in step.fields:
        if field.type == "file" and isinstance(values.get(field.name), attachments.Attachment):
            errors.setdefault(field.name, error)
        elif field.type == "group":
            for index, item in enumerate(values.get(field.name) or []):
                for sub in field.fields:
                    if sub.type == "file" and isinstance(
                        item.get(sub.name), attachments.Attachment
                    ):
                        errors.setdefault(f"{field.name}.{index}.{sub.name}", error)


def visible_steps(service: Service, answers: Mapping[str, Any]) -> list[Step]:
    return [s for s in service.steps if s.when is None or s.when(answers)]


@dataclass(frozen=True)
class ValidatedApplication:
    service: str
    payload: dict[str, Any]
    attachments: dict[str, attachments.Attachment]  # key: the field path, e.g. ``meters.0.photo``
    warnings: list[tuple[str, dict[str, str]]]


class InvalidApplication(ValueError):
    def __init__(self, errors: Mapping[str, Err]) -> None:
        super().__init__(", ".join(f"{k}: {v.code}" for k, v in errors.items()))
        self.errors = dict(errors)

    def as_dict(self) -> dict[str, dict[str, Any]]:
        return {k: {"code": v.code, "params": dict(v.params)} for k, v in self.errors.items()}


def _split_attachments(
    service: Service, payload: dict[str, Any]
) -> dict[str, attachments.Attachment]:
    found: dict[str, attachments.Attachment] = {}
    to_follow: list[str] = []

    def take(container: dict[str, Any], key: str, path: str) -> None:
        value = container.get(key)
        if isinstance(value, attachments.Attachment):
            found[path] = value
            container[key] = value.describe()
        elif isinstance(value, attachments.ToFollow):
            to_follow.append(path)
            container[key] = None

    for field in service.fields():
        if field.type == "file":
            take(payload, field.name, field.name)
        elif field.type == "group":
            for index, item in enumerate(payload.get(field.name) or []):
                for sub in field.fields:
                    if sub.type == "file":
                        take(item, sub.name, f"{field.name}.{index}.{sub.name}")
    if to_follow:
        payload[PHOTOS_TO_FOLLOW] = to_follow
    return found


def validate_application(
    service: Service,
    answers: Mapping[str, Any],
    settings: Settings | None = None,
    load_file: FileLoader | None = None,
) -> ValidatedApplication:
    """Every visible step's fields; raises :class:`InvalidApplication` with all errors at once."""
    settings = replace(settings or Settings(), supplier=service.supplier)
    payload: dict[str, Any] = {}
    errors: dict[str, Err] = {}
    for step in visible_steps(service, answers):
        values, step_errors = validate_step(step, answers, settings, load_file)
        payload.update(values)
        errors.update(step_errors)
    unknown = set(answers) - {f.name for f in service.fields()} - set(EXTRA_KEYS)
    for key in sorted(unknown):
        errors[key] = Err("field.unknown")
    if errors:
        raise InvalidApplication(errors)
    source = answers.get("identity_source")
    payload["identity_source"] = source if source in ("registry", "typed") else "typed"
    if answers.get("known_meters"):
        payload["known_meters"] = answers["known_meters"]
    found = _split_attachments(service, payload)
    limit = settings.limits.max_attachments_total_bytes
    if sum(a.size for a in found.values()) > limit:
        error = Err("file.total", {"max_mb": str(max(1, limit // attachments.MIB))})
        raise InvalidApplication({path: error for path in found})
    warnings = [w for check in service.checks for w in check(payload)]
    payload.pop("known_meters", None)
    return ValidatedApplication(service.id, payload, found, warnings)


def path_loader(base: Path, max_bytes: int = attachments.MAX_BYTES_DEFAULT) -> FileLoader:
    """Regular files named relative to ``base`` (the folder of a ``kiosk submit`` JSON file); no
    escaping it. At most ``max_bytes + 1`` bytes are read (more is ``file.too_large``)."""
    root = base.resolve()

    def load(name: str) -> tuple[bytes, str]:
        path = (root / name).resolve()
        if root not in path.parents and path != root:
            raise OSError("outside the data folder")
        # A FIFO or a device is refused from its stat, never opened to be read (it would block).
        return attachments.read_file(path, max_bytes), path.name

    return load


def with_today(settings: Settings, today: date) -> Settings:
    return replace(settings, today=today)
