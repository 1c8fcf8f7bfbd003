"""The seam for encryption at rest: payloads and attachment bytes pass through a codec on their way
to and from the disk. The default stores them as they are; a codec's ``name`` is kept on every row so
a file written with one codec is never read with another."""

from __future__ import annotations

from typing import Protocol


class PayloadCodec(Protocol):
    name: str

    def encode(self, data: bytes) -> bytes: ...

    def decode(self, data: bytes) -> bytes: ...


class IdentityCodec:
    name = "identity"

    def encode(self, data: bytes) -> bytes:
        return data

    def decode(self, data: bytes) -> bytes:
        return data
