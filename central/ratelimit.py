"""A fixed-window rate limiter counted in the database (``rate_limit_hits`` for the public tracking
limit, keyed by client address; ``lookup_rate_hits`` for the look-up limit, keyed by kiosk token;
``identity_rate_hits`` for the identity codes sent per FİN or subscriber code), so that every worker
and every app server behind a load balancer shares one count per client. Each limit has a table of its
own (``table=``; only the public tracking limit uses the default): a limiter forgets the windows
before its current one, which with another window length would be another limit's current window.

One hit is one UPSERT (``INSERT … ON CONFLICT DO UPDATE … RETURNING``, on SQLite and PostgreSQL
alike). Windows are numbered from the Unix epoch, so app servers agree on them as far as their clocks
agree (NTP). The keys themselves are not stored: only their SHA-256. A key that could be found again
by trying every value (a FİN, a subscriber code) is given as its HMAC under the server's secret
(central/secret.py), as the identity codes' limit does.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Table, delete
from sqlalchemy.engine import Engine

from central.db import RateLimitHit

TABLE = cast(Table, RateLimitHit.__table__)


def _insert(dialect: str) -> Any:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert
    raise ValueError(f"the rate limit needs SQLite or PostgreSQL, not {dialect}")


class FixedWindowLimiter:
    """At most ``limit`` hits per key in each fixed window of ``window`` seconds.

    ``hit(key)`` returns 0 when the request may go on, else the seconds to wait (for ``Retry-After``):
    until the window ends.
    """

    def __init__(
        self,
        engine: Engine,
        limit: int,
        window: float,
        *,
        clock: Callable[[], float] = time.time,
        table: Table = TABLE,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self._engine = engine
        self._clock = clock
        self._table = table
        self._insert = _insert(engine.dialect.name)
        self._pruned_before = -1

    def hit(self, key: str) -> int:
        now = self._clock()
        index = math.floor(now / self.window)
        client = hashlib.sha256(key.encode("utf-8")).hexdigest()
        table = self._table
        upsert = self._insert(table).values(window_index=index, client=client, hits=1)
        upsert = upsert.on_conflict_do_update(
            index_elements=[table.c.window_index, table.c.client],
            set_={"hits": table.c.hits + 1},
        ).returning(table.c.hits)
        with self._engine.begin() as connection:
            if self._pruned_before < index:
                # Once per window and process: the windows that ended are forgotten.
                self._pruned_before = index
                connection.execute(delete(table).where(table.c.window_index < index))
            hits: int = connection.execute(upsert).scalar_one()
        if hits <= self.limit:
            return 0
        return max(1, math.ceil((index + 1) * self.window - now))
