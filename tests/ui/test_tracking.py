"""The "Track my application" screen: scanner-style input, typos, local, remote, not found, offline."""

from __future__ import annotations

import pytest
from local_backend import LocalBackend, sample_timeline
from PySide6.QtCore import Qt
from ui_driver import Driver

from kiosk.core import tracking
from kiosk.core.application import ValidatedApplication

REMOTE = tracking.new_code()


def scan(kiosk: Driver, text: str) -> None:
    """A QR scanner types like a keyboard: the text, then Enter, into the focused field."""
    field = kiosk.find("trackingInput")
    kiosk.qtbot.waitUntil(field.hasFocus)
    field.clear()
    kiosk.qtbot.keyClicks(field, text)
    kiosk.qtbot.keyClick(field, Qt.Key.Key_Return)
    kiosk.qtbot.waitUntil(lambda: not kiosk.window.runner.busy)


@pytest.fixture
def backend_options() -> dict[str, object]:
    return {"remote_statuses": {REMOTE: sample_timeline(REMOTE)}}


@pytest.fixture
def calls(backend: LocalBackend) -> list[str]:
    seen: list[str] = []
    real = backend.track

    def counting(code: str, language: str):  # type: ignore[no-untyped-def]
        seen.append(code)
        return real(code, language)

    backend.track = counting  # type: ignore[method-assign]
    return seen


def test_scanned_url_of_a_local_submission(kiosk: Driver, backend: LocalBackend) -> None:
    application = ValidatedApplication("water_reading", {"subscriber_code": "1002003001"}, {}, [])
    done = backend.submit(application, None, "en")
    kiosk.touch("tile_track")
    scan(kiosk, f"https://status.example.az/t/{done.tracking_code}")
    assert kiosk.label("trackingHeadline") == "Saved on this kiosk, not yet sent."


def test_bare_code_from_the_server(kiosk: Driver) -> None:
    kiosk.touch("tile_track")
    scan(kiosk, REMOTE.replace("-", "").lower())
    assert kiosk.label("trackingHeadline") == "Status: Under review"
    assert "Received" in kiosk.label("trackingDetails")
    assert kiosk.find("trackingInput").text() == REMOTE


def test_typo_is_caught_before_any_call(kiosk: Driver, calls: list[str]) -> None:
    kiosk.touch("tile_track")
    wrong = ("1" if REMOTE[0] != "1" else "2") + REMOTE[1:]
    scan(kiosk, wrong)
    assert kiosk.label("trackingError") == "This code has a typo: please check each character."
    assert calls == []


def test_typed_on_screen_not_found(kiosk: Driver, calls: list[str]) -> None:
    kiosk.touch("tile_track")
    code = tracking.new_code()
    kiosk.focus("trackingInput")
    for key in code:
        kiosk.key(key)
    kiosk.key("⏎")
    kiosk.qtbot.waitUntil(lambda: kiosk.label("trackingHeadline") != "")
    assert kiosk.label("trackingHeadline") == "No application with this code was found."
    assert calls == [code]


def test_offline(kiosk: Driver, backend: LocalBackend) -> None:
    backend.set_online(False)
    kiosk.touch("tile_track")
    scan(kiosk, REMOTE)
    assert kiosk.label("trackingHeadline") == "The kiosk cannot check right now."
