"""Bounded use of the database: every request takes a connection only for its own short
transaction, through one of two lanes, and a request that cannot get a lane soon is answered ``503``
with ``Retry-After`` at once instead of waiting.

Why (docs/PERFORMANCE.md "Central under load"): a request used to hold a pooled connection from its
token check to the end of its response, even while its body was still arriving, and waited for a
worker thread while holding it. Past the pool size every thread then waited for a connection held by a
request that waited for a thread, and the server acknowledged nothing until traffic stopped.

Here the order is: check the token in a short read transaction, read and check the body with no
connection, then one transaction for the submission. The lanes (``write``: submissions and status
moves; ``read``: token checks and status reads) together hold no more slots than the pool has
connections, and their database work runs on a thread limiter of the same size, so no request ever
waits for a connection or for a thread while holding one. Public status reads have their own lane,
so a phone's status page stays quick while kiosks drain a backlog.

A transaction that waits for a lock (a table locked by a migration or by hand, a row held by another
transaction) waits at most ``LOCK_WAIT_S`` on PostgreSQL and is then answered ``503`` busy like a
request that found no slot, instead of holding its slot, and the kiosk, until the lock goes away.
"""

from __future__ import annotations

import asyncio
import random
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

from central.config import DatabaseLimits

T = TypeVar("T")
WRITE = "write"
READ = "read"
# The longest a transaction waits for a lock on PostgreSQL (``lock_timeout``, set in each transaction).
# With the two queue waits and the pool timeout (DatabaseLimits.check) it stays below the kiosk's
# read timeout.
LOCK_WAIT_S = 2.0
# PostgreSQL's lock_not_available (lock_timeout) and query_canceled (statement_timeout).
LOCK_WAIT_SQLSTATES = ("55P03", "57014")


class Busy(Exception):
    """No database slot within the queue wait: answered ``503`` with ``Retry-After``."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"busy, retry after {retry_after} s")
        self.retry_after = retry_after


class Lane:
    """At most ``slots`` holders at once; at most ``queue_limit`` waiting, each ``wait_s`` at most."""

    def __init__(self, slots: int, queue_limit: int, wait_s: float, retry_after_max_s: int) -> None:
        self.slots = slots
        self.queue_limit = queue_limit
        self.wait_s = wait_s
        self.retry_after_max_s = retry_after_max_s
        self.waiting = 0
        self.refused = 0
        self._semaphore = asyncio.Semaphore(slots)

    def _busy(self) -> Busy:
        self.refused += 1
        return Busy(random.randint(1, self.retry_after_max_s))

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self._semaphore.locked():
            if self.waiting >= self.queue_limit or self.wait_s <= 0:
                raise self._busy()
            self.waiting += 1
            try:
                async with asyncio.timeout(self.wait_s):
                    await self._semaphore.acquire()
            except TimeoutError:
                raise self._busy() from None
            finally:
                self.waiting -= 1
        else:
            await self._semaphore.acquire()
        try:
            yield
        finally:
            self._semaphore.release()


class Gate:
    """The two lanes of one server process and the thread limiter their database work runs on."""

    def __init__(self, limits: DatabaseLimits, sessions: sessionmaker[Session]) -> None:
        self.limits = limits
        self.sessions = sessions
        self.lanes = {
            WRITE: Lane(
                limits.write_concurrency,
                limits.queue_limit,
                limits.queue_wait_s,
                limits.retry_after_max_s,
            ),
            READ: Lane(
                limits.read_concurrency,
                limits.queue_limit,
                limits.queue_wait_s,
                limits.retry_after_max_s,
            ),
        }
        self._threads: CapacityLimiter | None = None
        if sessions.kw.get("bind") is not None and sessions.kw["bind"].dialect.name == "postgresql":
            event.listen(sessions, "after_begin", _bound_lock_waits)

    def threads(self) -> CapacityLimiter:
        # Created on first use, inside the server's event loop.
        if self._threads is None:
            self._threads = CapacityLimiter(
                self.limits.write_concurrency + self.limits.read_concurrency
            )
        return self._threads

    async def run(self, lane: str, work: Callable[..., T], *args: Any) -> T:
        """``work(session, *args)`` in a worker thread with a session of its own, once ``lane``
        has a slot; Busy when it has none within the queue wait. ``work`` commits what it writes;
        the session is closed (its connection back in the pool) before this returns."""
        async with self.lanes[lane].slot():
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
    gate: Gate = request.app.state.gate
    return await gate.run(lane, work, *args)


def busy_response(exc: Busy) -> JSONResponse:
    return JSONResponse(
        {"detail": {"code": "busy"}},
        status_code=503,
        headers={"Retry-After": str(exc.retry_after)},
    )
