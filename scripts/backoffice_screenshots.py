"""Write PNGs of the back office's pages into docs/screenshots/backoffice-*.png.

    python scripts/backoffice_screenshots.py [--out DIR] [--lang az|ru|en]

A real central (central.testing.CentralServer) on a temporary SQLite database is seeded with invented
applications of every service (some waiting longer than the 20-day target, some moved on, one rejected
with a reason), a few messages as the outbox writes them, kiosk tokens and heartbeats; a supervisor signs
in through Debian's chromium and each page is saved at desktop size.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "support"))  # browser: the tests' Chromium helper

import httpx  # noqa: E402
from browser import DESKTOP, chromium  # noqa: E402
from sqlalchemy import update  # noqa: E402

from central import auth, store  # noqa: E402
from central.backoffice import accounts  # noqa: E402
from central.db import (  # noqa: E402
    KioskHeartbeat,
    Notification,
    Rating,
    Submission,
    open_db,
    utcnow,
)
from central.testing import CentralServer, sample_submission  # noqa: E402

USER, PASSWORD = "aysel", "screenshot password 1"

# (service, days waited, moves after it was received, rejection reason)
SEED: list[tuple[str, int, tuple[str, ...], str | None]] = [
    ("household", 27, ("under_review",), None),
    ("business", 23, ("under_review", "fee_to_pay"), None),
    ("household", 18, (), None),
    ("water_reading", 9, (), None),
    ("prosumer", 6, (), None),
    ("household", 4, ("under_review", "fee_to_pay", "paid"), None),
    ("water_reading", 2, (), None),
    ("business", 1, (), None),
    ("household", 12, ("rejected",), "power_above_limit"),
    ("household", 40, ("under_review", "fee_to_pay", "paid", "works", "connected"), None),
    ("business", 55, ("under_review", "fee_to_pay", "paid", "works", "connected"), None),
    ("water_reading", 30, ("accepted", "invoice_formed"), None),
]
# Ratings of the confirmation screen (kiosk) and the status page (phone): seed index, channel, score.
RATINGS = [(0, "kiosk", 5), (2, "kiosk", 4), (3, "phone", 5), (5, "kiosk", 3), (9, "kiosk", 5)]


def seed(central: CentralServer) -> dict[str, str]:
    """The applications, messages, tokens and heartbeats; returns the codes the pages show."""
    codes: list[str] = []
    for service, _, _, _ in SEED:
        body = sample_submission(service)
        answer = httpx.post(
            central.url + "/api/v1/submissions",
            json=body,
            headers=central.headers(body["submission_id"]),
            timeout=30,
        )
        answer.raise_for_status()
        codes.append(body["tracking_code"])
    engine, sessionmaker = open_db(central.database_url)
    now = utcnow()
    try:
        with sessionmaker() as session:
            accounts.add_user(
                session, USER, accounts.SUPERVISOR, PASSWORD, "Aysel Hüseynova", actor="seed"
            )
            accounts.add_user(session, "rauf", accounts.OPERATOR, PASSWORD, "Rauf Əliyev", "seed")
            for code, (_, days, moves, reason) in zip(codes, SEED, strict=True):
                session.execute(
                    update(Submission)
                    .where(Submission.tracking_code == code)
                    .values(received_at=now - timedelta(days=days, hours=3))
                )
                session.commit()
                for status in moves:
                    note = "Texniki Şura təsdiqlədi" if status == "fee_to_pay" else None
                    store.advance(session, code, status, "staff:rauf", note, reason=reason)
                # The timeline as it would have happened: received then, each move two days on.
                received = now - timedelta(days=days, hours=3)
                row = store.find(session, code)
                assert row is not None
                for step, event in enumerate(row.events):
                    event.at = received + timedelta(days=2 * step, hours=min(step, 1) * 2)
                session.commit()
            for index, channel, score in RATINGS:
                found = store.find(session, codes[index])
                assert found is not None
                session.add(Rating(submission_pk=found.id, channel=channel, score=score, at=now))
            session.commit()
            _messages(session, codes, now)
            for name in ("AZ-BAKU-ASAN1-K01", "AZ-BAKU-ASAN1-K02", "AZ-GNC-ASAN-K01"):
                auth.create_token(session, auth.KIOSK, name)
            _heartbeats(session, now)
            session.commit()
    finally:
        engine.dispose()
    return {"household": codes[1], "water_reading": codes[3]}


def _messages(session: Any, codes: list[str], now: Any) -> None:
    texts = [
        (
            "received",
            "sms",
            "+994501234567",
            "az",
            "",
            "Müraciətiniz qəbul edildi. İzləmə kodu: {}",
            "dev",
        ),
        ("status", "sms", "+994551234567", "ru", "", "Статус заявки {}: Рассматривается", "dev"),
        (
            "status",
            "email",
            "gulsen@example.az",
            "az",
            "Müraciətin statusu",
            "{}: qoşulma haqqı ödənilməlidir",
            "sent",
        ),
        (
            "received",
            "sms",
            "+994701234567",
            "en",
            "",
            "Application received. Tracking code: {}",
            "failed",
        ),
    ]
    for index, (kind, channel, to, lang, subject, text, state) in enumerate(texts):
        session.add(
            Notification(
                event_key=f"seed:{index}",
                kind=kind,
                channel=channel,
                recipient=to,
                language=lang,
                subject=subject,
                text=text.format(codes[index]),
                state=state,
                attempts=3 if state == "failed" else 1,
                created_at=now - timedelta(minutes=40 - index * 7),
                sent_at=now - timedelta(minutes=39 - index * 7) if state == "sent" else None,
            )
        )


def _heartbeats(session: Any, now: Any) -> None:
    for kiosk, depth, printer, minutes in (
        ("AZ-BAKU-ASAN1-K01", 0, "ok", 1),
        ("AZ-BAKU-ASAN1-K02", 3, "paper_out", 2),
        ("AZ-GNC-ASAN-K01", 0, "ok", 95),
    ):
        session.add(
            KioskHeartbeat(
                kiosk_id=kiosk,
                token_name=kiosk,
                version="0.9.0",
                queue_depth=depth,
                printer_state=printer,
                last_sync_at=now - timedelta(minutes=minutes),
                received_at=now - timedelta(minutes=minutes),
            )
        )


def _full_page(web: Any, path: Path) -> Path:
    """A PNG of the whole page: the window grown until its viewport holds the page's full height."""
    chrome = web.execute_script("return window.outerHeight - window.innerHeight")
    height = web.execute_script("return document.documentElement.scrollHeight")
    web.set_window_size(DESKTOP[0], max(DESKTOP[1], height + chrome))
    path.parent.mkdir(parents=True, exist_ok=True)
    web.save_screenshot(str(path))
    return path


