"""`make run`'s local central API: its address is printed, and its port stays the same across runs so
the QR codes of receipts printed yesterday still lead somewhere (issue 14, newcomer set-up)."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest
import requests

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
    said = capfd.readouterr().err
    assert f"local central API at {url}" in said
    # The back office of the demonstration central, with a supervisor made at the first start.
    password = (tmp_path / "backoffice-password").read_text(encoding="utf-8")
    assert f"back office at {url}/backoffice/ (user staff, password {password})" in said
    assert (tmp_path / "backoffice-password").stat().st_mode & 0o077 == 0
    second = LocalCentral(tmp_path, "KIOSK-DEV-01").start()
    try:
        assert second.url == url
        assert second.backoffice_password == password  # the same user, not a new one
        with requests.Session() as web:
            page = web.get(f"{url}/backoffice/login", timeout=10)
            csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
            assert csrf is not None, page.text[:500]
            signed_in = web.post(
                f"{url}/backoffice/login",
                data={"username": "staff", "password": password, "csrf": csrf.group(1)},
                timeout=10,
            )
            assert signed_in.status_code == 200 and "/backoffice/logout" in signed_in.text
    finally:
        second.stop()
