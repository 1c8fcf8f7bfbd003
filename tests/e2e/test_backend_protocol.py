"""The UI tests' in-process backend (tests/support/local_backend.py) answers the same protocol as the
kiosk's real one: every call of :class:`kiosk.backend_protocol.KioskBackend`, with the same parameters.

The UI tests run against the double; the loop tests in this folder run the real
:class:`kiosk.backend.CentralBackend` against a central API on 127.0.0.1. A call the double lacks, or
takes differently, would let the UI tests pass where the kiosk fails."""

from __future__ import annotations

import inspect

import pytest
from local_backend import LocalBackend

from kiosk.backend import CentralBackend
from kiosk.backend_protocol import KioskBackend
from kiosk.startup import PendingBackend

CALLS = sorted(
    name
    for name, value in vars(KioskBackend).items()
    if inspect.isfunction(value) and not name.startswith("_")
)


def parameters(function: object) -> list[tuple[str, object, object]]:
    signature = inspect.signature(function)  # type: ignore[arg-type]
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


def test_the_protocol_names_every_call_the_ui_makes() -> None:
    assert CALLS == [
        "lookup",
        "print_receipt",
        "status",
        "submission_state",
        "submit",
        "subscribe",
        "track",
        "tracking_url",
        "verify_identity",
    ]


@pytest.mark.parametrize("implementation", [CentralBackend, LocalBackend])
@pytest.mark.parametrize("call", CALLS)
def test_each_backend_takes_each_call_as_the_protocol_says(implementation: type, call: str) -> None:
    assert parameters(getattr(implementation, call)) == parameters(getattr(KioskBackend, call))


@pytest.mark.parametrize("call", CALLS)
def test_the_start_up_backend_forwards_each_call(call: str) -> None:
    # PendingBackend defines the calls the window makes before the hand-over and forwards the rest.
    own = getattr(PendingBackend, call, None)
    if own is not None:
        assert parameters(own) == parameters(getattr(KioskBackend, call))
    else:
        assert "__getattr__" in vars(PendingBackend)
