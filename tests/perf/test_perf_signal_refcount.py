"""Emitting a Qt signal from Python must not take references it does not own. PySide6 6.12.0's
``SignalInstance.emit`` returns ``True`` without a new reference: on Python 3.11 (bools are not
immortal) the kiosk aborts with "Fatal Python error: bool_dealloc" after a few thousand emits — a
busy day's sessions. Found by the memory soak of ``benchmarks/touch.py``."""

from __future__ import annotations

import sys

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal


class Probe(QObject):
    fired = Signal(object)


@pytest.mark.xfail(
    pyside_version == "6.12.0" and sys.version_info < (3, 12),
    reason="PySide6 6.12.0 emit() steals a reference to True (pin PySide6-Essentials != 6.12.0)",
    strict=True,
)
def test_emit_keeps_the_reference_count_of_true(qapp: object) -> None:
    probe = Probe()
    received: list[object] = []
    probe.fired.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(50):
        probe.fired.emit("x")
    after = sys.getrefcount(True)
    assert len(received) == 50
    assert after >= before - 5, f"50 emits took {before - after} references to True"
