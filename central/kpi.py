"""The key performance indicators of Azərişıq's strategy (000 §4.4, the table of KPIs), computed from the
applications, their timelines and the applicants' ratings (docs/KPI.md has each definition and formula).

Which status ends an application well comes from the service definitions' flows
(``kiosk.core.services``): a final status other than ``rejected`` (``connected`` for a connection). Days
to connect are measured for the services with a connection deadline (``target_days`` in their
definition); every service counts in the shares by channel, the rejection rate and the delays.

Percentiles are by linear interpolation between closest ranks (Hyndman and Fan's type 7, the default
of numpy and of spreadsheets' PERCENTILE.INC): for sorted values ``x[0] ≤ … ≤ x[n-1]`` and a fraction
``p``, the rank is ``h = (n - 1) · p`` and the percentile is ``x[⌊h⌋] + (h - ⌊h⌋) · (x[⌊h⌋+1] - x[⌊h⌋])``.
The median is the 0.5 percentile: the mean of the two middle values when ``n`` is even.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from central import texts
from central.db import Rating, StatusEvent, Submission, as_utc
from kiosk.core import services
from kiosk.core.i18n import QT_TRANSLATE_NOOP
from kiosk.core.services.model import REJECTED

CONTEXT = "Kpi"
SECONDS_PER_DAY = Decimal(86400)
HUNDRED = Decimal(100)

# Strategy 000 §4.4 (table of KPIs): current → target. Shares are fractions (0.30 is 30 %).
TARGET_ELECTRONIC_SHARE = Decimal("0.30")
TARGET_DAYS_TO_CONNECT = 20
TARGET_REJECTION_RATE = Decimal("0.0275")
TARGET_SATISFACTION = Decimal("0.98")
# An application still open after this many days is a delay (the deadline of strategy 000 §4.4, item 2),
# unless its service's definition sets a deadline of its own (``target_days``).
DELAY_DAYS = TARGET_DAYS_TO_CONNECT
# Ratings of 4 or 5 out of 5 count as satisfied.
SATISFIED_FROM = 4


@dataclass(frozen=True)
class Kpi:
    """The indicators over the period from ``since`` (None: everything stored) to ``now``.

    Shares and rates are fractions (Decimal, 0 to 1); None where nothing was there to count."""

    now: datetime
    since: datetime | None
    # Applications received in the period, and how many by channel (``Submission.channel``).
    applications: int
    by_channel: tuple[tuple[str, int], ...]
    # The share of electronic applications among all the utility's (strategy 000: 3 % → 30 %) needs the
    # count of paper ones, which this system never sees: None, and the page says so (docs/KPI.md).
    electronic_share: Decimal | None
    # Connection-deadline services: applications that reached their final non-rejected status in the
    # period, and the days from received to there.
    connected: int
    days_to_connect_median: Decimal | None
    days_to_connect_p90: Decimal | None
    # Applications received in the period that were decided (a final status), and of them rejected.
    decided: int
    rejected: int
    rejection_rate: Decimal | None
    # Ratings given in the period (every channel): how many, how many 4 or 5, the share and the mean.
    ratings: int
    satisfied: int
    satisfaction: Decimal | None
    rating_mean: Decimal | None
    # Applications open right now (not in a final status) for longer than their deadline.
    delays_over_target: int

    def share_of(self, channel: str) -> Decimal | None:
        """The share of the period's applications that came by ``channel``."""
        if not self.applications:
            return None
        return Decimal(dict(self.by_channel).get(channel, 0)) / Decimal(self.applications)


