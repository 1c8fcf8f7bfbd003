"""Fixtures of the client tests: servers on 127.0.0.1 (TLS with a test CA; raw bytes)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from api_helpers import RawAnswer, RawServer, start_tls_server


@pytest.fixture
def tls_url() -> Iterator[str]:
    server, url = start_tls_server()
    yield url
    server.shutdown()
    server.server_close()


@pytest.fixture
def raw_server() -> Iterator[Callable[[RawAnswer], RawServer]]:
    servers: list[RawServer] = []

    def make(answer: RawAnswer) -> RawServer:
        servers.append(RawServer(answer))
        return servers[-1]

    yield make
    for server in servers:
        server.close()
