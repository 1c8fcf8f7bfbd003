"""Bounded use of the database: every request takes a connection only for its own short
transaction, through one of three lanes, and a request that cannot get a lane within a few seconds is
answered ``503`` with ``Retry-After`` instead of waiting longer.

Why (docs/PERFORMANCE.md "Central under load"): a request used to hold a pooled connection from its
token check to the end of its response, even while its body was still arriving, and waited for a
worker thread while holding it. Past the pool size every thread then waited for a connection held by a
request that waited for a thread, and the server acknowledged nothing until traffic stopped.

Here the order is: check the token in a short read transaction, read and check the body with no
connection, then one transaction for the submission. The lanes (``write``: submissions and status
moves; ``read``: token checks; ``status``: the public status API and page, with their rate-limit hit)
together hold no more slots than the pool has connections, and their database work runs on a thread
limiter of the same size, so no request ever waits for a connection or for a thread while holding one.
Public status reads have slots of their own, so a phone's status page stays quick while kiosks drain
a backlog. A request queues for a slot while the lane's queue drains within the queue wait (which
keeps the database busy instead of sending kiosks away), and is refused at once when it would not.
All the waits of one request together stay within its queue budget, below the kiosk's read timeout.

A transaction that waits for a lock (a table locked by a migration or by hand, a row held by another
transaction) waits at most ``LOCK_WAIT_S`` on PostgreSQL and is then answered ``503`` busy like a
request that found no slot, instead of holding its slot, and the kiosk, until the lock goes away.
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import anyio.to_thread
from anyio import CapacityLimiter
from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy import event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from central.config import LOCK_WAIT_S, DatabaseLimits

T = TypeVar("T")
WRITE = "write"
READ = "read"
STATUS = "status"
# PostgreSQL's lock_not_available (lock_timeout) and query_canceled (statement_timeout).
LOCK_WAIT_SQLSTATES = ("55P03", "57014")


class Busy(Exception):
    """No database slot within the queue wait: answered ``503`` with ``Retry-After``."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"busy, retry after {retry_after} s")
        self.retry_after = retry_after


class Lane:
    """At most ``slots`` holders at once; at most ``queue_limit`` waiting, each ``wait_s`` at most
    (or what is left of its request's queue budget, :meth:`Gate.run`).

    The lane measures how long one place in its queue takes to clear (over the recent requests that
    queued), so it knows roughly how long its queue takes to drain: a request that would
    not get a slot within its wait is refused at once (waiting only to be refused would hold the kiosk
    and help nobody), and ``Retry-After`` follows the queue — about half its drain time, so 1–2 s while
    it drains within a few seconds, up to ``retry_after_max_s`` when it is long. Refused kiosks thus
    come back while the queue still has work, and the database does not idle while they wait out a
    fixed pause.
    """

    def __init__(self, slots: int, queue_limit: int, wait_s: float, retry_after_max_s: int) -> None:
        self.slots = slots
        self.queue_limit = queue_limit
        self.wait_s = wait_s
        self.retry_after_max_s = retry_after_max_s
        self.waiting = 0
        self.refused = 0
        # Time for one queue place to clear: waited seconds over queue places passed, both decaying,
        # so that a long queue's wait counts for more than one noisy short wait; a first guess until
        # measured.
        self._waited_s = 0.02 / slots
        self._places = 1.0
        self._semaphore = asyncio.Semaphore(slots)

    @property
    def turn_s(self) -> float:
        return self._waited_s / self._places

    def _measured(self, waited_s: float, places: int) -> None:
        self._waited_s = 0.95 * self._waited_s + waited_s
        self._places = 0.95 * self._places + places

    def drain_s(self, queued: int) -> float:
        """About how long a request with ``queued`` requests ahead of it waits for a slot."""
        return (queued + 1) * self.turn_s

    def _busy(self) -> Busy:
        self.refused += 1
        # Come back about when half of the present queue has drained: work is left for the database
        # when the refused return, spread over the seconds before that.
        longest = max(1, min(self.retry_after_max_s, math.ceil(self.drain_s(self.waiting) / 2)))
        return Busy(random.randint(1, longest))

    @asynccontextmanager
    async def slot(self, wait_s: float | None = None) -> AsyncIterator[None]:
        wait_s = self.wait_s if wait_s is None else min(wait_s, self.wait_s)
        if self._semaphore.locked():
            ahead = self.waiting
            if ahead >= self.queue_limit or wait_s <= 0 or self.drain_s(ahead) > wait_s:
                raise self._busy()
            self.waiting += 1
            t0 = time.monotonic()
            try:
                async with asyncio.timeout(wait_s):
                    await self._semaphore.acquire()
            except TimeoutError:
                self._measured(wait_s, ahead + 1)
                raise self._busy() from None
            finally:
                self.waiting -= 1
            self._measured(time.monotonic() - t0, ahead + 1)
        else:
            await self._semaphore.acquire()
        try:
            yield
        finally:
            self._semaphore.release()


