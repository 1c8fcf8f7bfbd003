"""The shape of a service definition: steps of fields, each field saying what it accepts.

A service is data: the UI renders any definition with one generic wizard (``kiosk.core.wizard`` holds its
state), the CLI and the outbox validate with the same definition. Texts are English source strings marked
for Qt Linguist under the contexts ``Service``, ``Step``, ``Field``, ``Hint`` and ``Choice``; the UI shows
their translations.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

# Field types the UI knows how to ask for. A validator name (``fin``, ``mobile``…) is a type too.
UI_TYPES = ("text", "choice", "date", "number", "file", "group")
KEYBOARDS = ("text", "numeric", "phone", "email", "code")


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
    lookup: str | None = None  # person | azersu | azerishiq: the value is looked up when online
    filled_by_lookup: bool = False  # shown read-only when a look-up filled it
    fields: tuple[Field, ...] = ()  # the fields of one item of a ``group``
    min_items: int = 1
    max_items: int = 1
    accept: tuple[str, ...] = ()  # ``file``: accepted content types
    sensitive: bool = False  # personal data: masked in lists and receipts, never logged

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
    when: Callable[[Mapping[str, Any]], bool] | None = None


# A check across fields: answers → warnings (message id, params), shown but not blocking.
Check = Callable[[Mapping[str, Any]], list[tuple[str, dict[str, str]]]]


@dataclass(frozen=True)
class Service:
    id: str
    title: str
    description: str
    icon: str
    steps: tuple[Step, ...]
    fee: str | None = None  # connection | prosumer | None
    consumer: str = "household"
    source: str = ""  # the source document and section the flow follows
    statuses: tuple[str, ...] = ()
    checks: tuple[Check, ...] = ()
    receipt_fields: tuple[str, ...] = ()
    # Who supplies it, by kind of supply: districts another utility serves are refused (data in
    # ``data/districts.json``; strategy 000, 1: Azərişıq serves all of Azerbaijan but the Nakhchivan AR).
    supplier: tuple[str, str] | None = None
    # How many days the utility aims to take, with the document that says so; None when no source does.
    target_days: int | None = None

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
