"""The shape of a service definition: steps of fields, each field saying what it accepts.

A service is data: the UI renders any definition with one generic wizard (``kiosk.core.wizard`` holds its
state), the CLI and the outbox validate with the same definition. Texts are English source strings marked
for Qt Linguist under the contexts ``Service``, ``Step``, ``Field``, ``Hint`` and ``Choice``; the UI shows
their translations.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from decimal import Decimal
from typing import Any

from kiosk.core.i18n import QT_TRANSLATE_NOOP

# Field types the UI knows how to ask for. A validator name (``fin``, ``mobile``…) is a type too.
UI_TYPES = ("text", "choice", "date", "number", "file", "group")
KEYBOARDS = ("text", "numeric", "phone", "email", "code")
# ``Field.notify``: the channels, and the validators of the answers each can be sent to.
NOTIFY_VALIDATORS: dict[str, tuple[str, ...]] = {"sms": ("mobile", "phone"), "email": ("email",)}


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    label: str
    required: bool = True
    validator: str | None = None  # defaults to ``type`` when that names a validator
    hint: str = ""
    choices: tuple[Choice, ...] = ()
    default: Any = None
    keyboard: str = "text"
    lookup: str | None = (
        None  # person | azersu | azerishiq | grid: the value is looked up when online
    )
    # When the registry does not know the looked-up value: ``type`` (the applicant types what the look-up
    # would have filled in) or ``block`` (the value is refused with the message ``not_found_message``).
    lookup_not_found: str = "type"
    not_found_message: str = ""
    filled_by_lookup: bool = False  # shown read-only when a look-up filled it
    fields: tuple[Field, ...] = ()  # the fields of one item of a ``group``
    min_items: int = 1
    max_items: int = 1
    # ``group``: the title of one item (``%1`` its number) and its buttons, context ``GroupField``.
    item_label: str = QT_TRANSLATE_NOOP("GroupField", "Item %1")
    add_label: str = QT_TRANSLATE_NOOP("GroupField", "Add another")
    remove_label: str = QT_TRANSLATE_NOOP("GroupField", "Remove this one")
    # ``file``: the title of the picker that lists the files found, context ``FilePicker``.
    picker_title: str = QT_TRANSLATE_NOOP("FilePicker", "Choose a file")
    accept: tuple[str, ...] = ()  # ``file``: accepted content types
    sensitive: bool = False  # personal data: masked in lists and receipts, never logged
    # The applicant is told of their application's progress at this answer (guide 001, 3; guide 002, 6):
    # ``sms`` (a phone field: only a mobile number gets one) or ``email``; None: not a contact.
    notify: str | None = None

    @property
    def validator_name(self) -> str | None:
        if self.validator:
            return self.validator
        from kiosk.core.validation import VALIDATORS

        return self.type if self.type in VALIDATORS else None

    def choice_values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)


@dataclass(frozen=True)
class Step:
    name: str
    title: str
    fields: tuple[Field, ...] = ()
    kind: str = "form"  # form | quote | netmeter | review
    hint: str = ""
    when: Callable[[Mapping[str, Any]], bool] | None = None  # shown only when this says so


@dataclass(frozen=True)
class QuoteInputs:
    """Which answers a fee calculator reads, and how the fee page's "what if" explores them."""

    power: str = "power_kw"
    phase: str | None = "phase"
    what_if: tuple[str, ...] = ("power_kw", "phase")  # the answers the fee page lets one explore
    what_if_step: Decimal = Decimal(1)  # kW per tap of − / +
    what_if_min: Decimal = Decimal(1)

    def stepped(self, power: Decimal | None, taps: int) -> Decimal:
        """The power ``taps`` steps of − / + away (never under ``what_if_min``), to the 0.01 kW the
        power field takes."""
        new = (power or Decimal(0)) + taps * self.what_if_step
        return max(self.what_if_min, new).quantize(Decimal("0.01"))


REJECTED = "rejected"

# A check across fields: answers → warnings (message id, params), shown but not blocking.
Check = Callable[[Mapping[str, Any]], list[tuple[str, dict[str, str]]]]


