"""Enqueue into the outbox: submissions per second and latency percentiles, against a bare ``sqlite3``
insert loop with the same durability settings (WAL, synchronous=FULL, BEGIN IMMEDIATE, one commit per
submission), run in the same process on the same disk, interleaved in chunks so both see the same noise.

    .venv/bin/python benchmarks/outbox_enqueue.py [--n 2000] [--photo-kb 0] [--dir PATH]

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from central.testing import SAMPLE_PAYLOADS
from kiosk.core.tracking import new_code
from kiosk.offline_queue import Attachment, Outbox, canonical_json

CHUNK = 100


def bare_inserter(path: Path) -> Callable[[dict[str, object], bytes], None]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute(
        "CREATE TABLE s (id TEXT PRIMARY KEY, tracking_code TEXT UNIQUE, payload BLOB, photo BLOB,"
        " state TEXT, created REAL)"
    )

    def insert(payload: dict[str, object], photo: bytes) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO s VALUES (?, ?, ?, ?, 'pending', ?)",
            [str(uuid.uuid4()), new_code(), canonical_json(payload), photo or None, time.time()],
        )
        conn.execute("COMMIT")

    return insert


def summary(latencies: list[float]) -> dict[str, float]:
    q = statistics.quantiles(latencies, n=100)
    return {
        "per_s": round(len(latencies) / sum(latencies), 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 3),
        "p99_ms": round(q[98] * 1000, 3),
    }


def machine() -> dict[str, object]:
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--photo-kb", type=int, default=0)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args(argv)
    photo = os.urandom(args.photo_kb * 1024)
    payload = dict(SAMPLE_PAYLOADS["household"])
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        bare = bare_inserter(Path(tmp) / "bare.sqlite3")
        outbox = Outbox(Path(tmp) / "outbox.sqlite3", kiosk_id="BENCH")
        attachments = [Attachment("photo", "p.jpg", "image/jpeg", photo)] if photo else []
        times: dict[str, list[float]] = {"bare": [], "outbox": []}
        done = 0
        while done < args.n:
            for _ in range(min(CHUNK, args.n - done)):
                t0 = time.perf_counter()
                bare(payload, photo)
                times["bare"].append(time.perf_counter() - t0)
            for _ in range(min(CHUNK, args.n - done)):
                t0 = time.perf_counter()
                outbox.enqueue(
                    service="household",
                    tracking_code=new_code(),
                    payload=payload,
                    attachments=attachments,
                )
                times["outbox"].append(time.perf_counter() - t0)
            done += CHUNK
        outbox.close()
    ours, bare_stats = summary(times["outbox"]), summary(times["bare"])
    result = {
        "benchmark": "outbox_enqueue",
        "n": args.n,
        "photo_kb": args.photo_kb,
        "machine": machine(),
        "outbox": ours,
        "bare_sqlite3": bare_stats,
        "rate_ratio": round(ours["per_s"] / bare_stats["per_s"], 3),
        "p99_ratio": round(ours["p99_ms"] / bare_stats["p99_ms"], 3),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
