"""What the back office's pages show, read from the database: the work queue, one application with its
answers, photos, fee and history, the outbox's messages and the kiosk tokens. Each function runs in one
short transaction (``central.capacity.run_db``) and returns plain values for the templates."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from central import auth, handoffs, kpi, reasons, texts, workflow
from central.db import ApiToken, Notification, Submission, as_utc
from central.notify import outbox
from central.tariffs import BAKU
from kiosk.core import services
from kiosk.core.services.model import REJECTED, Field

QUEUE_LIMIT = 300
MESSAGES_LIMIT = 200
OPEN = "open"
# What an attachment route serves as itself (the kiosk accepts pdf, jpg, jpeg, png: guide 002, 4);
# anything else is sent as a download, never rendered.
IMAGE_TYPES = ("image/png", "image/jpeg")
SERVED_TYPES = (*IMAGE_TYPES, "application/pdf")


def when(value: datetime | None) -> str:
    """A stored UTC time as Baku time (UTC+4), the way the staff read clocks."""
    return as_utc(value).astimezone(BAKU).strftime("%d.%m.%Y %H:%M") if value else ""


days_waited = kpi.days_waited  # whole days since received: the queue's count and its "over" mark


def target_days(service: str) -> int:
    """The days an application of ``service`` may wait: its definition's ``target_days``, else the
    20 days of strategy 000 — the same deadline the KPI page counts delays against (central/kpi.py)."""
    return kpi.deadline_days(service)


# -- the work queue -----------------------------------------------------------------------------
@dataclass(frozen=True)
class QueueRow:
    tracking_code: str
    reference: str
    service: str
    service_name: str
    status: str
    status_name: str
    received: str
    days: int
    target: int
    over: bool
    waiting_photo: bool = False  # a photo to follow has not come yet


def queue(session: Session, now: datetime, service: str, status: str, lang: str) -> list[QueueRow]:
    """Applications of ``service`` (all when empty) in ``status`` (``open``: any status that is not
    final; empty: all), oldest first."""
    query = select(
        Submission.tracking_code,
        Submission.reference,
        Submission.service,
        Submission.status,
        Submission.received_at,
        Submission.id,
        Submission.body_json,
    ).order_by(Submission.received_at, Submission.id)
    if service:
        query = query.where(Submission.service == service)
    if status and status != OPEN:
        query = query.where(Submission.status == status)
    elif status == OPEN:
        query = query.where(Submission.status != REJECTED)
    out = []
    for code, reference, sid, current, received_at, pk, body_json in session.execute(query):
        if status == OPEN and workflow.is_final(sid, current):
            continue
        days, target = days_waited(received_at, now), target_days(sid)
        out.append(
            QueueRow(
                tracking_code=code,
                reference=reference or "",
                service=sid,
                service_name=texts.service_name(sid, lang),
                status=current,
                status_name=texts.status_name(current, lang),
                received=when(received_at),
                days=days,
                target=target,
                over=kpi.overdue(sid, received_at, now) and not workflow.is_final(sid, current),
                waiting_photo="photos_to_follow" in body_json
                and bool(handoffs.awaiting_photos(session, pk)),
            )
        )
        if len(out) >= QUEUE_LIMIT:
            break
    return out


# -- one application ----------------------------------------------------------------------------
@dataclass
class Answer:
    label: str
    value: str = ""
    photo: int | None = None  # the attachment's id, shown as an image
    waiting: bool = False  # a photo the applicant sends later (docs/PHOTOS.md "Photo to follow")
    items: list[list[Answer]] = field(default_factory=list)  # a group's items


@dataclass
class Event:
    status_name: str
    at: str
    actor: str
    note: str
    reason: str


@dataclass
class Detail:
    tracking_code: str
    reference: str
    service_name: str
    status: str
    status_name: str
    received: str
    days: int
    target: int
    over: bool
    answers: list[Answer]
    photos: list[tuple[int, str]]  # attachments no answer shows: id, field
    images: set[int]  # the attachments shown as images (the others are links: a PDF)
    waiting_photos: int  # photos the applicant still has to send
    quote: dict[str, str] | None
    history: list[Event]
    next: list[tuple[str, str]]  # status id, name (rejection apart)
    can_reject: bool


def application(session: Session, code: str, now: datetime, lang: str) -> Detail | None:
    row = session.scalar(select(Submission).where(Submission.tracking_code == code))
    if row is None:
        return None
    body = json.loads(row.body_json)
    attachments = {a.field: a.id for a in row.attachments}
    images = {a.id for a in row.attachments if a.content_type in IMAGE_TYPES}
    shown: set[int] = set()
    waiting = set(handoffs.awaiting_photos(session, row.id))
    answers = _answers(row.service, body.get("payload") or {}, attachments, shown, lang, waiting)
    allowed = workflow.allowed_next(row.service, row.status)
    days, target = days_waited(row.received_at, now), target_days(row.service)
    quote = body.get("quote")
    return Detail(
        tracking_code=row.tracking_code,
        reference=row.reference or "",
        service_name=texts.service_name(row.service, lang),
        status=row.status,
        status_name=texts.status_name(row.status, lang),
        received=when(row.received_at),
        days=days,
        target=target,
        over=kpi.overdue(row.service, row.received_at, now) and bool(allowed),
        answers=answers,
        photos=[(aid, name) for name, aid in attachments.items() if aid not in shown],
        images=images,
        waiting_photos=len(waiting),
        quote={k: str(v) for k, v in quote.items()} if isinstance(quote, dict) else None,
        history=[
            Event(
                status_name=texts.status_name(ev.status, lang),
                at=when(ev.at),
                actor=ev.actor,
                note=ev.note or "",
                reason=reasons.text(ev.reason, lang) if ev.reason else "",
            )
            for ev in row.events
        ],
        next=[(s, texts.status_name(s, lang)) for s in allowed if s != REJECTED],
        can_reject=REJECTED in allowed,
    )


def _answers(
    service: str,
    payload: dict[str, Any],
    files: dict[str, int],
    shown: set[int],
    lang: str,
    waiting: set[str] = frozenset(),  # type: ignore[assignment]
) -> list[Answer]:
    """Every answer under its definition's label, in the definition's order; answers the definition
    does not name (a field since removed) after them under their own key."""
    definition = services.SERVICES.get(service)
    fields = definition.fields() if definition is not None else []
    out = [
        _answer(f, payload[f.name], f.name, files, shown, lang, waiting)
        for f in fields
        if f.name in payload
    ]
    named = {f.name for f in fields}
    out += [Answer(key, _plain(value)) for key, value in payload.items() if key not in named]
    return out


def _answer(
    f: Field,
    value: Any,
    path: str,
    files: dict[str, int],
    shown: set[int],
    lang: str,
    waiting: set[str] = frozenset(),  # type: ignore[assignment]
) -> Answer:
    answer = Answer(texts.text("Field", f.label, lang))
    if f.type == "group" and isinstance(value, list):
        for index, item in enumerate(value):
            item = item if isinstance(item, dict) else {}
            answer.items.append(
                [
                    _answer(
                        sub,
                        item.get(sub.name, ""),
                        f"{path}.{index}.{sub.name}",
                        files,
                        shown,
                        lang,
                        waiting,
                    )
                    for sub in f.fields
                    if sub.name in item or f"{path}.{index}.{sub.name}" in waiting
                ]
            )
        return answer
    if f.type == "file":
        answer.waiting = path in waiting
        answer.photo = files.get(path)
        if answer.photo is not None:
            shown.add(answer.photo)
        answer.value = "" if answer.photo is not None else _plain(value)
        return answer
    if f.validator_name == "district" and isinstance(value, str):
        answer.value = _district(value, lang)
        return answer
    labels = {c.value: texts.text("Choice", c.label, lang) for c in f.choices}
    answer.value = labels.get(str(value), _plain(value))
    return answer


def _district(district_id: str, lang: str) -> str:
    """A district's name in ``lang`` (the answer is its id)."""
    from kiosk.core import districts

    try:
        found = districts.get(district_id)
    except KeyError:
        return district_id
    return str(getattr(found, texts.language(lang)))


