"""Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
wait a random time between 0 and ``min(cap, base * 2**(failures-1))``, and never less than the server's
``Retry-After``."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base_s: float = 2.0
    cap_s: float = 300.0
    rng: random.Random = field(default_factory=random.Random)

    def ceiling(self, failures: int) -> float:
        if failures <= 0:
            return 0.0
        return min(self.cap_s, self.base_s * 2.0 ** min(failures - 1, 62))

    def delay(self, failures: int, retry_after: float | None = None) -> float:
        wait = self.rng.uniform(0.0, self.ceiling(failures))
        return max(wait, retry_after or 0.0)
