"""The dispatcher: takes due messages from the outbox one at a time, sends them, records the outcome.

One runs as a thread in each worker of ``central serve`` and as ``central dispatch``; any number may
run at once on one database (the outbox's lease keeps each message with one of them). Delivery is at
least once: a worker that dies after the gateway accepted a message but before recording it leaves the
message to be sent again when its lease ends — with the same ``Idempotency-Key`` (SMS) or
``Message-ID`` (e-mail), so that the gateway can drop the repeat. Logs name messages by id and event
key only; a recipient is masked to its last two characters, a text never logged.
"""

from __future__ import annotations

import logging
import random
import threading
from datetime import timedelta
from typing import Any, Protocol

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from central.db import make_engine, utcnow
from central.notify import outbox
from central.notify.config import NotifyConfig
from central.notify.errors import SendError
from central.notify.sms import HttpSmsGateway
from central.notify.smtp import SmtpMailer

log = logging.getLogger("central.notify")


class SmsSender(Protocol):
    def send(self, to: str, text: str, key: str) -> None: ...


class MailSender(Protocol):
    def send(self, to: str, subject: str, text: str, key: str) -> None: ...


def backoff(attempts: int, base_s: float, max_s: float) -> float:
    """Seconds before try ``attempts + 1``: doubling from ``base_s`` up to ``max_s``, with the upper
    half drawn at random so that messages failed together are not tried again together."""
    delay = min(max_s, base_s * 2.0 ** max(0, attempts - 1))
    return delay / 2 + random.uniform(0, delay / 2)


class Dispatcher:
    def __init__(
        self,
        sessions: sessionmaker[Any],
        config: NotifyConfig,
        *,
        sms: SmsSender | None = None,
        mail: MailSender | None = None,
    ) -> None:
        self.sessions = sessions
        self.config = config
        timeout = config.send_timeout_s
        self.sms = sms or (
            HttpSmsGateway(config.sms_url, config.sms_token, timeout) if config.sms_url else None
        )
        self.mail = mail or (
            SmtpMailer(config.smtp, config.mail_from, timeout) if config.smtp else None
        )

    def unconfigured(self) -> list[str]:
        """The channels whose messages are kept as ``dev`` (no adapter), for a line at start."""
        return [
            name for name, sender in (("sms", self.sms), ("email", self.mail)) if sender is None
        ]

    # -- one message ------------------------------------------------------------------------
    def step(self) -> bool:
        """Send one due message; False when none is due."""
        with self.sessions() as session:
            claimed = outbox.claim(session, self.config.lease_s)
            if claimed is None:
                return False
            self._handle(session, claimed)
        return True

    def _handle(self, session: Any, claimed: outbox.Claimed) -> None:
        sender = self.sms if claimed.channel == outbox.SMS else self.mail
        if sender is None:
            # Kept, not sent; an identity code too is of no use kept (nobody is meant to read it here).
            # On a demonstration central the code stays readable (CENTRAL_DEMO_SHOW_CODES).
            spent = {} if self.config.demo_codes else _spent(claimed)
            outbox.finish(session, claimed, outbox.DEV, last_error=None, **spent)
            return
        try:
            if claimed.channel == outbox.SMS:
                assert self.sms is not None
                self.sms.send(claimed.recipient, claimed.text, claimed.event_key)
            else:
                assert self.mail is not None
                self.mail.send(claimed.recipient, claimed.subject, claimed.text, claimed.event_key)
        except SendError as exc:
            self._failed(session, claimed, exc.reason, exc.permanent)
            return
        except Exception as exc:  # an adapter's own error: its type only (its text may hold data)
            self._failed(session, claimed, f"adapter error ({type(exc).__name__})", False)
            return
        if not outbox.finish(
            session, claimed, outbox.SENT, sent_at=utcnow(), last_error=None, **_spent(claimed)
        ):
            log.warning("notification %s: sent, but its lease had ended meanwhile", claimed.id)

    def _failed(self, session: Any, claimed: outbox.Claimed, reason: str, permanent: bool) -> None:
        who = f"notification {claimed.id} ({claimed.channel} to {outbox.mask(claimed.recipient)})"
        if permanent or claimed.attempts >= self.config.max_attempts:
            outbox.finish(session, claimed, outbox.FAILED, last_error=reason, **_spent(claimed))
            log.warning("%s failed for good after %d tries: %s", who, claimed.attempts, reason)
            return
        delay = backoff(claimed.attempts, self.config.retry_base_s, self.config.retry_max_s)
        outbox.finish(
            session,
            claimed,
            outbox.PENDING,
            last_error=reason,
            next_attempt_at=utcnow() + timedelta(seconds=delay),
        )
        log.info("%s not sent (%s); trying again in %.1f s", who, reason, delay)

    # -- loops ------------------------------------------------------------------------------
    def run_once(self) -> int:
        """Send every message due now (later retries are left); how many were handled."""
        handled = 0
        while self.step():
            handled += 1
        return handled

    def run(self, stop: threading.Event) -> None:
        """Until ``stop`` is set: send what is due, else wait ``poll_s``. A database that does not
        answer is waited for (its error logged once per outage), never the end of the loop."""
        down = False
        while not stop.is_set():
            try:
                busy = self.step()
                down = False
            except SQLAlchemyError as exc:
                if not down:
                    log.warning("notifications: database error (%s); retrying", type(exc).__name__)
                down, busy = True, False
            except Exception as exc:  # never the end of the thread; its type only (no data)
                log.error("notifications: unexpected %s; going on", type(exc).__name__)
                busy = False
            if not busy:
                stop.wait(self.config.poll_s)


class Background:
    """A dispatcher on a thread of its own with a small engine of its own (one connection), so that it
    takes nothing from the request lanes' pool (central/capacity.py)."""

    def __init__(self, database_url: str, config: NotifyConfig) -> None:
        self.engine: Engine = make_engine(database_url, pool_size=1, max_overflow=1)
        self.dispatcher = Dispatcher(sessionmaker(self.engine, expire_on_commit=False), config)
        self.stop_event = threading.Event()
        self.thread = threading.Thread(
            target=self.dispatcher.run, args=(self.stop_event,), name="notify", daemon=True
        )

    def start(self) -> Background:
        self.thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Ends the loop after the message in hand (a send is bounded by its timeout); a message it
        could not finish is taken again when its lease ends."""
        self.stop_event.set()
        self.thread.join(timeout)
        if not self.thread.is_alive():
            self.engine.dispose()


CODE_SENT_TEXT = outbox.CODE_SENT_TEXT


def _spent(claimed: outbox.Claimed) -> dict[str, str]:
    """The text an identity code's message keeps once handled (outbox.CODE_SENT_TEXT)."""
    return {"text": CODE_SENT_TEXT} if outbox.one_time_code(claimed.event_key) else {}
