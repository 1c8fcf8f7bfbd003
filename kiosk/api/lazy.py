"""The central API client built on first use: the kiosk paints its home screen before ``requests`` is
imported, and a kiosk that never goes online never builds one."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class LazyClient:
    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self._client: Any = None
        self._lock = threading.Lock()

    def _get(self) -> Any:
        with self._lock:
            if self._client is None:
                self._client = self._factory()
            return self._client

    def __getattr__(self, name: str) -> Any:
        return getattr(self._get(), name)

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
