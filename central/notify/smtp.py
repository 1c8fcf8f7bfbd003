"""E-mail through SMTP (standard library ``smtplib``): ``CENTRAL_SMTP_URL`` is ``smtp://host:port``
(plain, e.g. a relay on the private network), ``smtp+starttls://host:port`` or ``smtps://host:port``
(TLS), with ``user:password@`` before the host when the relay wants a login. The sender is
``CENTRAL_MAIL_FROM``. The ``Message-ID`` is made from the event key, so a message sent again after a
crash carries the same id. Another provider is plugged in by replacing this class (its ``send``).
"""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import unquote, urlsplit

from central.notify.errors import SendError

SCHEMES = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}


@dataclass(frozen=True)
class SmtpTarget:
    scheme: str
    host: str
    port: int
    user: str | None = None
    password: str | None = None

    @classmethod
    def parse(cls, url: str) -> SmtpTarget:
        """ValueError with a one-line message for anything but the schemes above with a host."""
        parts = urlsplit(url)
        if parts.scheme not in SCHEMES or not parts.hostname:
            raise ValueError(
                "CENTRAL_SMTP_URL must be smtp://HOST:PORT, smtp+starttls://HOST:PORT or "
                "smtps://HOST:PORT"
            )
        try:
            port = parts.port or SCHEMES[parts.scheme]
        except ValueError:
            raise ValueError("CENTRAL_SMTP_URL: the port is not a number") from None
        return cls(
            parts.scheme,
            parts.hostname,
            port,
            unquote(parts.username) if parts.username else None,
            unquote(parts.password) if parts.password else None,
        )


def message_id(key: str, sender: str) -> str:
    """The same ``Message-ID`` for every try of one message (no personal data: a hash of the key)."""
    domain = sender.rpartition("@")[2] or "localhost"
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@{domain}>"


class SmtpMailer:
    def __init__(self, target: SmtpTarget, sender: str, timeout_s: float = 10.0) -> None:
        self.target = target
        self.sender = sender
        self.timeout_s = timeout_s

    def send(self, to: str, subject: str, text: str, key: str) -> None:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = to
        message["Subject"] = subject
        message["Date"] = formatdate(usegmt=True)
        message["Message-ID"] = message_id(key, self.sender)
        message.set_content(text, cte="quoted-printable")  # 7-bit safe: any relay takes it
        t = self.target
        try:
            if t.scheme == "smtps":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    t.host, t.port, timeout=self.timeout_s, context=ssl.create_default_context()
                )
            else:
                client = smtplib.SMTP(t.host, t.port, timeout=self.timeout_s)
            with client:
                if t.scheme == "smtp+starttls":
                    client.starttls(context=ssl.create_default_context())
                if t.user:
                    client.login(t.user, t.password or "")
                client.send_message(message, from_addr=self.sender, to_addrs=[to])
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            permanent = all(code >= 500 for code in codes)
            raise SendError(
                f"recipient refused ({codes[0] if codes else '?'})", permanent=permanent
            ) from None
        except smtplib.SMTPDataError as exc:  # the message itself refused
            raise SendError(
                f"mail server answered {exc.smtp_code}", permanent=exc.smtp_code >= 500
            ) from None
        except (
            smtplib.SMTPResponseException
        ) as exc:  # a login or sender refused: the set-up's fault
            raise SendError(f"mail server answered {exc.smtp_code}") from None
        except (smtplib.SMTPException, OSError) as exc:
            raise SendError(f"mail server unreachable ({type(exc).__name__})") from None