@dataclass(frozen=True)
class Service:
    id: str
    title: str
    description: str
    icon: str
    steps: tuple[Step, ...]
    # The fee calculator of ``kiosk.core.fees.CALCULATORS`` (``connection``: methodology 004;
    # ``existing_power``: decision 346, 3.4, no fee at the connected power), or None when it costs nothing.
    fee: str | None = None
    quote_inputs: QuoteInputs = QuoteInputs()
    consumer: str = (
        "household"  # the tariff schedule's consumer category (household | business | any)
    )
    source: str = ""  # the source document and section the flow follows
    # The status flow: each status and the ones it may move to (``rejected`` is allowed from every status
    # that is not final); the first is the status of a received application.
    flow: Mapping[str, tuple[str, ...]] = _field(default_factory=dict, hash=False)
    # What happens next, per status, where this service says it differently (context ``NextStep``).
    next_steps: Mapping[str, str] = _field(default_factory=dict, hash=False)
    checks: tuple[Check, ...] = ()
    receipt_fields: tuple[str, ...] = ()  # the answers printed on the receipt, in this order
    receipt_next: str = ""  # the receipt's "what happens next" (context ``Receipt``)
    order: int = 100  # the place of its tile on the home screen
    # Example answers that pass validation (``kiosk services --example``, tests, the reference central's
    # sample submissions).
    example: Mapping[str, Any] = _field(default_factory=dict, hash=False)
    # Its own texts' translations, by language, for texts the catalogues in ``translations/`` do not hold
    # yet (a service added as one file brings its words with it).
    texts: Mapping[str, Mapping[str, str]] = _field(default_factory=dict, hash=False)
    # Who supplies it, by kind of supply: districts another utility serves are refused (data in
    # ``data/districts.json``; strategy 000, 1: Azərişıq serves all of Azerbaijan but the Nakhchivan AR).
    supplier: tuple[str, str] | None = None
    # How many days the utility aims to take, with the document that says so; None when no source does.
    target_days: int | None = None

    @property
    def statuses(self) -> tuple[str, ...]:
        return (*self.flow, REJECTED)

    @property
    def initial_status(self) -> str:
        return next(iter(self.flow), "received")

    def allowed_next(self, status: str) -> tuple[str, ...]:
        """The statuses an application may move to from ``status``."""
        if status == REJECTED or status not in self.flow:
            return ()
        forward = self.flow[status]
        return (*forward, REJECTED) if forward else ()

    def sensitive_names(self) -> set[str]:
        """The payload keys that hold personal data: fields marked ``sensitive``, in groups too."""
        names: set[str] = set()
        for f in self.fields():
            if f.sensitive:
                names.add(f.name)
            names.update(sub.name for sub in f.fields if sub.sensitive)
        return names

    def problems(self) -> list[str]:
        """What makes this definition unusable (empty when it is whole): checked when it is loaded."""
        from kiosk.core import lookups
        from kiosk.core.fees import CALCULATORS

        out = []
        if not self.steps or self.steps[-1].kind != "review":
            out.append("the last step must be the review")
        names = [f.name for f in self.fields()]
        out += [
            f"field {n!r} is defined twice"
            for n in sorted({n for n in names if names.count(n) > 1})
        ]
        for f in [*self.fields(), *(sub for g in self.fields() for sub in g.fields)]:
            if f.type not in UI_TYPES and not f.validator_name:
                out.append(f"field {f.name!r}: no widget or validator for type {f.type!r}")
            if f.type == "choice" and not f.choices:
                out.append(f"field {f.name!r}: a choice without choices")
            if f.lookup and f.lookup not in lookups.FILLS:
                out.append(f"field {f.name!r}: unknown look-up {f.lookup!r}")
            if f.lookup_not_found not in ("type", "block"):
                out.append(f"field {f.name!r}: lookup_not_found must be 'type' or 'block'")
            if f.notify is not None and NOTIFY_VALIDATORS.get(f.notify) is None:
                out.append(f"field {f.name!r}: notify must be 'sms' or 'email'")
            elif f.notify is not None and f.validator_name not in NOTIFY_VALIDATORS[f.notify]:
                out.append(
                    f"field {f.name!r}: notify {f.notify!r} needs a field checked as "
                    + " or ".join(NOTIFY_VALIDATORS[f.notify])
                )
        if self.fee is not None and self.fee not in CALCULATORS:
            out.append(f"unknown fee calculator {self.fee!r} (known: {', '.join(CALCULATORS)})")
        if not self.flow:
            out.append("no status flow")
        out += [
            f"status {status!r} moves to {target!r}, which the flow does not define"
            for status, targets in self.flow.items()
            for target in targets
            if target not in self.flow
        ]
        out += [
            f"receipt field {n!r} is not a field" for n in self.receipt_fields if n not in names
        ]
        return out

    def step(self, name: str) -> Step:
        for step in self.steps:
            if step.name == name:
                return step
        raise KeyError(name)

    def fields(self) -> list[Field]:
        return [f for step in self.steps for f in step.fields]

    def field(self, name: str) -> Field:
        for f in self.fields():
            if f.name == name:
                return f
        raise KeyError(name)

    def describe(self) -> dict[str, Any]:
        """A plain description (``kiosk services --json``)."""

        def field_dict(f: Field) -> dict[str, Any]:
            out: dict[str, Any] = {
                "name": f.name,
                "type": f.type,
                "label": f.label,
                "required": f.required,
                "choices": list(f.choice_values()),
            }
            if f.validator_name and f.validator_name != f.type:
                out["validator"] = f.validator_name
            if f.lookup:
                out["lookup"] = f.lookup
            if f.filled_by_lookup:
                out["filled_by_lookup"] = True
            if f.type == "group":
                out["fields"] = [field_dict(sub) for sub in f.fields]
                out["min_items"], out["max_items"] = f.min_items, f.max_items
            if f.type == "file":
                out["accept"] = list(f.accept)
            return out

        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "fee": self.fee,
            "source": self.source,
            "statuses": list(self.statuses),
            "steps": [
                {
                    "name": s.name,
                    "title": s.title,
                    "kind": s.kind,
                    "fields": [field_dict(f) for f in s.fields],
                }
                for s in self.steps
            ],
        }
