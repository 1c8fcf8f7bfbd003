"""A small fault-injecting HTTP proxy for tests, in the manner of Toxiproxy, on 127.0.0.1 only.

Each request through it draws one fault by weight (seeded, so a failing run can be replayed):

before the upstream sees the request      after the upstream stored it and answered
- ``reset_before``  TCP reset               - ``latency``     answer after a delay
- ``hang_before``   no answer, then close   - ``reset_after`` half the answer, then a TCP reset
- ``http_500``      500 from the proxy      - ``truncate``    full Content-Length, half the body, close
- ``http_429``      429 + Retry-After       - ``garbage``     200 with a body of random bytes
- ``http_503``      503 + Retry-After       - ``hang_after``  no answer, then close
                                            - ``ok``          the upstream's answer as it was

``down = True`` makes it reset every connection, as if the server were gone; an upstream that cannot be
reached is reported the same way.
"""

from __future__ import annotations

import contextlib
import http.client
import random
import socket
import socketserver
import struct
import threading
import time
from collections import Counter
from collections.abc import Mapping

BEFORE = ("reset_before", "hang_before", "http_500", "http_429", "http_503")
AFTER = ("latency", "reset_after", "truncate", "garbage", "hang_after", "ok")
HOP_HEADERS = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "proxy-connection",
}


class _Abort(Exception):
    pass


def _reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _response(status: int, reason: str, headers: list[tuple[str, str]], body: bytes) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{k}: {v}" for k, v in headers if k.lower() not in HOP_HEADERS]
    lines += [f"Content-Length: {len(body)}", "Connection: keep-alive"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class FaultProxy:
    def __init__(
        self,
        upstream_port: int,
        weights: Mapping[str, float] | None = None,
        *,
        seed: int = 0,
        latency_s: float = 0.02,
        hang_s: float = 1.0,
        retry_after: str = "2",
    ) -> None:
        self.upstream_port = upstream_port
        self.weights = dict(weights or {"ok": 1.0})
        unknown = set(self.weights) - set(BEFORE) - set(AFTER)
        if unknown:
            raise ValueError(f"unknown faults {unknown}")
        self.rng = random.Random(seed)
        self.latency_s = latency_s
        self.hang_s = hang_s
        self.retry_after = retry_after
        self.down = False
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _draw(self) -> str:
        with self._lock:
            if self.down:
                fault = "down"
            else:
                names = list(self.weights)
                fault = self.rng.choices(names, [self.weights[n] for n in names])[0]
            self.counts[fault] += 1
            return fault

    # ------------------------------------------------------------------------------------ serving

    def _serve(self, sock: socket.socket) -> None:
        sock.settimeout(30)
        buffer = b""
        try:
            while True:
                request, buffer = self._read_request(sock, buffer)
                if request is None:
                    sock.close()
                    return
                if not self._answer(sock, *request):
                    return
        except (_Abort, OSError):
            _reset(sock)

    def _read_request(
        self, sock: socket.socket, buffer: bytes
    ) -> tuple[tuple[str, str, list[tuple[str, str]], bytes] | None, bytes]:
        while b"\r\n\r\n" not in buffer:
            chunk = sock.recv(65536)
            if not chunk:
                return None, b""
            buffer += chunk
        head, buffer = buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers = [
            tuple(x.strip() for x in line.split(":", 1)) for line in lines[1:] if ":" in line
        ]
        length = next((int(v) for k, v in headers if k.lower() == "content-length"), 0)
        while len(buffer) < length:
            chunk = sock.recv(65536)
            if not chunk:
                raise _Abort
            buffer += chunk
        body, buffer = buffer[:length], buffer[length:]
        return (method, path, headers, body), buffer  # type: ignore[return-value]

    def _answer(
        self,
        sock: socket.socket,
        method: str,
        path: str,
        headers: list[tuple[str, str]],
        body: bytes,
    ) -> bool:
        """Answer one request; False when the connection was closed."""
        fault = self._draw()
        if fault in ("down", "reset_before"):
            raise _Abort
        if fault == "hang_before":
            time.sleep(self.hang_s)
            raise _Abort
        if fault in ("http_500", "http_429", "http_503"):
            status = int(fault[5:])
            extra = [] if status == 500 else [("Retry-After", self.retry_after)]
            detail = b'{"detail":{"code":"injected"}}'
            sock.sendall(
                _response(
                    status, "Injected", [*extra, ("Content-Type", "application/json")], detail
                )
            )
            return True
        status, reason, out_headers, data = self._forward(method, path, headers, body)
        raw = _response(status, reason, out_headers, data)
        if fault == "latency":
            time.sleep(self.latency_s)
        elif fault == "reset_after":
            sock.sendall(raw[: len(raw) // 2])
            raise _Abort
        elif fault == "truncate":
            sock.sendall(raw[: len(raw) - max(1, len(data) // 2)])
            sock.close()
            return False
        elif fault == "garbage":
            junk = bytes(random.Random(len(data)).randrange(256) for _ in range(64))
            raw = _response(200, "OK", [("Content-Type", "application/json")], junk)
        elif fault == "hang_after":
            time.sleep(self.hang_s)
            raise _Abort
        sock.sendall(raw)
        return True

    def _forward(
        self, method: str, path: str, headers: list[tuple[str, str]], body: bytes
    ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=30)
        try:
            conn.request(
                method,
                path,
                body=body or None,
                headers={k: v for k, v in headers if k.lower() not in HOP_HEADERS},
            )
            response = conn.getresponse()
            data = response.read()
            return response.status, response.reason, response.getheaders(), data
        except (OSError, http.client.HTTPException):
            raise _Abort from None
        finally:
            conn.close()
