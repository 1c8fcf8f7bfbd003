"""What could send the kiosk to an impostor central API (issue 15): a configuration file or a CA bundle
others can change, a TLS key log, and plain ``http://`` to a name that only looks like loopback.

The files are real files with real modes; each case runs the real ``kiosk`` command in a subprocess and
expects one line naming the problem, exit code 2 and no traceback. The TLS case makes a real request to
an HTTPS server on 127.0.0.1 with the test CA of ``tests/api/certs``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

API_TESTS = Path(__file__).resolve().parent.parent / "api"
if str(API_TESTS) not in sys.path:
    sys.path.insert(0, str(API_TESTS))

from api_helpers import CERTS, start_tls_server  # noqa: E402

from kiosk.api.client import CentralClient  # noqa: E402
from kiosk.api.results import InsecureURLError  # noqa: E402
from kiosk.config import ConfigError, KioskConfig, check_url, load_config  # noqa: E402
from kiosk.core.tracking import new_code  # noqa: E402
from kiosk.offline_queue import Outbox  # noqa: E402
from kiosk.offline_queue.keys import codec_for  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
POSIX_ONLY = pytest.mark.skipif(os.name == "nt", reason="file modes and owners are POSIX")


def env_for(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.pop("SSLKEYLOGFILE", None)
    env.update(
        KIOSK_DATA_DIR=str(data_dir),
        KIOSK_API_TOKEN="config-test-token",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


def kiosk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PY, "-m", "kiosk", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


def refused_in_one_line(proc: subprocess.CompletedProcess[str], *words: str) -> str:
    out = proc.stderr + proc.stdout
    assert proc.returncode == 2, out
    assert "Traceback" not in out, out[-3000:]
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def write_config(folder: Path, text: str, mode: int = 0o600) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def private_ca(folder: Path, mode: int = 0o600) -> Path:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    ca = folder / "ca.pem"
    shutil.copyfile(CERTS / "ca.pem", ca)
    ca.chmod(mode)
    return ca


# --- the configuration file ------------------------------------------------------------------------------


@POSIX_ONLY
@pytest.mark.parametrize("mode", [0o666, 0o646, 0o664], ids=["world", "others", "group"])
@pytest.mark.parametrize("command", [("queue", "status"), ("run",)], ids=["queue", "run"])
def test_a_config_file_others_can_write_is_refused_naming_it(
    tmp_path: Path, mode: int, command: tuple[str, ...]
) -> None:
    config = write_config(tmp_path / "etc", 'central_url = "https://central.example.az"\n', mode)
    proc = kiosk("--config", str(config), *command, env=env_for(tmp_path / "data"))
    line = refused_in_one_line(proc, str(config), "writable by", f"{mode:04o}", "chmod go-w")
    assert line.startswith("kiosk: configuration key 'config'") or line.startswith("error:")
    assert not (tmp_path / "data" / "outbox.sqlite3").exists()  # refused before anything was opened


@POSIX_ONLY
def test_a_config_file_in_a_folder_others_can_write_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    config = write_config(folder, 'central_url = "https://central.example.az"\n')
    folder.chmod(0o777)  # anyone may replace the file, whatever its own mode
    proc = kiosk("--config", str(config), "queue", "status", env=env_for(tmp_path / "data"))
    refused_in_one_line(proc, str(config), f"its folder {folder}", "0777")
    folder.chmod(0o1777)  # sticky, like /tmp: no one else can replace the file
    with pytest.raises(ConfigError) as no_error:
        load_config(config, env={"KIOSK_DATA_DIR": str(tmp_path / "data"), "KIOSK_LANGUAGE": "xx"})
    assert no_error.value.key == "language"  # the file itself passed; the next check spoke


@POSIX_ONLY
def test_a_link_to_a_config_file_others_can_write_is_refused(tmp_path: Path) -> None:
    target = write_config(tmp_path / "real", 'central_url = "https://central.example.az"\n', 0o666)
    (tmp_path / "etc").mkdir(mode=0o700)
    link = tmp_path / "etc" / "kiosk.toml"
    link.symlink_to(target)
    with pytest.raises(ConfigError) as caught:
        load_config(link, env={"KIOSK_DATA_DIR": str(tmp_path / "data")})
    assert str(target) in str(caught.value) and "writable by" in str(caught.value)
    # A sound file, but the link to it sits in a folder anyone may write: the link could be swapped.
    target.chmod(0o600)
    (tmp_path / "etc").chmod(0o777)
    with pytest.raises(ConfigError) as caught:
        load_config(link, env={"KIOSK_DATA_DIR": str(tmp_path / "data")})
    assert f"its folder {tmp_path / 'etc'}" in str(caught.value)
    (tmp_path / "etc").chmod(0o700)
    assert load_config(link, env={"KIOSK_DATA_DIR": str(tmp_path / "data")}).central_url


@POSIX_ONLY
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root")
def test_a_config_file_of_another_user_is_refused(tmp_path: Path) -> None:
    config = write_config(tmp_path / "etc", 'central_url = "https://central.example.az"\n', 0o644)
    os.chown(config, 4242, 4242)
    proc = kiosk("--config", str(config), "queue", "status", env=env_for(tmp_path / "data"))
    refused_in_one_line(proc, str(config), "another user (uid 4242)")


@POSIX_ONLY
def test_the_files_make_run_writes_are_accepted(tmp_path: Path) -> None:
    """0600 and 0644 files of the user who runs the kiosk, in an 0700 or 0755 folder: as they come."""
    for mode, folder_mode in ((0o600, 0o700), (0o644, 0o755)):
        folder = tmp_path / f"ok-{mode:o}"
        config = write_config(folder, 'central_url = "https://central.example.az"\n', mode)
        folder.chmod(folder_mode)
        ca = private_ca(folder, mode)
        loaded = load_config(
            config, env={"KIOSK_DATA_DIR": str(tmp_path / "data"), "KIOSK_CA_BUNDLE": str(ca)}
        )
        assert loaded.central_url == "https://central.example.az" and loaded.ca_bundle == str(ca)


# --- the CA bundle ---------------------------------------------------------------------------------------


@POSIX_ONLY
@pytest.mark.parametrize("mode", [0o664, 0o666], ids=["group", "world"])
def test_a_ca_bundle_others_can_write_is_refused(tmp_path: Path, mode: int) -> None:
    ca = private_ca(tmp_path / "pki", mode)
    env = env_for(
        tmp_path / "data", KIOSK_CENTRAL_URL="https://127.0.0.1:9", KIOSK_CA_BUNDLE=str(ca)
    )
    proc = kiosk("queue", "status", env=env)
    refused_in_one_line(
        proc, "'ca_bundle'", "KIOSK_CA_BUNDLE", str(ca), "writable by", f"{mode:04o}"
    )
    # The same bundle in a configuration file is refused the same way.
    config = write_config(tmp_path / "etc", f'ca_bundle = "{ca}"\n')
    del env["KIOSK_CA_BUNDLE"]
    proc = kiosk("--config", str(config), "queue", "status", env=env)
    refused_in_one_line(proc, "'ca_bundle'", f"file {config}", str(ca), "writable by")


# --- the TLS key log -------------------------------------------------------------------------------------


def test_sslkeylogfile_gets_no_keys_from_a_real_tls_request(tmp_path: Path) -> None:
    server, url = start_tls_server()
    try:
        ca = private_ca(tmp_path / "pki")
        # The control: this Python and urllib3 do honour SSLKEYLOGFILE, so the check below can fail.
        control_log = tmp_path / "control-keys.log"
        control = subprocess.run(
            [
                PY,
                "-c",
                "import sys, requests; requests.get(sys.argv[1], verify=sys.argv[2], timeout=10)",
                url,
                str(ca),
            ],
            env={**env_for(tmp_path / "none"), "SSLKEYLOGFILE": str(control_log)},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert control.returncode == 0, control.stderr
        assert b"CLIENT_" in control_log.read_bytes()  # CLIENT_RANDOM / CLIENT_TRAFFIC_SECRET lines

        data = tmp_path / "data"
        config = KioskConfig(data_dir=data, central_url=url, api_token="t", ca_bundle=str(ca))
        data.mkdir(mode=0o700)
        with Outbox(config.outbox_path, kiosk_id=config.kiosk_id, codec=codec_for(config)) as box:
            box.enqueue(service="household", tracking_code=new_code(), payload={"fin": "5ZK2M8P"})
        key_log = tmp_path / "kiosk-keys.log"
        env = env_for(
            data,
            KIOSK_CENTRAL_URL=url,
            KIOSK_CA_BUNDLE=str(ca),
            SSLKEYLOGFILE=str(key_log),
        )
        proc = kiosk("queue", "sync", "--once", "--json", env=env)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["report"]["sent"] == 1  # the TLS request was made
        assert not key_log.exists()
    finally:
        server.shutdown()
        server.server_close()


def test_the_client_drops_sslkeylogfile_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, url = start_tls_server()
    key_log = tmp_path / "keys.log"
    monkeypatch.setenv("SSLKEYLOGFILE", str(key_log))
    try:
        with CentralClient(url, "token", verify=str(CERTS / "ca.pem")) as client:
            assert "SSLKEYLOGFILE" not in os.environ
            assert client.session.get(url + "/health", timeout=10).status_code == 200
    finally:
        server.shutdown()
        server.server_close()
    assert not key_log.exists()


# --- plain http:// only to a literal loopback address ----------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost",
        "http://localhost:8000",
        "http://LOCALHOST:8000",
        "http://kiosk.localhost:8000",
        "http://localhost.evil",
        "http://localhost.evil:8000",
        "http://127.0.0.1.nip.io",
        "http://127.0.0.1.nip.io:8000",
        "http://127.1",
        "http://2130706433",
        "http://0x7f.0.0.1",
        "http://[::ffff:127.0.0.1]",
        "http://[::1%25eth0]:8000",
        "http://127.0.0.1@evil.example",
    ],
)
def test_plain_http_to_a_name_is_refused(tmp_path: Path, url: str) -> None:
    assert "literal loopback" in check_url(url) or "user name" in check_url(url)
    with pytest.raises(InsecureURLError):
        CentralClient(url, "token")
    with pytest.raises(ConfigError) as caught:
        load_config(None, env={"KIOSK_DATA_DIR": str(tmp_path), "KIOSK_CENTRAL_URL": url})
    assert caught.value.key == "central_url"


def test_plain_http_to_localhost_is_refused_by_the_kiosk_command(tmp_path: Path) -> None:
    env = env_for(tmp_path / "data", KIOSK_CENTRAL_URL="http://localhost:8000")
    proc = kiosk("queue", "status", env=env)
    refused_in_one_line(proc, "'central_url'", "KIOSK_CENTRAL_URL", "literal loopback", "https://")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1",
        "http://127.0.0.1:8000/api",
        "http://127.8.9.10",
        "http://[::1]:8000",
        "http://[0:0:0:0:0:0:0:1]",
        "https://localhost:8443",
        "https://central.example.az",
    ],
)
def test_literal_loopback_and_any_https_accepted(url: str) -> None:
    assert check_url(url) == ""
