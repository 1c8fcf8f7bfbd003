"""Checks staff run when something seems wrong: disk space, and the way to the central API step by step
(name look-up, TCP connection, the API's health answer), each with a timeout and the time it took."""

from __future__ import annotations

import concurrent.futures
import shutil
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

LOW_DISK_BYTES = 500 * 1024 * 1024


@dataclass(frozen=True)
class DiskInfo:
    path: str
    total: int
    used: int
    free: int

    @property
    def low(self) -> bool:
        return self.free < LOW_DISK_BYTES


def disk(path: Path) -> DiskInfo:
    path.mkdir(parents=True, exist_ok=True)
    usage = shutil.disk_usage(path)
    return DiskInfo(str(path), usage.total, usage.used, usage.free)


@dataclass(frozen=True)
class Probe:
    """One step: ``ok``, how long it took in milliseconds, and a short reason when it failed."""

    ok: bool
    ms: float | None = None
    problem: str = ""


@dataclass(frozen=True)
class NetworkReport:
    url: str
    host: str
    port: int
    dns: Probe
    tcp: Probe
    api: Probe  # GET /healthz round trip (docs/WIRE.md)

    @property
    def ok(self) -> bool:
        return self.dns.ok and self.tcp.ok and self.api.ok


def _timed(step: Callable[[], object]) -> tuple[object, float]:
    start = time.perf_counter()
    result = step()
    return result, (time.perf_counter() - start) * 1000.0


def resolve(host: str, port: int, timeout_s: float) -> tuple[Probe, list[str]]:
    """``getaddrinfo`` has no timeout of its own: it runs in a helper thread that is not waited for."""
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="staff-dns")
    start = time.perf_counter()
    future = pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=timeout_s)
    except concurrent.futures.TimeoutError:
        return Probe(False, None, "dns.timeout"), []
    except OSError as exc:
        return Probe(False, None, f"dns.failed:{type(exc).__name__}"), []
    finally:
        pool.shutdown(wait=False)
    ms = (time.perf_counter() - start) * 1000.0
    return Probe(True, ms), sorted({str(info[4][0]) for info in infos})


def connect(address: str, port: int, timeout_s: float) -> Probe:
    try:
        sock, ms = _timed(lambda: socket.create_connection((address, port), timeout=timeout_s))
    except TimeoutError:
        return Probe(False, None, "tcp.timeout")
    except OSError as exc:
        return Probe(False, None, f"tcp.failed:{type(exc).__name__}")
    sock.close()  # type: ignore[attr-defined]
    return Probe(True, ms)


def network(url: str, healthz: Callable[[], bool], timeout_s: float = 3.0) -> NetworkReport:
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if not host:
        missing = Probe(False, None, "url.missing")
        return NetworkReport(url, host, port, missing, missing, missing)
    dns, addresses = resolve(host, port, timeout_s)
    tcp = connect(addresses[0], port, timeout_s) if addresses else Probe(False, None, "skipped")
    healthy, ms = _timed(healthz)
    api = Probe(True, ms) if healthy else Probe(False, ms, "api.unhealthy")
    return NetworkReport(url, host, port, dns, tcp, api)
