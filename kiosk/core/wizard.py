"""The wizard as a pure state machine: which step is shown, whether Next is allowed, what "Change" does.

Screens attach to it by step name; everything here is testable without a screen. One ``Wizard`` is one
applicant's session: :meth:`Wizard.wipe` forgets every answer, look-up result and file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from kiosk.core import clock, lookups
from kiosk.core.application import (
    Settings,
    ValidatedApplication,
    validate_application,
    validate_field,
    validate_step,
    visible_steps,
    with_today,
)
from kiosk.core.fees import Quote, QuoteError, QuoteRequest, periods_available, quote
from kiosk.core.services.model import Field, Service, Step
from kiosk.core.tariffs import Schedule
from kiosk.core.validation import Err, Ok


class Wizard:
    def __init__(
        self,
        service: Service,
        settings: Settings | None = None,
        schedules: list[Schedule] | None = None,
        now: clock.Clock | None = None,
    ) -> None:
        self.service = service
        self._base_settings = settings or Settings()
        self._clock = now
        self.settings = self._session_settings()
        self.schedules = schedules or []
        self._offered: dict[str, Step] = {}
        self.answers: dict[str, Any] = {}
        self.readonly: set[str] = set()
        self.index = 0
        self.return_to_review = False
        self.shown_errors: dict[str, Err] = {}
        self._prefilled: tuple[str, list[dict[str, str]]] | None = None  # meters from the registry
        self.looked_up: dict[str, str] = {}  # look-up kind → the key last looked up
        self._apply_defaults()

    # --- state -------------------------------------------------------------------------------------
    def _session_settings(self) -> Settings:
        """The settings of one session: the clock is read once, when the session starts."""
        base = replace(self._base_settings, supplier=self.service.supplier)
        if base.today is not None:
            return base
        return with_today(base, clock.today(self._clock))

    def _apply_defaults(self) -> None:
        if "period" in self._not_offered():
            # Not asked: the schedule in force prices only the standard period, so that is the answer.
            self.answers.setdefault("period", "standard")
        for field in self.service.fields():
            if field.default is not None:
                self.answers.setdefault(field.name, field.default)
            if field.type == "group" and field.min_items:
                self.answers.setdefault(field.name, [{} for _ in range(field.min_items)])

    def wipe(self) -> None:
        """Forget everything the applicant gave (idle time-out, start over); the next session's day."""
        self.settings = self._session_settings()
        self._offered.clear()
        self.answers.clear()
        self.readonly.clear()
        self.shown_errors.clear()
        self.index = 0
        self.return_to_review = False
        self._prefilled = None
        self.looked_up.clear()
        self._apply_defaults()

    @property
    def steps(self) -> list[Step]:
        return [self._as_offered(step) for step in visible_steps(self.service, self.answers)]

    def _not_offered(self) -> set[str]:
        """Fields with nothing to choose in this session: the execution period when the schedule in
        force prices only the standard one (the answer stays ``standard``)."""
        hidden = set()
        if self.service.fee == "connection" and self.settings.today is not None:
            if periods_available(self.schedules, self.settings.today) == ("standard",):
                hidden.add("period")
        return hidden

    def _as_offered(self, step: Step) -> Step:
        if step.name not in self._offered:
            hidden = self._not_offered() & {f.name for f in step.fields}
            fields = tuple(f for f in step.fields if f.name not in hidden)
            self._offered[step.name] = replace(step, fields=fields) if hidden else step
        return self._offered[step.name]

    @property
    def step(self) -> Step:
        steps = self.steps
        self.index = min(self.index, len(steps) - 1)
        return steps[self.index]

    @property
    def is_first(self) -> bool:
        return self.index == 0

    @property
    def is_review(self) -> bool:
        return self.step.kind == "review"

    def progress(self) -> tuple[int, int]:
        return self.index + 1, len(self.steps)

    # --- answers -----------------------------------------------------------------------------------
    def set(self, name: str, value: Any) -> None:
        if name in self.readonly:
            return
        self.answers[name] = value
        self.shown_errors.pop(name, None)
        for kind in lookups.kinds_keyed_by(name):
            # A new key invalidates what an earlier look-up filled in.
            self._forget_lookup(kind)

    def items(self, group: str) -> list[dict[str, Any]]:
        value = self.answers.setdefault(group, [])
        assert isinstance(value, list)
        return value

    def set_item(self, group: str, index: int, name: str, value: Any) -> None:
        self.items(group)[index][name] = value
        self.shown_errors.pop(f"{group}.{index}.{name}", None)

    def add_item(self, group: str) -> bool:
        field = self.service.field(group)
        items = self.items(group)
        if len(items) >= field.max_items:
            return False
        items.append({})
        return True

    def remove_item(self, group: str, index: int) -> bool:
        field = self.service.field(group)
        items = self.items(group)
        if len(items) <= field.min_items or not 0 <= index < len(items):
            return False
        del items[index]
        self.shown_errors = {
            k: v for k, v in self.shown_errors.items() if not k.startswith(f"{group}.")
        }
        return True

    # --- look-ups ----------------------------------------------------------------------------------
    def pending_lookup(self) -> tuple[str, str] | None:
        """The look-up (kind, key) to run before leaving this step: a field of it with a valid value
        not looked up yet, whose answer fills something this service asks."""
        names = {f.name for f in self.service.fields()} | lookups.HIDDEN
        for field in self.lookup_fields():
            assert field.lookup is not None
            if not names & set(lookups.FILLS.get(field.lookup, ())):
                continue  # nothing this service uses would be filled in
            result = validate_field(
                field,
                self.answers.get(field.name),
                self.settings.context(self.answers),
                self.settings,
            )
            if not isinstance(result, Ok) or not result.value:
                continue
            key = lookups.lookup_key(field.lookup, str(result.value), self.answers)
            if key is not None and self.looked_up.get(field.lookup) != key:
                return field.lookup, key
        return None

    def lookup_done(self, kind: str, key: str, result: Mapping[str, Any] | None) -> str | None:
        """The registry answered (``None``: it does not know the key). Returns the note to show beside
        the fields (``lookup.registry`` or ``lookup.not_found``), or ``None`` when the definition says an
        unknown key blocks the step: the error is then in ``shown_errors`` on the key's field."""
        field = next((f for f in self.service.fields() if f.lookup == kind), None)
        if result is None and field is not None and field.lookup_not_found == "block":
            self.shown_errors[field.name] = Err(field.not_found_message or "lookup.not_found")
            return None
        self.apply_lookup(kind, result)
        self.looked_up[kind] = key
        return "lookup.registry" if result is not None else "lookup.not_found"

    def lookup_unavailable(self, kind: str, key: str) -> str:
        """The registry could not be reached: the applicant types what it would have filled in."""
        self.apply_lookup(kind, None)
        self.looked_up[kind] = key
        return "lookup.offline"

    def lookup_declined(self, kind: str, key: str, note: str) -> str:
        """The registry's data are not shown (no code could be sent, or the applicant chose to type
        them): the applicant types what it would have filled in; ``note`` says why."""
        self.apply_lookup(kind, None)
        self.looked_up[kind] = key
        return note

    def lookup_fills_step(self, kind: str) -> bool:
        """Whether a look-up of ``kind`` fills a field shown on this step (shown before going on)."""
        return any(f.name in lookups.FILLS.get(kind, ()) for f in self.step.fields)

    def apply_lookup(self, kind: str, result: Mapping[str, Any] | None) -> None:
        """Fill in what a registry look-up returned (read-only), or note that the applicant types it."""
        self._forget_lookup(kind)
        if result is None:
            if kind == "person":
                self.answers["identity_source"] = "typed"
            return
        own = {f.name for f in self.service.fields()} | lookups.HIDDEN
        filled = {k: v for k, v in lookups.answers_from(kind, result).items() if k in own}
        for name, value in filled.items():
            self.answers[name] = value
            if name not in lookups.HIDDEN:
                self.readonly.add(name)
        if kind == "person":
            self.answers["identity_source"] = "registry"
        self._prefill_meters(filled.get("known_meters") or [])

    def _meter_group(self) -> Field | None:
        for field in self.service.fields():
            if field.type == "group" and "factory_number" in {f.name for f in field.fields}:
                return field
        return None

    def _prefill_meters(self, known: list[Mapping[str, Any]]) -> None:
        """The meters the registry knows come with their factory and seal numbers filled in (the
        applicant reads them off the meter only to check); what the applicant typed is kept."""
        group = self._meter_group()
        if group is None or not known:
            return
        items = self.items(group.name)
        if any(value not in (None, "") for item in items for value in item.values()):
            return
        names = {f.name for f in group.fields}
        prefilled: list[dict[str, str]] = [
            {k: str(m.get(k) or "") for k in ("factory_number", "seal_number") if k in names}
            for m in known[: group.max_items]
        ]
        self.answers[group.name] = [dict(item) for item in prefilled]
        self._prefilled = (group.name, prefilled)

    def _forget_lookup(self, kind: str) -> None:
        prefilled = self._prefilled
        if kind == "azersu" and prefilled is not None:
            group, items = prefilled
            if self.answers.get(group) == items:  # untouched: they were another subscriber's
                field = self.service.field(group)
                self.answers[group] = [{} for _ in range(field.min_items)]
            self._prefilled = None
        for name in lookups.FILLS.get(kind, ()):
            if name in self.readonly:
                self.readonly.discard(name)
                self.answers.pop(name, None)
            elif name in lookups.HIDDEN:
                self.answers.pop(name, None)
        if kind == "person":
            self.answers.pop("identity_source", None)

    def lookup_fields(self, step: Step | None = None) -> list[Field]:
        return [f for f in (step or self.step).fields if f.lookup]

    # --- validation and moving ---------------------------------------------------------------------
    def errors(self, step: Step | None = None) -> dict[str, Err]:
        _, errors = validate_step(step or self.step, self.answers, self.settings)
        if (step or self.step).kind == "quote" and self.service.fee == "connection":
            result = self.quote()
            if isinstance(result, QuoteError):
                errors["quote"] = Err(result.code, result.params)
        return errors

    def can_advance(self) -> bool:
        return not self.errors()

    def next(self) -> bool:
        """Move on when the step is valid (errors are kept in ``shown_errors`` otherwise)."""
        errors = self.errors()
        self.shown_errors = errors
        if errors:
            return False
        steps = self.steps
        if self.return_to_review:
            self.return_to_review = False
            self.index = len(steps) - 1
        elif self.index < len(steps) - 1:
            self.index += 1
        return True

    def back(self) -> bool:
        self.shown_errors = {}
        if self.return_to_review:
            self.return_to_review = False
            self.index = len(self.steps) - 1
            return True
        if self.index == 0:
            return False
        self.index -= 1
        return True

    def change(self, step_name: str) -> None:
        """ "Change" on the check-your-answers page: go to that step; Next comes back to the review."""
        names = [s.name for s in self.steps]
        self.index = names.index(step_name)
        self.return_to_review = True
        self.shown_errors = {}

    def goto(self, step_name: str) -> None:
        self.index = [s.name for s in self.steps].index(step_name)

    # --- results -----------------------------------------------------------------------------------
    def quote(self, what_if: Mapping[str, Any] | None = None) -> Quote | QuoteError:
        """The fee for the answers, or for the answers with ``what_if`` in place of some of them (the
        fee page's "what if": exploring never changes an answer)."""
        if self.service.fee is None:
            return QuoteError("fee.none", "this service has no fee")
        answers = {**self.answers, **(what_if or {})}
        try:
            inputs = self.service.quote_inputs
            raw_power = str(answers.get(inputs.power) or "0").replace(",", ".")
            phase = answers.get(inputs.phase) if inputs.phase else None
            distance = answers.get("grid_distance_m")
            request = QuoteRequest(
                service=self.service.id,
                power_kw=Decimal(raw_power),
                phase=int(phase or 1),
                period=answers.get("period") or None,
                district=answers.get("district") or None,
                on=self.settings.today,
                purpose=answers.get("purpose") or None,
                grid_distance_m=Decimal(str(distance)) if distance not in (None, "") else None,
            )
            return quote(self.schedules, request)
        except QuoteError as exc:
            return exc
        except (ArithmeticError, ValueError):
            return QuoteError("power.format", "the power is not a number")

    def warnings(self) -> list[tuple[str, dict[str, str]]]:
        try:
            return validate_application(self.service, self.answers, self.settings).warnings
        except ValueError:
            return [w for check in self.service.checks for w in check(self.answers)]

    def result(self) -> ValidatedApplication:
        """The validated application (raises ``InvalidApplication`` listing every error)."""
        return validate_application(self.service, self.answers, self.settings)

    def summary(self) -> list[tuple[Step, list[tuple[Field, Any]]]]:
        """The check-your-answers page: every answered field grouped by step."""
        out = []
        for step in self.steps:
            if step.kind != "form":
                continue
            out.append((step, [(f, self.answers.get(f.name)) for f in step.fields]))
        return out