class Gate:
    """The lanes of one server process and the thread limiter their database work runs on."""

    def __init__(self, limits: DatabaseLimits, sessions: sessionmaker[Session]) -> None:
        self.limits = limits
        self.sessions = sessions
        # A request may queue at most ``queue_budget_s`` for all its slots together.
        self.queue_budget_s = 2 * limits.queue_wait_s
        self.lanes = {
            name: Lane(slots, limits.queue_limit, self.queue_budget_s, limits.retry_after_max_s)
            for name, slots in (
                (WRITE, limits.write_concurrency),
                (READ, limits.read_concurrency),
                (STATUS, limits.status_concurrency),
            )
        }
        self._threads: CapacityLimiter | None = None
        if sessions.kw.get("bind") is not None and sessions.kw["bind"].dialect.name == "postgresql":
            event.listen(sessions, "after_begin", _bound_lock_waits)

    def threads(self) -> CapacityLimiter:
        # Created on first use, inside the server's event loop.
        if self._threads is None:
            self._threads = CapacityLimiter(self.limits.concurrency)
        return self._threads

    async def run(
        self, lane: str, work: Callable[..., T], *args: Any, deadline: float | None = None
    ) -> T:
        """``work(session, *args)`` in a worker thread with a session of its own, once ``lane``
        has a slot; Busy when it has none by ``deadline`` (``time.monotonic()``; by default the queue
        budget from now), or when its transaction waited ``LOCK_WAIT_S`` for a lock. ``work`` commits
        what it writes; the session is closed (its connection back in the pool) before this returns."""
        wait_s = None if deadline is None else deadline - time.monotonic()
        async with self.lanes[lane].slot(wait_s):
            try:
                return await anyio.to_thread.run_sync(
                    _in_session, self.sessions, work, args, limiter=self.threads()
                )
            except OperationalError as exc:
                if _sqlstate(exc) not in LOCK_WAIT_SQLSTATES:
                    raise
                raise self.lanes[lane]._busy() from exc


def _in_session(
    sessions: sessionmaker[Session], work: Callable[..., T], args: tuple[Any, ...]
) -> T:
    with sessions() as session:
        return work(session, *args)


def _bound_lock_waits(
    _session: Session, _transaction: SessionTransaction, connection: Connection
) -> None:
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(LOCK_WAIT_S * 1000)}ms'")


def _sqlstate(exc: OperationalError) -> str | None:
    """The SQLSTATE of the driver's error (psycopg: ``sqlstate``, psycopg2: ``pgcode``)."""
    orig = exc.orig
    return getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)


async def run_db(request: Request, lane: str, work: Callable[..., T], *args: Any) -> T:
    """:meth:`Gate.run` within the request's queue budget: a submission queues for its token check
    and then for its transaction, and both waits together stay within the budget (2 × the queue wait,
    below the kiosk's read timeout, central/config.py), so the transaction may queue longer when the
    token check did not. Only the time spent in :meth:`Gate.run` counts: the seconds a slow line takes
    to bring the body in between the two are not the server's wait (the kiosk's read timeout starts
    when it has sent the body)."""
    gate: Gate = request.app.state.gate
    used = getattr(request.state, "queue_used_s", 0.0)
    start = time.monotonic()
    try:
        return await gate.run(
            lane, work, *args, deadline=start + max(0.0, gate.queue_budget_s - used)
        )
    finally:
        request.state.queue_used_s = used + time.monotonic() - start


def busy_response(exc: Busy) -> JSONResponse:
    return JSONResponse(
        {"detail": {"code": "busy"}},
        status_code=503,
        headers={"Retry-After": str(exc.retry_after)},
    )