def percentile(values: Sequence[Decimal], fraction: Decimal) -> Decimal | None:
    """The ``fraction`` percentile of ``values`` by linear interpolation (type 7, module docstring)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * fraction
    low = int(rank)  # rank ≥ 0: the floor
    if low + 1 >= len(ordered):
        return ordered[-1]
    return ordered[low] + (rank - low) * (ordered[low + 1] - ordered[low])


def final_success(service: str) -> frozenset[str]:
    """The statuses that end an application of ``service`` well: final in its flow, not ``rejected``."""
    definition = services.SERVICES.get(service)
    if definition is None:
        return frozenset()
    return frozenset(s for s, forward in definition.flow.items() if not forward and s != REJECTED)


def deadline_days(service: str) -> int:
    """The days an application of ``service`` may stay open before it counts as a delay."""
    definition = services.SERVICES.get(service)
    days = definition.target_days if definition is not None else None
    return days or DELAY_DAYS


def _connection_services() -> tuple[str, ...]:
    return tuple(s.id for s in services.all_services() if s.target_days)


def _days(start: datetime, end: datetime) -> Decimal:
    return Decimal((as_utc(end) - as_utc(start)).total_seconds()) / SECONDS_PER_DAY


def _ratio(part: int, whole: int) -> Decimal | None:
    return Decimal(part) / Decimal(whole) if whole else None


def compute(session: Session, now: datetime, since: datetime | None = None) -> Kpi:
    """The indicators from the database, as of ``now`` (aware), over the period from ``since``."""
    received = select(Submission.id, Submission.service, Submission.status, Submission.channel)
    received = received.where(Submission.received_at <= now)
    if since is not None:
        received = received.where(Submission.received_at >= since)
    channels: dict[str, int] = {}
    decided = rejected = 0
    applications = 0
    for _id, service, status, channel in session.execute(received):
        applications += 1
        channels[channel] = channels.get(channel, 0) + 1
        if status == REJECTED:
            rejected += 1
            decided += 1
        elif status in final_success(service):
            decided += 1

    days = _days_to_connect(session, now, since)

    rated = select(Rating.score).where(Rating.at <= now)
    if since is not None:
        rated = rated.where(Rating.at >= since)
    scores = list(session.scalars(rated))
    satisfied = sum(1 for score in scores if score >= SATISFIED_FROM)

    return Kpi(
        now=now,
        since=since,
        applications=applications,
        by_channel=tuple(sorted(channels.items())),
        electronic_share=None,
        connected=len(days),
        days_to_connect_median=percentile(days, Decimal("0.5")),
        days_to_connect_p90=percentile(days, Decimal("0.9")),
        decided=decided,
        rejected=rejected,
        rejection_rate=_ratio(rejected, decided),
        ratings=len(scores),
        satisfied=satisfied,
        satisfaction=_ratio(satisfied, len(scores)),
        rating_mean=(Decimal(sum(scores)) / Decimal(len(scores))) if scores else None,
        delays_over_target=_delays(session, now),
    )


def _days_to_connect(session: Session, now: datetime, since: datetime | None) -> list[Decimal]:
    """Days from received to the first event of a final non-rejected status, for the applications of
    the connection-deadline services whose application reached it in the period."""
    wanted = _connection_services()
    if not wanted:
        return []
    finals = {service: final_success(service) for service in wanted}
    all_finals = sorted(set().union(*finals.values()))
    query = (
        select(
            Submission.id,
            Submission.service,
            Submission.received_at,
            StatusEvent.status,
            func.min(StatusEvent.at),
        )
        .join(StatusEvent, StatusEvent.submission_pk == Submission.id)
        .where(Submission.service.in_(wanted), StatusEvent.status.in_(all_finals))
        .group_by(Submission.id, Submission.service, Submission.received_at, StatusEvent.status)
    )
    done: dict[int, tuple[datetime, datetime]] = {}
    for pk, service, received_at, status, at in session.execute(query):
        if status not in finals[service]:
            continue
        reached = as_utc(at)
        if pk not in done or reached < done[pk][1]:
            done[pk] = (as_utc(received_at), reached)
    return [
        _days(start, end)
        for start, end in done.values()
        if end <= as_utc(now) and (since is None or end >= as_utc(since))
    ]


def days_waited(received_at: datetime, now: datetime) -> int:
    """Whole calendar days since the application was received (the back office's "waited")."""
    return max(0, (as_utc(now) - as_utc(received_at)).days)


def overdue(service: str, received_at: datetime, now: datetime) -> bool:
    """Whether an open application has waited more whole days than its service's deadline: the one
    rule of the work queue's mark and of this page's delays (on the 21st day of a 20-day target)."""
    return days_waited(received_at, now) > deadline_days(service)


def _delays(session: Session, now: datetime) -> int:
    """Open applications (not in a final status) older than their service's deadline, now."""
    count = 0
    rows = select(Submission.service, Submission.status, Submission.received_at).where(
        Submission.status != REJECTED
    )
    for service, status, received_at in session.execute(rows):
        definition = services.SERVICES.get(service)
        if definition is None or not definition.allowed_next(status):
            continue  # final (or its service is no longer defined: nothing can move it on)
        if overdue(service, received_at, now):
            count += 1
    return count


# ------------------------------------------------------------------------------------------- display

LABELS: dict[str, str] = {
    "applications": QT_TRANSLATE_NOOP("Kpi", "Applications received"),
    "channel": QT_TRANSLATE_NOOP("Kpi", "Applications by channel: %1"),
    "electronic": QT_TRANSLATE_NOOP("Kpi", "Share of electronic applications"),
    "median": QT_TRANSLATE_NOOP("Kpi", "Days to connect (median)"),
    "p90": QT_TRANSLATE_NOOP("Kpi", "Days to connect (90th percentile)"),
    "rejections": QT_TRANSLATE_NOOP("Kpi", "Rejections (of decided applications)"),
    "satisfaction": QT_TRANSLATE_NOOP("Kpi", "Satisfaction (ratings 4 or 5)"),
    "mean": QT_TRANSLATE_NOOP("Kpi", "Average rating (1 to 5)"),
    "delays": QT_TRANSLATE_NOOP("Kpi", "Applications open past their deadline"),
    "days": QT_TRANSLATE_NOOP("Kpi", "%1 days"),
    "none": QT_TRANSLATE_NOOP("Kpi", "no data yet"),
    "paper_elsewhere": QT_TRANSLATE_NOOP(
        "Kpi", "not measured here: paper applications are counted by the utility"
    ),
}
CHANNELS: dict[str, str] = {
    "kiosk": QT_TRANSLATE_NOOP("Kpi", "kiosk"),
    "phone": QT_TRANSLATE_NOOP("Kpi", "phone"),
}


def label(key: str, lang: str) -> str:
    return texts.text(CONTEXT, LABELS[key], lang)


def format_number(value: Decimal | int, lang: str, places: int = 1) -> str:
    """``1 234,5`` in az and ru, ``1,234.5`` in en; rounded half-up to ``places`` decimals."""
    number = Decimal(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    whole, _, frac = f"{abs(number):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, point = (",", ".") if lang == "en" else (" ", ",")
    text = sign + thousands.join(groups)
    return text + point + frac if frac else text


def format_percent(value: Decimal | None, lang: str, places: int = 1) -> str:
    if value is None:
        return label("none", lang)
    return format_number(value * HUNDRED, lang, places) + " %"


def format_days(value: Decimal | int | None, lang: str) -> str:
    if value is None:
        return label("none", lang)
    return label("days", lang).replace("%1", format_number(value, lang, 1))


def rows(k: Kpi, lang: str) -> list[tuple[str, str, str]]:
    """(label, value, target) for each indicator, in ``lang`` (an empty target where none is set)."""
    lang = texts.language(lang)
    out = [(label("applications", lang), format_number(k.applications, lang, 0), "")]
    for channel, count in k.by_channel:
        name = texts.text(CONTEXT, CHANNELS[channel], lang) if channel in CHANNELS else channel
        share = format_percent(k.share_of(channel), lang)
        value = f"{format_number(count, lang, 0)} ({share})"
        out.append((label("channel", lang).replace("%1", name), value, ""))
    out += [
        (
            label("electronic", lang),
            format_percent(k.electronic_share, lang)
            if k.electronic_share is not None
            else label("paper_elsewhere", lang),
            "≥ " + format_percent(TARGET_ELECTRONIC_SHARE, lang, 0),
        ),
        (
            label("median", lang),
            format_days(k.days_to_connect_median, lang),
            "≤ " + label("days", lang).replace("%1", str(TARGET_DAYS_TO_CONNECT)),
        ),
        (label("p90", lang), format_days(k.days_to_connect_p90, lang), ""),
        (
            label("rejections", lang),
            format_percent(k.rejection_rate, lang, 2),
            "≤ " + format_percent(TARGET_REJECTION_RATE, lang, 2),
        ),
        (
            label("satisfaction", lang),
            format_percent(k.satisfaction, lang),
            "≥ " + format_percent(TARGET_SATISFACTION, lang, 0),
        ),
        (
            label("mean", lang),
            format_number(k.rating_mean, lang, 2)
            if k.rating_mean is not None
            else label("none", lang),
            "",
        ),
        (label("delays", lang), format_number(k.delays_over_target, lang, 0), "0"),
    ]
    return out
