"""SMS through an HTTP gateway (docs/NOTIFICATIONS.md "The SMS gateway contract").

``POST {CENTRAL_SMS_URL}`` with ``{"to": "+994…", "text": "…"}``, ``Idempotency-Key: <event_key>`` and,
when ``CENTRAL_SMS_TOKEN`` is set, ``Authorization: Bearer <token>``. Any 2xx: accepted. 408, 429 and
5xx, a refused connection or a timeout: tried again later (same key, so a gateway that keeps the keys
it has seen sends it once). Any other answer: failed for good. A provider with another API is plugged
in by replacing this class (its ``send``) — nothing else knows the gateway.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from central.notify.errors import SendError


class HttpSmsGateway:
    def __init__(self, url: str, token: str | None = None, timeout_s: float = 10.0) -> None:
        self.url = url
        self.token = token
        self.timeout_s = timeout_s

    def send(self, to: str, text: str, key: str) -> None:
        headers = {"Content-Type": "application/json; charset=utf-8", "Idempotency-Key": key}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        body = json.dumps({"to": to, "text": text}, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as answer:
                answer.read(4096)
        except urllib.error.HTTPError as exc:
            exc.close()
            transient = exc.code in (408, 429) or exc.code >= 500
            raise SendError(f"gateway answered {exc.code}", permanent=not transient) from None
        except TimeoutError:
            raise SendError("gateway timed out") from None
        except (urllib.error.URLError, OSError) as exc:
            cause = getattr(exc, "reason", exc)
            raise SendError(f"gateway unreachable ({type(cause).__name__})") from None
