"""Throughput of the reference central API: new submissions, replays and status reads per second.

    .venv/bin/python benchmarks/central_submit.py [--count 2000] [--photo-kb 200]

Starts a real server on 127.0.0.1 in a temporary folder (SQLite, WAL, synchronous=FULL) and posts
sequentially over one keep-alive ``requests.Session``, as the kiosk's sync worker does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from central.testing import CentralServer, attachment, sample_submission


def timed(label: str, count: int, one: Callable[[int], None]) -> None:
    latencies = []
    start = time.perf_counter()
    for i in range(count):
        t0 = time.perf_counter()
        one(i)
        latencies.append(time.perf_counter() - t0)
    total = time.perf_counter() - start
    p99 = statistics.quantiles(latencies, n=100)[98] * 1000
    print(f"{label:<28} {count / total:8.0f}/s   p99 {p99:6.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--photo-kb", type=int, default=200)
    args = parser.parse_args(argv)
    photo = bytes(range(256)) * (args.photo_kb * 4)
    with tempfile.TemporaryDirectory() as tmp, CentralServer(tmp) as central:
        url = central.url + "/api/v1/submissions"
        plain = [sample_submission() for _ in range(args.count)]
        with_photo = [
            sample_submission("water_reading", attachments=[attachment(photo)])
            for _ in range(max(1, args.count // 10))
        ]
        with requests.Session() as session:

            def post(bodies: list[dict[str, object]], expected: int) -> Callable[[int], None]:
                def one(i: int) -> None:
                    body = bodies[i]
                    key = str(body["submission_id"])
                    answer = session.post(url, json=body, headers=central.headers(key), timeout=30)
                    if answer.status_code != expected:
                        raise SystemExit(f"unexpected {answer.status_code}: {answer.text}")

                return one

            def status(i: int) -> None:
                code = plain[i]["tracking_code"]
                session.get(f"{central.url}/api/v1/status/{code}", timeout=30).raise_for_status()

            timed("new submissions", len(plain), post(plain, 201))
            timed("replays (duplicate)", len(plain), post(plain, 200))
            timed(f"with a {args.photo_kb} KB photo", len(with_photo), post(with_photo, 201))
            timed("status reads", len(plain), status)
        assert len(central.count_by_key()) == len(plain) + len(with_photo)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
