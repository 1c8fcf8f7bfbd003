"""`make run`'s local central API: its address is printed, and its port stays the same across runs so
the QR codes of receipts printed yesterday still lead somewhere (issue 14, newcomer set-up)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kiosk import local_central
from kiosk.local_central import LocalCentral, LocalCentralError, stable_port


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_port_is_chosen_once_and_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    preferred = free_port()
    monkeypatch.setattr(local_central, "PREFERRED_PORT", preferred)
    assert stable_port(tmp_path) == preferred
    assert (tmp_path / "port").read_text().strip() == str(preferred)
    monkeypatch.setattr(local_central, "PREFERRED_PORT", free_port())
    assert stable_port(tmp_path) == preferred  # the recorded one, not today's first choice


def test_a_taken_port_is_said_not_silently_changed(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        (tmp_path / "port").write_text(f"{port}\n")
        with pytest.raises(LocalCentralError, match=f"port {port} .* in use"):
            stable_port(tmp_path)


def test_start_prints_the_address_and_restarts_on_the_same_port(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "port").write_text(f"{free_port()}\n")
    first = LocalCentral(tmp_path, "KIOSK-DEV-01").start()
    try:
        url = first.url
    finally:
        first.stop()
    assert f"local central API at {url}" in capfd.readouterr().err
    second = LocalCentral(tmp_path, "KIOSK-DEV-01").start()
    try:
        assert second.url == url
    finally:
        second.stop()
