"""The reference central API under a herd: N kiosks draining a backlog at once, phones reading status.

    .venv/bin/python -m benchmarks.central_load [--kiosks 300] [--levels 1,10,50,300]
                                                [--submissions 900] [--phones 4]
                                                [--database-url URL] [--postgres]

For each concurrency level a fresh server on 127.0.0.1 (SQLite, or ``--database-url``; ``--postgres``
starts a throw-away PostgreSQL cluster with initdb/pg_ctl) receives ``--submissions`` submissions from
that many simulated kiosks at once. Each kiosk is what the sync worker is: one keep-alive connection,
one submission in flight, a 10 s read timeout, and after a refusal a retry with the same
Idempotency-Key after a full-jitter backoff never shorter than ``Retry-After``. Meanwhile ``--phones``
clients read status pages (``GET /t/{code}``) of stored applications. Prints one JSON object:
acknowledged/s, submit latency p50/p95/p99 (every attempt), status read latency, errors, lost and
duplicated (counted in the database), and the ratio of each level's acknowledged/s to the best.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, pct
from central.testing import CentralServer, free_port, sample_submission
from kiosk.api.client import parse_retry_after
from kiosk.offline_queue.backoff import Backoff

KIOSK_READ_TIMEOUT_S = 10.0
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


class Run:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.acked: dict[str, int] = {}
        self.duplicate_acks = 0
        self.ack_times: list[float] = []
        self.attempts: list[float] = []
        self.answers: dict[str, int] = {}
        self.reads: list[float] = []
        self.read_answers: dict[str, int] = {}

    def count(self, table: dict[str, int], what: str) -> None:
        with self.lock:
            table[what] = table.get(what, 0) + 1


def kiosk(central: CentralServer, bodies: list[dict[str, Any]], run: Run, seed: int) -> None:
    url = central.url + "/api/v1/submissions"
    rng = random.Random(seed)
    backoff = Backoff(base_s=0.5, cap_s=8.0, rng=rng)
    with requests.Session() as http:
        for body in bodies:
            key = body["submission_id"]
            failures = 0
            while True:
                t0 = time.perf_counter()
                retry_after = None
                try:
                    answer = http.post(
                        url, json=body, headers=central.headers(key), timeout=KIOSK_READ_TIMEOUT_S
                    )
                    code = str(answer.status_code)
                    retry_after = parse_retry_after(answer.headers.get("Retry-After"))
                except requests.RequestException as exc:
                    code = type(exc).__name__
                with run.lock:
                    run.attempts.append(time.perf_counter() - t0)
                    run.answers[code] = run.answers.get(code, 0) + 1
                if code in ("200", "201"):
                    with run.lock:
                        if key in run.acked:
                            run.duplicate_acks += 1
                        run.acked[key] = int(code)
                        run.ack_times.append(time.perf_counter())
                    break
                failures += 1
                time.sleep(backoff.delay(failures, retry_after))


def phone(central: CentralServer, codes: list[str], run: Run, stop: threading.Event) -> None:
    rng = random.Random()
    with requests.Session() as http:
        while not stop.is_set():
            t0 = time.perf_counter()
            try:
                answer = http.get(f"{central.url}/t/{rng.choice(codes)}", timeout=10)
                code = str(answer.status_code)
            except requests.RequestException as exc:
                code = type(exc).__name__
            with run.lock:
                run.reads.append(time.perf_counter() - t0)
                run.read_answers[code] = run.read_answers.get(code, 0) + 1
            stop.wait(rng.uniform(0.05, 0.15))


def ms(samples: list[float], p: float) -> float:
    return round(pct(samples, p) * 1000, 1) if samples else 0.0


def level(
    database_url: str | None, data: Path, kiosks: int, total: int, phones: int, workers: int = 1
) -> dict[str, Any]:
    per_kiosk = max(1, total // kiosks)
    bodies = [[sample_submission() for _ in range(per_kiosk)] for _ in range(kiosks)]
    keys = {b["submission_id"] for kb in bodies for b in kb}
    run = Run()
    extra = ["--workers", str(workers)] if workers > 1 else []
    with CentralServer(
        data, database_url=database_url, status_rate_limit=10**9, extra_args=extra
    ) as central:
        # Applications whose status pages the phones read.
        seeded = [sample_submission() for _ in range(20)]
        for body in seeded:
            requests.post(
                central.url + "/api/v1/submissions",
                json=body,
                headers=central.headers(body["submission_id"]),
                timeout=10,
            ).raise_for_status()
        codes = [b["tracking_code"] for b in seeded]
        stop = threading.Event()
        readers = [
            threading.Thread(target=phone, args=(central, codes, run, stop), daemon=True)
            for _ in range(phones)
        ]
        threads = [
            threading.Thread(target=kiosk, args=(central, kb, run, i), daemon=True)
            for i, kb in enumerate(bodies)
        ]
        for t in readers:
            t.start()
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=600)
        elapsed = time.perf_counter() - t0
        stop.set()
        for t in readers:
            t.join(timeout=15)
        counts = central.count_by_key()
        rows = {k: n for k, n in counts.items() if k in keys}
    return {
        "kiosks": kiosks,
        "submissions": len(keys),
        "seconds": round(elapsed, 2),
        "acknowledged_per_s": round(len(run.acked) / elapsed, 1),
        "submit_p50_ms": ms(run.attempts, 50),
        "submit_p95_ms": ms(run.attempts, 95),
        "submit_p99_ms": ms(run.attempts, 99),
        "submit_max_ms": round(max(run.attempts) * 1000, 1),
        "answers": dict(sorted(run.answers.items())),
        "status_reads": len(run.reads),
        "status_p50_ms": ms(run.reads, 50),
        "status_p99_ms": ms(run.reads, 99),
        "status_answers": dict(sorted(run.read_answers.items())),
        "lost": len(keys - set(rows)),
        "duplicated": sum(n - 1 for n in rows.values()) + run.duplicate_acks,
    }


@contextmanager
def postgres_cluster(folder: Path) -> Iterator[str]:
    """A throw-away cluster on a free port (initdb, pg_ctl), as the current user or ``postgres``."""
    port = free_port()
    data = folder / "pgdata"
    sock = folder / "pgsock"
    sock.mkdir()
    as_user: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL does not run as root
        for path in (folder, sock):
            shutil.chown(path, "postgres")
        folder.parent.chmod(0o755)
        as_user = ["runuser", "-u", "postgres", "--"]
    run = lambda *cmd: subprocess.run([*as_user, *cmd], check=True, capture_output=True)  # noqa: E731
    run(str(PG_BIN / "initdb"), "-D", str(data), "-U", "central", "--auth=trust", "-E", "UTF8")
    run(
        str(PG_BIN / "pg_ctl"), "-D", str(data), "-w", "-l", str(folder / "pg.log"),
        "-o", f"-p {port} -k {sock} -c listen_addresses='' -c max_connections=200",
        "start",
    )  # fmt: skip
    try:
        run(str(PG_BIN / "createdb"), "-h", str(sock), "-p", str(port), "-U", "central", "central")
        yield f"postgresql+psycopg://central@/central?host={sock}&port={port}"
    finally:
        run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "stop")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kiosks", type=int, default=300, help="the herd (the last level)")
    parser.add_argument("--levels", default="1,10,50", help="lower concurrencies to compare with")
    parser.add_argument("--submissions", type=int, default=900, help="per level")
    parser.add_argument("--phones", type=int, default=4, help="status page readers")
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--postgres", action="store_true", help="a temporary PostgreSQL cluster")
    parser.add_argument("--workers", type=int, default=1, help="central serve --workers")
    args = parser.parse_args(argv)
    levels = sorted({int(n) for n in args.levels.split(",") if n} | {args.kiosks})
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in levels:
            print(f"central_load: {n} kiosks", file=sys.stderr, flush=True)
            data = folder / f"level-{n}"
            if args.postgres:
                data.mkdir()
                with postgres_cluster(data) as url:
                    results.append(
                        level(url, data / "central", n, args.submissions, args.phones, args.workers)
                    )
            else:
                results.append(
                    level(args.database_url, data, n, args.submissions, args.phones, args.workers)
                )
    best = max(r["acknowledged_per_s"] for r in results)
    for r in results:
        r["ratio_to_best"] = round(r["acknowledged_per_s"] / best, 2)
    herd = next(r for r in results if r["kiosks"] == args.kiosks)
    print(
        json.dumps(
            {
                "machine": machine(),
                "database": "postgresql" if args.postgres or args.database_url else "sqlite",
                "workers": args.workers,
                "levels": results,
                "herd_ratio_to_best": herd["ratio_to_best"],
                "goals": {
                    "herd_at_least_0_8_of_best": herd["ratio_to_best"] >= 0.8,
                    "none_lost": all(r["lost"] == 0 for r in results),
                    "none_duplicated": all(r["duplicated"] == 0 for r in results),
                    "status_p99_under_1s": all(r["status_p99_ms"] < 1000 for r in results),
                },
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