def _plain(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dict) and "filename" in value:
        return str(value["filename"])
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def attachment(session: Session, code: str, attachment_id: int) -> tuple[str, bytes] | None:
    """The content type and bytes of an attachment of the application ``code``."""
    from central.db import Attachment

    row = session.scalar(
        select(Attachment)
        .join(Submission, Attachment.submission_pk == Submission.id)
        .where(Submission.tracking_code == code, Attachment.id == attachment_id)
    )
    return (row.content_type, row.data) if row is not None else None


# -- messages and kiosks ------------------------------------------------------------------------
def mask(recipient: str) -> str:
    """Every character hidden but the last two digits: ``•••••••67``."""
    digits = re.findall(r"\d", recipient)
    return "•••••••" + "".join(digits[-2:])


@dataclass(frozen=True)
class Message:
    created: str
    kind: str
    channel: str
    recipient: str
    language: str
    subject: str
    text: str
    state: str
    attempts: int
    sent: str


def messages(session: Session, *, demo_codes: bool = False) -> list[Message]:
    """The latest messages, recipients masked; an identity code's text only on a demonstration
    central (``CENTRAL_DEMO_SHOW_CODES=on``, central/notify/config.py)."""
    rows = session.scalars(
        select(Notification)
        .order_by(Notification.created_at.desc(), Notification.id.desc())
        .limit(MESSAGES_LIMIT)
    )
    return [
        Message(
            created=when(n.created_at),
            kind=n.kind,
            channel=n.channel,
            recipient=mask(n.recipient),
            language=n.language,
            subject=n.subject or "",
            # An identity code is the applicant's alone: never shown, even while its message waits.
            text=outbox.CODE_SENT_TEXT
            if outbox.one_time_code(n.event_key) and not demo_codes
            else n.text,
            state=n.state,
            attempts=n.attempts or 0,
            sent=when(n.sent_at),
        )
        for n in rows
    ]


@dataclass(frozen=True)
class KioskToken:
    name: str
    created: str
    revoked: str
    expires: str
    id: int = 0
    usable: bool = False  # neither revoked nor expired: the kiosk is let in


def kiosk_tokens(session: Session) -> list[KioskToken]:
    rows = session.scalars(
        select(ApiToken).where(ApiToken.role == "kiosk").order_by(ApiToken.name, ApiToken.id)
    )
    return [
        KioskToken(
            t.name,
            when(t.created_at),
            when(t.revoked_at),
            when(t.expires_at),
            t.id,
            auth.state(t) == "active",
        )
        for t in rows
    ]
