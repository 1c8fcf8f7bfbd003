"""Start-up on a broken machine (issue 15): a full disk, a read-only file system, a binary configuration
file and JSON nested 100,000 deep each get a clear message and never a traceback; a full disk halts the
outbox from start-up as it does at run time, and ``kiosk queue status`` still answers. A terminal with no
``central_url`` starts full-screen only as an explicit demonstration.

Each case runs the real ``kiosk`` command in a subprocess. The full and read-only file systems are real
small tmpfs mounts (the test is skipped where mounting is not allowed)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kiosk.api.client import CentralClient
from kiosk.api.results import ApiError
from kiosk.core.tracking import new_code
from kiosk.examples import write_example

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
DEEP = "[" * 100_000 + "]" * 100_000


def env_for(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(
        KIOSK_DATA_DIR=str(data_dir),
        KIOSK_CENTRAL_URL="http://127.0.0.1:9",
        KIOSK_API_TOKEN="startup-test-token",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


def kiosk(
    *args: str, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PY, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=timeout,
        check=False,
    )


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr[-3000:]
    assert "Logging error" not in proc.stderr, proc.stderr[-3000:]


def mount_tmpfs(path: Path, *options: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join(("size=1m", *options)), "tmpfs", str(path)],
        capture_output=True,
        check=False,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.decode().strip()}")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    mount_tmpfs(disk)
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "ro"
    mount_tmpfs(disk, "ro")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def fill(disk: Path) -> None:
    with (disk / "filler").open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
        try:
            while True:
                handle.write(b"\0")
        except OSError:
            pass


# --- no silent private central -------------------------------------------------------------------------


def test_full_screen_without_central_url_refuses_unless_demo(tmp_path: Path) -> None:
    env = env_for(tmp_path / "data")
    del env["KIOSK_CENTRAL_URL"], env["KIOSK_API_TOKEN"]
    proc = kiosk("run", env=env)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("kiosk: central_url is not configured"), proc.stderr
    assert "demo = true" in proc.stderr
    no_traceback(proc)
    assert not (tmp_path / "data" / "local-central").exists()  # no private central was started
    supervised = kiosk("run", "--supervise", env=env)
    assert supervised.returncode == 2 and "demo = true" in supervised.stderr
    no_traceback(supervised)


def test_demo_must_be_true_or_false(tmp_path: Path) -> None:
    proc = kiosk("queue", "status", env=env_for(tmp_path / "data", KIOSK_DEMO="maybe"))
    assert proc.returncode == 2 and "demo" in proc.stderr and "true or false" in proc.stderr
    no_traceback(proc)


# --- configuration files ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"\x00\xff\xfe\x89PNG binary\x00" * 50, "not UTF-8 text"),
        (("a = " + "[" * 100_000 + "]" * 100_000).encode(), "nested too deeply"),
    ],
    ids=["binary", "deep"],
)
@pytest.mark.parametrize("command", [("queue", "status"), ("run",)], ids=["queue", "run"])
def test_a_broken_config_file_is_named_without_a_traceback(
    tmp_path: Path, content: bytes, problem: str, command: tuple[str, ...]
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_bytes(content)
    proc = kiosk("--config", str(config), *command, env=env_for(tmp_path / "data"))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "not valid TOML" in proc.stderr + proc.stdout and problem in proc.stderr + proc.stdout
    no_traceback(proc)


def test_a_fifo_as_the_config_file_does_not_hang(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    os.mkfifo(config)
    proc = kiosk("--config", str(config), "queue", "status", env=env_for(tmp_path / "data"))
    assert proc.returncode == 2 and "not a regular file" in proc.stderr + proc.stdout
    no_traceback(proc)


# --- JSON nested 100,000 deep ----------------------------------------------------------------------------


def test_kiosk_submit_with_100k_deep_json(tmp_path: Path) -> None:
    data = tmp_path / "app.json"
    data.write_text(DEEP)
    proc = kiosk(
        "submit",
        "--service",
        "water_reading",
        "--data",
        str(data),
        "--json",
        env=env_for(tmp_path / "data"),
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["errors"]["data"]["code"] == "file.unreadable"
    no_traceback(proc)


def test_queue_retry_with_a_100k_deep_payload(tmp_path: Path) -> None:
    payload = tmp_path / "fix.json"
    payload.write_text(DEEP)
    proc = kiosk(
        "queue", "retry", new_code(), "--payload", str(payload), env=env_for(tmp_path / "data")
    )
    assert proc.returncode in (1, 2), proc.stdout + proc.stderr
    no_traceback(proc)


class _Deep(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = DEEP.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_a_central_answering_100k_deep_json_is_a_bad_response() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Deep)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        with CentralClient(url, "token") as client:
            with pytest.raises(ApiError) as info:
                client.status(new_code())
            assert info.value.message_id == "api.bad_response"
            with pytest.raises(ApiError):
                client.limits()
            assert client.healthz() is False
    finally:
        server.shutdown()
        server.server_close()


# --- a read-only file system at first start ------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [("queue", "status"), ("run",), ("submit", "--service", "water_reading", "--data", "APP")],
    ids=["queue", "run", "submit"],
)
def test_a_read_only_disk_at_first_start(
    read_only_disk: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    app = write_example("water_reading", tmp_path / "app")
    args = [str(app) if a == "APP" else a for a in command]
    proc = kiosk(*args, env=env_for(read_only_disk / "data"))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "data_dir" in proc.stderr + proc.stdout
    assert "Read-only file system" in proc.stderr + proc.stdout
    no_traceback(proc)


# --- a full disk ---------------------------------------------------------------------------------------


def test_a_full_disk_at_first_start(small_disk: Path, tmp_path: Path) -> None:
    app = write_example("water_reading", tmp_path / "app")
    data_dir = small_disk / "data"
    fill(small_disk)
    env = env_for(data_dir)
    status = kiosk("queue", "status", "--json", env=env)
    assert status.returncode == 1, status.stdout + status.stderr
    answer = json.loads(status.stdout)
    assert answer["error"] == "outbox.key_file" and "No space left" in answer["detail"]
    no_traceback(status)
    submit = kiosk("submit", "--service", "water_reading", "--data", str(app), env=env)
    assert submit.returncode == 1 and "not stored" in submit.stderr
    no_traceback(submit)
    run = kiosk("run", env=env)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "No space left" in run.stderr
    no_traceback(run)


def test_a_full_disk_halts_the_outbox_from_start_up(small_disk: Path, tmp_path: Path) -> None:
    """The retention purge at start-up writes (and checkpoints the WAL): on a full disk the outbox
    halts, as a failed write does at run time (docs/OUTBOX.md), and ``queue status`` says so."""
    app = write_example("water_reading", tmp_path / "app")
    data_dir = small_disk / "data"
    env = env_for(data_dir)
    for _ in range(2):
        stored = kiosk("submit", "--service", "water_reading", "--data", str(app), env=env)
        assert stored.returncode == 0, stored.stderr
    outbox = data_dir / "outbox.sqlite3"
    with sqlite3.connect(outbox) as conn:  # one sent long ago: the next start purges it
        conn.execute("UPDATE submissions SET state = 'sent', sent_at = 1 WHERE rowid = 1")
    # Another process has the outbox open (its WAL index exists), as a running kiosk would.
    holder = sqlite3.connect(outbox)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("SELECT COUNT(*) FROM submissions").fetchone()
    try:
        fill(small_disk)
        status = kiosk("queue", "status", "--json", env=env)
        no_traceback(status)
        assert status.returncode == 0, status.stdout + status.stderr
        answer = json.loads(status.stdout)
        assert answer["halted"]["reason"] == "outbox.disk_full"
        assert answer["counts"]["pending"] == 1 and answer["counts"]["sent"] == 1
        submit = kiosk("submit", "--service", "water_reading", "--data", str(app), env=env)
        assert submit.returncode == 1 and "outbox.halted" in submit.stderr
        no_traceback(submit)
    finally:
        holder.close()


def test_queue_status_answers_when_the_outbox_cannot_be_opened(
    small_disk: Path, tmp_path: Path
) -> None:
    app = write_example("water_reading", tmp_path / "app")
    data_dir = small_disk / "data"
    env = env_for(data_dir)
    assert (
        kiosk("submit", "--service", "water_reading", "--data", str(app), env=env).returncode == 0
    )
    fill(small_disk)  # no room for SQLite's -shm file: the outbox cannot be opened to write
    status = kiosk("queue", "status", env=env)
    assert status.returncode == 1, status.stdout + status.stderr
    assert "pending 1" in status.stdout and "cannot be opened" in status.stdout
    no_traceback(status)
