"""The seam for encryption at rest: payloads and attachment bytes pass through a codec on their way
to and from the disk. A codec's ``name`` is kept on every row so a file written with one codec is never
read with another.

:class:`AesGcmCodec` is the one the kiosk runs with (docs/SECURITY.md): AES-256-GCM, a fresh random
96-bit nonce per blob, stored as ``b"AG1" + nonce + ciphertext + tag``. The version prefix is also the
associated data, so a blob cannot be passed off under another format version. :class:`IdentityCodec`
stores bytes as they are (tests and tools that look inside the file).
"""

from __future__ import annotations

import os
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


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


class UnreadableBlob(ValueError):
    """A stored blob that is not ours, was altered, or was sealed with another key.

    The store turns it into :class:`~kiosk.offline_queue.records.UnreadableItem` (staff see the row as
    unreadable; it is never sent as it is)."""


class AesGcmCodec:
    """AES-256-GCM with a 32-byte key (see :mod:`kiosk.offline_queue.keys` for where the key lives)."""

    name = "aes256gcm"
    VERSION = b"AG1"
    NONCE_BYTES = 12
    TAG_BYTES = 16
    KEY_BYTES = 32

    def __init__(self, key: bytes) -> None:
        if len(key) != self.KEY_BYTES:
            raise ValueError(f"an AES-256 key has {self.KEY_BYTES} bytes, not {len(key)}")
        self._aead = AESGCM(key)

    def encode(self, data: bytes) -> bytes:
        # Random nonces: the collision bound (2^32 blobs per key) is far beyond a kiosk's lifetime.
        nonce = os.urandom(self.NONCE_BYTES)
        return self.VERSION + nonce + self._aead.encrypt(nonce, bytes(data), self.VERSION)

    def decode(self, data: bytes) -> bytes:
        blob = bytes(data)
        head = len(self.VERSION) + self.NONCE_BYTES
        if not blob.startswith(self.VERSION):
            raise UnreadableBlob("not an AG1 blob")
        if len(blob) < head + self.TAG_BYTES:
            raise UnreadableBlob("blob too short")
        nonce = blob[len(self.VERSION) : head]
        try:
            return self._aead.decrypt(nonce, blob[head:], self.VERSION)
        except InvalidTag:
            raise UnreadableBlob("authentication failed (altered, or another key)") from None
