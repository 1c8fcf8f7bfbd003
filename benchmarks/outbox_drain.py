"""Draining the outbox to a local reference central API: submissions per second, against a bare
``requests.Session`` POST loop of the same bodies to the same server, interleaved in chunks.

    .venv/bin/python benchmarks/outbox_drain.py [--n 10000] [--chunk 250]

The outbox's figure includes everything a real drain does per row: claim (a BEGIN IMMEDIATE write),
read back and verify the payload hash, POST, and record the answer (a second write, fsynced).
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.outbox_enqueue import machine
from central.testing import SAMPLE_PAYLOADS, CentralServer, sample_submission
from kiosk.api import CentralClient
from kiosk.core.tracking import new_code
from kiosk.offline_queue import Outbox, SyncWorker


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--chunk", type=int, default=250)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, CentralServer(Path(tmp) / "central") as central:
        outbox = Outbox(Path(tmp) / "outbox.sqlite3", kiosk_id=central.kiosk_id)
        t0 = time.perf_counter()
        for _ in range(args.n):
            outbox.enqueue(
                service="household",
                tracking_code=new_code(),
                payload=dict(SAMPLE_PAYLOADS["household"]),
                quote={"amount": "300.00", "currency": "AZN", "tariff_id": "TQS-2024-4"},
            )
        enqueue_s = time.perf_counter() - t0
        client = CentralClient(central.url, central.token, kiosk_id=central.kiosk_id)
        worker = SyncWorker(outbox, client)
        session = requests.Session()
        url = central.url + "/api/v1/submissions"
        spent = {"outbox": 0.0, "bare": 0.0}
        sent = {"outbox": 0, "bare": 0}
        while sent["outbox"] < args.n:
            bodies = [sample_submission() for _ in range(min(args.chunk, args.n - sent["bare"]))]
            t0 = time.perf_counter()
            for body in bodies:
                key = str(body["submission_id"])
                answer = session.post(url, json=body, headers=central.headers(key), timeout=30)
                if answer.status_code != 201:
                    raise SystemExit(f"bare loop: {answer.status_code} {answer.text}")
            spent["bare"] += time.perf_counter() - t0
            sent["bare"] += len(bodies)
            t0 = time.perf_counter()
            report = worker.sync_once(max_items=args.chunk)
            spent["outbox"] += time.perf_counter() - t0
            if report.sent == 0:
                raise SystemExit(f"outbox drain stalled: {report} {outbox.counts()}")
            sent["outbox"] += report.sent
        counts = outbox.counts()
        outbox.close()
        client.close()
        session.close()
        stored = len(central.count_by_key())
    per_s = {k: round(sent[k] / spent[k], 1) for k in spent}
    result = {
        "benchmark": "outbox_drain",
        "n": args.n,
        "machine": machine(),
        "enqueue_per_s": round(args.n / enqueue_s, 1),
        "outbox_drain_per_s": per_s["outbox"],
        "bare_session_per_s": per_s["bare"],
        "ratio": round(per_s["outbox"] / per_s["bare"], 3),
        "outbox_counts": counts,
        "server_rows": stored,
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
