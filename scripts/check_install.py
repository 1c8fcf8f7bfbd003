"""A terminal installed from the source tree, checked end to end (``make install-check``, run by CI).

    python3 scripts/check_install.py

In a fresh virtual environment: the locked runtime set (``requirements/kiosk.txt``, hash-checked) and
the kiosk's wheel (``pip install --no-deps .``) — no server, no tools. Then, away from the source tree:

1. the reference server's stack is not installed;
2. ``kiosk self-test`` passes (fonts and translations from the wheel, the printers' raster, the home
   screen);
3. ``kiosk run`` without ``central_url`` says what to do and exits 2, without a traceback;
4. an application submitted with ``kiosk submit`` prints its receipt, through the kiosk's backend, on a
   thermal printer (a fake one on 127.0.0.1 that answers ESC/POS status queries) as a raster image.

Build the ``.qm`` translations first (``make qm``): the wheel carries what is there. Prints one line per
step; exits 1 at the first failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs inside the new environment: submit, then print the receipt through CentralBackend to a fake
# network thermal printer, and check that what arrived is a raster image (GS v 0) of the receipt.
PRINT_A_RECEIPT = r"""
import json, socket, subprocess, sys, threading
from pathlib import Path

DLE_EOT, GS_V_0 = b"\x10\x04", b"\x1dv0"
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.bind(("127.0.0.1", 0))
server.listen(1)
server.settimeout(60)
received = bytearray()

def serve():
    conn, _ = server.accept()
    with conn:
        conn.settimeout(60)
        while chunk := conn.recv(65536):
            received.extend(chunk)
            if chunk.startswith(DLE_EOT + b"\x01"):
                conn.sendall(b"\x12")  # online
            elif chunk.startswith(DLE_EOT + b"\x04"):
                conn.sendall(b"\x12")  # paper present

printer = threading.Thread(target=serve, daemon=True)
printer.start()
work = Path(sys.argv[1])
env = {"KIOSK_PRINTER": "escpos", "KIOSK_PRINTER_ESCPOS": f"tcp:127.0.0.1:{server.getsockname()[1]}"}
import os
os.environ.update(env)
kiosk = str(Path(sys.executable).parent / "kiosk")
subprocess.run([kiosk, "services", "--example", "household", "--out", str(work)], check=True)
done = subprocess.run(
    [kiosk, "submit", "--service", "household", "--data", str(work / "household.json"), "--json"],
    check=True, capture_output=True, text=True,
)
code = json.loads(done.stdout)["tracking_code"]

from kiosk.app import services
from kiosk.config import load_config

with services(load_config(None), start_worker=False, local_central=False) as (_, backend):
    outcome = backend.print_receipt(code, "az")
printer.join(timeout=60)
assert outcome.ok, outcome
assert GS_V_0 in received, f"no raster image among {len(received)} bytes"
assert code.encode() not in received, "the receipt went out as text, not as a picture"
print(f"receipt {code}: {len(received)} bytes of ESC/POS raster")
"""


def step(name: str, command: list[str], *, env: dict[str, str], cwd: Path, expect: int = 0) -> str:
    started = time.monotonic()
    proc = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    if proc.returncode != expect:
        print(
            f"FAIL {name} (exit {proc.returncode}, expected {expect})\n{proc.stdout}{proc.stderr}"
        )
        raise SystemExit(1)
    print(f"ok   {name} ({time.monotonic() - started:.0f} s)", flush=True)
    return proc.stdout + proc.stderr


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="kiosk-install-") as tmp:
        work = Path(tmp)
        venv.create(work / "venv", with_pip=True)
        python = str(work / "venv" / "bin" / "python")
        kiosk = str(work / "venv" / "bin" / "kiosk")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "PYTHON"))}
        env.update(QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(work / "data"))
        pip = [python, "-m", "pip", "install", "-q"]
        lock = str(ROOT / "requirements" / "kiosk.txt")
        step("the locked runtime set", [*pip, "--require-hashes", "-r", lock], env=env, cwd=ROOT)
        step("the kiosk's wheel", [*pip, "--no-deps", str(ROOT)], env=env, cwd=ROOT)
        step(
            "no reference server installed",
            [
                python,
                "-c",
                "import importlib.util as u, sys; "
                "found = [n for n in ('fastapi', 'uvicorn', 'sqlalchemy') if u.find_spec(n)]; "
                "sys.exit(f'installed: {found}' if found else 0)",
            ],
            env=env,
            cwd=work,
        )
        tested = step("kiosk self-test", [kiosk, "self-test"], env=env, cwd=work)
        print("\n".join(f"     {line}" for line in tested.splitlines() if line.startswith("ok")))
        said = step(
            "kiosk run without central_url",
            [kiosk, "run", "--windowed"],
            env=env,
            cwd=work,
            expect=2,
        )
        if "asan-kiosk[central]" not in said or "Traceback" in said:
            print(f"FAIL kiosk run without central_url said:\n{said}")
            return 1
        with_central = dict(
            env, KIOSK_CENTRAL_URL="http://127.0.0.1:9", KIOSK_API_TOKEN="install-check"
        )
        (work / "example").mkdir()
        print(
            step(
                "a receipt printed on a thermal printer",
                [python, "-c", PRINT_A_RECEIPT, str(work / "example")],
                env=with_central,
                cwd=work,
            ).strip()
        )
    print("install check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
