"""The reference central API started beside the kiosk when no ``central_url`` is configured, so the whole
loop — submit, sync, track — works on one machine (``make run``)."""

from __future__ import annotations

import dataclasses
import importlib.util
import logging
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from kiosk.config import KioskConfig

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[1]


def _die_with_parent() -> None:
    """Linux: the server gets SIGTERM when the kiosk process ends, however it ends."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


# The packages of the ``central`` extra (pyproject.toml) the reference server cannot start without; a
# terminal's installation leaves them out (central/cli.py checks the same).
SERVER_PACKAGES = ("fastapi", "uvicorn", "sqlalchemy", "alembic")


# The demonstration central's back-office user (a supervisor), made at its first start.
BACKOFFICE_USER = "staff"


class LocalCentralError(RuntimeError):
    """The local reference central API cannot start; the message says what to do."""


NOT_CONFIGURED = (
    "central_url is not configured: a terminal in service needs it (and api_token) in the kiosk's "
    "configuration or KIOSK_CENTRAL_URL (docs/CONFIG.md). For a demonstration with a local reference "
    "central API on this machine, set demo = true (or KIOSK_DEMO=true): every screen and receipt then "
    "says DEMO"
)


def demo_config(config: KioskConfig, *, windowed: bool) -> KioskConfig:
    """The configuration a start without ``central_url`` runs with, or :class:`LocalCentralError`.

    A terminal never starts a private central on itself unasked: full-screen, that takes an explicit
    ``demo = true``. A windowed start (``make run``, development) is a demonstration by nature and runs
    as one, banner included."""
    if config.central_url or config.demo:
        return config
    if not windowed:
        raise LocalCentralError(NOT_CONFIGURED)
    return dataclasses.replace(config, demo=True)


def missing_server_packages() -> list[str]:
    return [name for name in SERVER_PACKAGES if importlib.util.find_spec(name) is None]


def check_available() -> None:
    """Raise :class:`LocalCentralError` when this installation cannot start the reference server: a
    frozen kiosk carries none, and a plain ``pip install .`` lacks its ``central`` extra."""
    if getattr(sys, "frozen", False):
        # The installed kiosk carries no reference server: it talks to the real central API.
        raise LocalCentralError(
            "central_url is not configured: set it (and api_token) in the kiosk's configuration "
            "or KIOSK_CENTRAL_URL (docs/INSTALL.md)"
        )
    missing = missing_server_packages()
    if missing:
        raise LocalCentralError(
            "central_url is not configured, and the reference central API that would stand in for it "
            f"is not installed (no {', '.join(missing)}): set central_url (and api_token) in the "
            "kiosk's configuration or KIOSK_CENTRAL_URL, or install the server's extra with "
            "pip install 'asan-kiosk[central]' (from the source tree: make run, or "
            "pip install -e '.[central]')"
        )


# The first choice of port; the one used is kept in ``data_dir/port`` so it stays the same across runs:
# the QR codes of receipts printed yesterday hold this address and must still lead somewhere.
PREFERRED_PORT = 8765


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _can_bind(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def stable_port(data_dir: Path) -> int:
    """The port this data directory's local central API always uses: the one recorded on the first
    run (``PREFERRED_PORT`` when it was free then)."""
    path = data_dir / "port"
    try:
        recorded = int(path.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        recorded = 0
    if 0 < recorded < 65536:
        if not _can_bind(recorded):
            raise LocalCentralError(
                f"port {recorded} of the local central API is in use by another program; "
                f"stop it (receipts already printed point to this port), or delete {path} "
                "to choose a new one"
            )
        return recorded
    port = PREFERRED_PORT if _can_bind(PREFERRED_PORT) else _free_port()
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(f"{port}\n", encoding="utf-8")
    return port


class LocalCentral:
    """``python -m central serve`` on 127.0.0.1 with its own SQLite file under ``data_dir``."""

    def __init__(self, data_dir: Path, kiosk_id: str, port: int | None = None) -> None:
        self.data_dir = data_dir
        self.kiosk_id = kiosk_id
        self.port = port or stable_port(data_dir)
        self.url = f"http://127.0.0.1:{self.port}"
        self.database_url = f"sqlite:///{data_dir / 'central.db'}"
        self.token = ""
        self.backoffice_password = ""
        self._proc: subprocess.Popen[bytes] | None = None

    def _env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
        # A demonstration has no SMS gateway: its back office shows the identity codes it "sends".
        env["CENTRAL_DEMO_SHOW_CODES"] = "on"
        return env

    def _upgrade_schema(self) -> None:
        """``central db upgrade``: creates the schema on the first run and upgrades it after the code
        moved on, so that one ``make run`` is all a developer types."""
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "central",
                "db",
                "upgrade",
                "--database-url",
                self.database_url,
            ],
            capture_output=True,
            text=True,
            env=self._env(),
            timeout=120,
            check=False,
        )
        if proc.returncode != 0:
            raise LocalCentralError(
                f"could not create or upgrade the local central's database: "
                f"{proc.stderr.strip()[-500:]}"
            )

    def _kiosk_token(self) -> str:
        """One token per kiosk id, kept in an owner-only file beside the central database."""
        path = self.data_dir / "kiosk-token"
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "central",
                "token",
                "create",
                self.kiosk_id,
                "--database-url",
                self.database_url,
            ],
            capture_output=True,
            text=True,
            env=self._env(),
            timeout=60,
            check=False,
        )
        if proc.returncode != 0 or not proc.stdout.strip():
            raise LocalCentralError(f"could not create a kiosk token: {proc.stderr.strip()[-500:]}")
        token = proc.stdout.strip().splitlines()[-1]
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(token)
        return token

    def _backoffice_password(self) -> str:
        """A supervisor ``staff`` for the back office of this demonstration central, made once; its
        password kept in an owner-only file beside the database (docs/BACKOFFICE.md)."""
        path = self.data_dir / "backoffice-password"
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        password = secrets.token_urlsafe(12)
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "central",
                "staff",
                "add",
                BACKOFFICE_USER,
                "--role",
                "supervisor",
                "--full-name",
                "Demo supervisor",
                "--database-url",
                self.database_url,
            ],
            input=password + "\n",
            capture_output=True,
            text=True,
            env=self._env(),
            timeout=60,
            check=False,
        )
        if proc.returncode != 0:
            raise LocalCentralError(
                f"could not create the back office's user: {proc.stderr.strip()[-500:]}"
            )
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(password)
        return password

    def start(self, timeout: float = 30.0) -> LocalCentral:
        check_available()
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)  # its database is in clear
        self._upgrade_schema()
        self.token = self._kiosk_token()
        self.backoffice_password = self._backoffice_password()
        log_file = open(self.data_dir / "central.log", "ab")
        self._log = log_file
        self._proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "central",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--database-url",
                self.database_url,
                "--log-level",
                "warning",
            ],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            env=self._env(),
            cwd=self.data_dir,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                break
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1.0) as response:
                    if response.status == 200:
                        log.info("local central API at %s", self.url)
                        # Said on the console too: a developer opens it in a browser, and the QR
                        # codes of the receipts lead there.
                        print(
                            f"kiosk: local central API at {self.url} "
                            f"(status pages {self.url}/t/CODE; data in {self.data_dir})\n"
                            f"kiosk: back office at {self.url}/backoffice/ (user "
                            f"{BACKOFFICE_USER}, password {self.backoffice_password}); the SMS "
                            "and e-mails it would send are under Messages",
                            file=sys.stderr,
                            flush=True,
                        )
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        self.stop()
        raise LocalCentralError(
            f"the local central API did not start; see {self.data_dir / 'central.log'}"
        )

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=10)
        self._proc = None
        log_file = getattr(self, "_log", None)
        if log_file is not None:
            log_file.close()