def shoot(out: Path, lang: str) -> list[Path]:
    from selenium.webdriver.common.by import By

    saved = []
    with tempfile.TemporaryDirectory() as tmp, CentralServer(Path(tmp)) as central:
        codes = seed(central)
        with chromium(DESKTOP) as web:
            web.get(f"{central.url}/backoffice/login?lang={lang}")
            saved.append(_full_page(web, out / "backoffice-login.png"))
            web.set_window_size(*DESKTOP)
            web.find_element(By.ID, "username").send_keys(USER)
            web.find_element(By.ID, "password").send_keys(PASSWORD)
            web.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
            pages = [
                ("queue", "/backoffice/queue"),
                ("application", f"/backoffice/applications/{codes['household']}"),
                ("application-photo", f"/backoffice/applications/{codes['water_reading']}"),
                ("messages", "/backoffice/messages"),
                ("kpi", "/backoffice/kpi"),
                ("fleet", "/backoffice/fleet"),
                ("users", "/backoffice/users"),
                ("kiosks", "/backoffice/kiosks"),
            ]
            for name, path in pages:
                web.set_window_size(*DESKTOP)
                web.get(central.url + path)
                saved.append(_full_page(web, out / f"backoffice-{name}.png"))
            # A new kiosk: its token shown once, on the page the form answers.
            web.find_element(By.ID, "kiosk-name").send_keys("KIOSK-SUMQAYIT-01")
            web.find_element(By.ID, "kiosk-days").send_keys("365")
            web.find_element(By.CSS_SELECTOR, "form[action='/backoffice/kiosks'] button").click()
            web.set_window_size(*DESKTOP)
            saved.append(_full_page(web, out / "backoffice-kiosk-added.png"))
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("az", "ru", "en"), default="az")
    args = parser.parse_args(argv)
    for path in shoot(args.out, args.lang):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
