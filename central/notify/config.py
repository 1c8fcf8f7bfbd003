"""The dispatcher's settings, from the environment (docs/NOTIFICATIONS.md "Configuration"); each bad
value stops ``central serve`` and ``central dispatch`` with one line naming it."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from central.config import public_url
from central.notify.smtp import SmtpTarget


class NotifyConfigError(ValueError):
    pass


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _number(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise NotifyConfigError(f"{name}={raw!r} is not a number") from None
    if not low <= value <= high:
        raise NotifyConfigError(f"{name}={raw!r} must be between {low:g} and {high:g}")
    return value


# ``on``: a demonstration central (kiosk/local_central.py) — identity codes with no SMS gateway stay
# readable on the back office's Messages page (docs/NOTIFICATIONS.md "Identity codes"). Never on a
# central in service: any staff member could read a code and type it at the kiosk that asked for it.
DEMO_CODES_ENV = "CENTRAL_DEMO_SHOW_CODES"


@dataclass(frozen=True)
class NotifyConfig:
    sms_url: str | None = None
    sms_token: str | None = None
    smtp: SmtpTarget | None = None
    mail_from: str = "no-reply@localhost"
    public_url: str = ""
    # A claimed message is held this long; a worker that died holding it loses it then.
    lease_s: float = 60.0
    retry_base_s: float = 5.0  # the first retry's delay, doubled each time up to retry_max_s
    retry_max_s: float = 3600.0
    max_attempts: int = 20  # about half a day of retries with the defaults, then failed
    poll_s: float = 1.0  # how often an idle dispatcher looks for due messages
    in_serve: bool = True  # `central serve` runs a dispatcher in each worker
    # A demonstration without an SMS gateway (``make run``'s local central): identity codes kept as
    # ``dev`` are shown on the back office's Messages page, so the code step can be completed.
    demo_codes: bool = False

    def unconfigured(self) -> list[str]:
        """The channels whose messages are kept as ``dev`` (no adapter configured)."""
        return [c for c, target in (("sms", self.sms_url), ("email", self.smtp)) if target is None]

    @property
    def send_timeout_s(self) -> float:
        """One send's time limit: well inside the lease, so a slow gateway never outlives it."""
        return min(10.0, self.lease_s / 3)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> NotifyConfig:
        env = os.environ if env is None else env
        sms_url = env.get("CENTRAL_SMS_URL", "").strip() or None
        if sms_url is not None:
            parts = urlsplit(sms_url)
            plain_ok = parts.scheme == "http" and _loopback(parts.hostname or "")
            if not parts.hostname or not (parts.scheme == "https" or plain_ok):
                raise NotifyConfigError(
                    "CENTRAL_SMS_URL must be an https:// URL (http:// only to a loopback address)"
                )
        smtp_url = env.get("CENTRAL_SMTP_URL", "").strip()
        smtp = None
        if smtp_url:
            try:
                smtp = SmtpTarget.parse(smtp_url)
            except ValueError as exc:
                raise NotifyConfigError(str(exc)) from None
        mail_from = env.get("CENTRAL_MAIL_FROM", "").strip() or "no-reply@localhost"
        if "@" not in mail_from or any(ch in mail_from for ch in "\r\n"):
            raise NotifyConfigError(f"CENTRAL_MAIL_FROM={mail_from!r} is not an e-mail address")
        try:
            base = public_url()
        except ValueError as exc:
            raise NotifyConfigError(str(exc)) from None
        dispatch = env.get("CENTRAL_DISPATCH", "on").strip().lower() or "on"
        if dispatch not in ("on", "off"):
            raise NotifyConfigError(f"CENTRAL_DISPATCH={dispatch!r} must be on or off")
        demo = env.get(DEMO_CODES_ENV, "off").strip().lower() or "off"
        if demo not in ("on", "off"):
            raise NotifyConfigError(f"{DEMO_CODES_ENV}={demo!r} must be on or off")
        base_s = _number(env, "CENTRAL_NOTIFY_RETRY_BASE_S", 5.0, 0.01, 3600)
        return cls(
            sms_url=sms_url,
            sms_token=env.get("CENTRAL_SMS_TOKEN", "").strip() or None,
            smtp=smtp,
            mail_from=mail_from,
            public_url=base,
            lease_s=_number(env, "CENTRAL_NOTIFY_LEASE_S", 60.0, 1, 3600),
            retry_base_s=base_s,
            retry_max_s=max(base_s, _number(env, "CENTRAL_NOTIFY_RETRY_MAX_S", 3600, 0.01, 86400)),
            max_attempts=int(_number(env, "CENTRAL_NOTIFY_MAX_ATTEMPTS", 20, 1, 1000)),
            poll_s=_number(env, "CENTRAL_NOTIFY_POLL_S", 1.0, 0.01, 60),
            in_serve=dispatch == "on",
            demo_codes=demo == "on",
        )
