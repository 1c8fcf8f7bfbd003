"""Child processes of the crash tests, forked from a preloaded fork server and SIGKILLed at random.

``enqueue_forever`` acknowledges a submission on its pipe only after ``enqueue()`` returned, as the kiosk
prints a receipt only then; ``sync_forever`` sends the outbox until it is killed.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import random
import time
from multiprocessing.connection import Connection
from pathlib import Path

from central.testing import SAMPLE_PAYLOADS
from kiosk.api import CentralClient
from kiosk.core.tracking import new_code
from kiosk.offline_queue import Attachment, Backoff, Outbox, SyncWorker, canonical_json

PRELOAD = ["crash_child", "kiosk.offline_queue", "kiosk.api", "central.testing", "requests"]


def context() -> multiprocessing.context.ForkServerContext:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def random_submission(rng: random.Random) -> tuple[dict[str, object], str, str]:
    """Enqueue arguments, the SHA-256 of the canonical payload, and that of the attachment."""
    payload = dict(SAMPLE_PAYLOADS["water_reading"])
    payload["notes"] = "".join(rng.choice("abcçdeəfgğhxıijkqlmnoöprsştuüvyz ") for _ in range(40))
    photo = Attachment(
        "meters.0.photo", "meter.jpg", "image/jpeg", rng.randbytes(rng.randrange(64, 4096))
    )
    args: dict[str, object] = {
        "service": "water_reading",
        "tracking_code": new_code(),
        "payload": payload,
        "attachments": [photo],
    }
    return args, hashlib.sha256(canonical_json(payload)).hexdigest(), photo.sha256


def enqueue_forever(path: str, acks: Connection, seed: int) -> None:
    rng = random.Random(seed)
    with Outbox(Path(path), kiosk_id="TEST-KIOSK") as outbox:
        while True:
            args, payload_sha, photo_sha = random_submission(rng)
            key = outbox.enqueue(**args)  # type: ignore[arg-type]
            acks.send_bytes(f"{key} {payload_sha} {photo_sha}".encode())


def sync_forever(path: str, url: str, token: str) -> None:
    with Outbox(Path(path), kiosk_id="TEST-KIOSK") as outbox:
        client = CentralClient(url, token, timeout=2.0, connect_retries=0)
        worker = SyncWorker(outbox, client, backoff=Backoff(0.01, 0.05))
        while True:
            worker.sync_once()
            if outbox.counts()["pending"] == 0:
                time.sleep(0.01)
