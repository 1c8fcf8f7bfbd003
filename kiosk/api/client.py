"""The one HTTP client of the central API (docs/WIRE.md).

Every call carries an explicit (connect, read) timeout. urllib3 retries only failed connection attempts
(the request never left, so even a POST is safe to repeat); a response, or an error after the request was
sent, is never retried here: the outbox decides, with the same Idempotency-Key.

Certificate verification is whatever the constructor was given and nothing else: ``trust_env`` is off, so
``REQUESTS_CA_BUNDLE``, ``CURL_CA_BUNDLE``, proxies and ``.netrc`` from the environment are ignored
(requests lets ``REQUESTS_CA_BUNDLE`` replace ``verify=True`` in ``merge_environment_settings``), and
``verify`` is passed again on each request. Plain ``http://`` is refused unless the host is a literal
loopback address (``kiosk.config.check_url``: never a name, not even ``localhost``). ``SSLKEYLOGFILE`` is
removed from the environment when a client is made (``kiosk.cli.main`` does so at start already): urllib3
reads it for every TLS connection and would write the session keys to that file.
The bearer token is sent only to the endpoints that need it and never appears in logs or reprs.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Mapping, Sequence
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from kiosk.api.results import (
    Accepted,
    ApiError,
    HandoffPoll,
    InsecureURLError,
    PhoneHandoff,
    Rejected,
    RetryLater,
    SubmitResult,
    TrackingStatus,
)
from kiosk.config import KioskConfig, check_url
from kiosk.core import jsonio

log = logging.getLogger(__name__)


class _RedactLookupPaths(logging.Filter):
    """urllib3 logs each request line at DEBUG; a look-up's path holds a FİN or subscriber code, and a
    photo hand-off's path its id, which is also the code a phone may type to send a photo."""

    SECRET_PATHS = ("/lookup/", "/handoffs/")

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple):
            record.args = tuple(self._redact(a) if isinstance(a, str) else a for a in args)
        return True

    def _redact(self, text: str) -> str:
        for marker in self.SECRET_PATHS:
            if marker in text:
                return text.split(marker)[0] + marker + "***"
        return text


logging.getLogger("urllib3.connectionpool").addFilter(_RedactLookupPaths())

Timeout = tuple[float, float]
# Statuses that say nothing about the submission itself: retried later, never turned into `rejected`.
_RETRY_STATUSES = frozenset({408, 429})
# A wrong token or a wrong URL is the kiosk's configuration, not the applicant's data.
_CONFIG_STATUSES = {
    401: "unauthorized",
    403: "forbidden",
    404: "endpoint_not_found",
    405: "endpoint",
}
MAX_RETRY_AFTER_S = 3600.0


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), capped at an hour."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)


def _connect_timeout(read: float) -> float:
    return min(3.05, read)


class CentralClient:
    """``CentralClient("https://central.example", token)``; see the module docstring for the rules."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        timeout: float = 10.0,
        lookup_timeout: float = 5.0,
        verify: bool | str = True,
        connect_retries: int = 2,
        kiosk_id: str = "",
    ) -> None:
        problem = check_url(base_url)
        if problem:
            raise InsecureURLError(f"central URL {base_url!r}: {problem}")
        os.environ.pop("SSLKEYLOGFILE", None)  # urllib3 reads it for every new TLS connection
        self.base_url = base_url.rstrip("/")
        self.kiosk_id = kiosk_id
        self._token = token
        self.verify = verify
        self.timeout: Timeout = (_connect_timeout(timeout), timeout)
        self.lookup_timeout: Timeout = (_connect_timeout(lookup_timeout), lookup_timeout)
        self.session = requests.Session()
        self.session.trust_env = False
        self.session.verify = verify
        retry = Retry(
            total=None,
            connect=connect_retries,
            read=False,
            redirect=False,
            status=0,
            other=0,
            backoff_factor=0.2,
            raise_on_status=False,
            respect_retry_after_header=False,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def __repr__(self) -> str:
        return f"CentralClient({self.base_url!r}, token=***)"

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------------------ transport

    def _request(
        self,
        method: str,
        path: str,
        *,
        route: str,
        timeout: Timeout,
        auth: bool,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str] | None = None,
    ) -> requests.Response:
        all_headers = {"Accept": "application/json", **(headers or {})}
        if auth:
            all_headers["Authorization"] = f"Bearer {self._token}"
        if body is not None:
            all_headers["Content-Type"] = "application/json"
        started = time.monotonic()
        response = self.session.request(
            method,
            self.base_url + path,
            data=body,
            headers=all_headers,
            params=params,
            timeout=timeout,
            verify=self.verify,
            allow_redirects=False,
        )
        log.debug(
            "%s %s -> %s in %.0f ms",
            method,
            route,
            response.status_code,
            (time.monotonic() - started) * 1000,
        )
        return response

    # --------------------------------------------------------------------------------------------- submit

    def _call(self, method: str, path: str, **options: Any) -> requests.Response:
        """:meth:`_request` for every call but the submission's and the rating's (which answer
        RetryLater): a request that got no answer is an ApiError (``api.timeout``,
        ``api.unavailable``, ``api.bad_response``)."""
        try:
            return self._request(method, path, **options)
        except requests.Timeout:
            raise ApiError("api.timeout") from None
        except requests.ConnectionError:
            raise ApiError("api.unavailable") from None
        except requests.RequestException as exc:
            raise ApiError("api.bad_response", type(exc).__name__) from None

    def submit(self, envelope: Mapping[str, Any], idempotency_key: str) -> SubmitResult:
        """POST one submission. Never raises for transport or server faults: they become RetryLater."""
        body = json.dumps(envelope, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        response = self._post_or_retry(
            "/api/v1/submissions",
            "submissions",
            body.encode("utf-8"),
            headers={"Idempotency-Key": idempotency_key},
        )
        if isinstance(response, RetryLater):
            return response
        return self._submit_result(response)

    def _post_or_retry(
        self, path: str, route: str, body: bytes, headers: Mapping[str, str] | None = None
    ) -> requests.Response | RetryLater:
        """POST what the outbox sends (a submission, a rating): a transport fault is a RetryLater."""
        try:
            return self._request(
                "POST",
                path,
                route=route,
                timeout=self.timeout,
                auth=True,
                body=body,
                headers=headers,
            )
        except requests.Timeout:
            return RetryLater("timeout", transport=True)
        except requests.exceptions.SSLError:
            return RetryLater("tls", transport=True)
        except requests.ConnectionError:
            return RetryLater("connection", transport=True)
        except requests.RequestException as exc:  # truncated or undecodable bodies, bad chunks
            return RetryLater(f"bad_response:{type(exc).__name__}")

    def _submit_result(self, response: requests.Response) -> SubmitResult:
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if status in (200, 201):
            data = _json_object(response)
            reference = data.get("reference") if data is not None else None
            if not isinstance(reference, str) or not reference:
                return RetryLater("bad_response", status=status)
            assert data is not None
            return Accepted(
                reference=reference,
                tracking_code=str(data.get("tracking_code", "")),
                status=str(data.get("status", "received")),
                duplicate=bool(data.get("duplicate", False)) or status == 200,
            )
        if status in _RETRY_STATUSES or status >= 500:
            return RetryLater(f"http_{status}", retry_after=retry_after, status=status)
        if status in _CONFIG_STATUSES:
            return RetryLater(_CONFIG_STATUSES[status], retry_after=retry_after, status=status)
        if 400 <= status < 500:
            detail = _detail(response)
            errors = detail.get("errors")
            return Rejected(
                status=status,
                code=str(detail.get("code") or f"http_{status}"),
                message=str(detail.get("message") or ""),
                errors={str(k): str(v) for k, v in errors.items()}
                if isinstance(errors, dict)
                else {},
            )
        return RetryLater("bad_response", status=status)

    # ------------------------------------------------------------------------------ ratings, heartbeat

    def rate(self, tracking_code: str, score: int) -> SubmitResult:
        """POST an applicant's rating (docs/WIRE.md "Ratings"). Accepted when stored (new or replacing),
        Rejected when the central refuses it (no such application, a bad body), else RetryLater."""
        body = json.dumps({"tracking_code": tracking_code, "score": score}, separators=(",", ":"))
        response = self._post_or_retry("/api/v1/ratings", "ratings", body.encode("utf-8"))
        if isinstance(response, RetryLater):
            return response
        status = response.status_code
        if status in (200, 201):
            return Accepted("", tracking_code, "rated", duplicate=status == 200)
        code = _detail(response).get("code")
        if status in (404, 422) and code in ("not_found", "invalid_payload"):
            return Rejected(status=status, code=str(code))
        if status in _CONFIG_STATUSES:
            return RetryLater(_CONFIG_STATUSES[status], status=status)
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        return RetryLater(f"http_{status}", retry_after=retry_after, status=status)

    def heartbeat(self, body: Mapping[str, Any]) -> bool:
        """POST the kiosk's state (docs/WIRE.md "Heartbeat"). True when taken; never raises."""
        data = json.dumps(dict(body), separators=(",", ":"), sort_keys=True)
        try:
            response = self._request(
                "POST",
                "/api/v1/heartbeat",
                route="heartbeat",
                timeout=self.lookup_timeout,
                auth=True,
                body=data.encode("utf-8"),
            )
        except requests.RequestException as exc:
            log.debug("heartbeat not sent: %s", type(exc).__name__)
            return False
        if response.status_code != 204:
            log.info("heartbeat refused: HTTP %s", response.status_code)
        return response.status_code == 204

    # ----------------------------------------------------------------------------- staff audit entries

    def ship_audit(self, kiosk_id: str, entries: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        """POST a batch of staff audit entries (docs/WIRE.md "Staff audit entries"); the central's
        answer (``acked``: the highest number it holds without a gap). ApiError otherwise:
        ``audit.conflict`` (409, ``detail`` the refused entry's number) when the central holds a
        different entry under a number sent."""
        body = json.dumps(
            {"kiosk_id": kiosk_id, "entries": list(entries)},
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        response = self._call(
            "POST",
            "/api/v1/kiosk-audit",
            route="kiosk-audit",
            timeout=self.timeout,
            auth=True,
            body=body.encode("utf-8"),
        )
        status = response.status_code
        data = _json_object(response)
        if status == 200 and data is not None and isinstance(data.get("acked"), int):
            return data
        if status == 409:
            seq = _detail(response).get("seq")
            raise ApiError("audit.conflict", str(seq if isinstance(seq, int) else ""), status=409)
        if status in (401, 403):
            raise ApiError("api.unauthorized", status=status)
        if status == 429:
            raise ApiError("api.rate_limited", status=status)
        if status == 200:
            raise ApiError("api.bad_response", "no acked", status=status)
        raise ApiError("api.server_error" if status >= 500 else "api.refused", status=status)

    def audit_digest(self, kiosk_id: str, upto: int | None = None) -> dict[str, Any] | None:
        """What the central holds of this kiosk's audit log: ``acked`` and the MAC of entry ``upto``
        (by default ``acked``); None when it holds nothing for this kiosk under this token."""
        params = {"upto": str(upto)} if upto is not None else None
        return self._get_json(
            f"/api/v1/kiosk-audit/{quote(kiosk_id, safe='')}/digest",
            route="kiosk-audit-digest",
            timeout=self.timeout,
            auth=True,
            params=params,
        )

    # ------------------------------------------------------------------------------------------ look-ups

    def _get_json(
        self,
        path: str,
        *,
        route: str,
        timeout: Timeout,
        auth: bool,
        params: Mapping[str, str] | None = None,
    ) -> dict[str, Any] | None:
        """The JSON object at ``path``, or None on 404; ApiError for anything else."""
        response = self._call("GET", path, route=route, timeout=timeout, auth=auth, params=params)
        status = response.status_code
        if status == 404:
            return None
        if status != 200:
            raise _status_error(status)
        data = _json_object(response)
        if data is None:
            raise ApiError("api.bad_response", "not a JSON object", status=status)
        return data

    def status(self, tracking_code: str, lang: str = "az") -> TrackingStatus | None:
        data = self._get_json(
            f"/api/v1/status/{quote(tracking_code, safe='')}",
            route="status",
            timeout=self.lookup_timeout,
            auth=False,
            params={"lang": lang},
        )
        if data is None:
            return None
        try:
            timeline = data.get("timeline") or []
            return TrackingStatus(
                tracking_code=str(data["tracking_code"]),
                service=str(data["service"]),
                status=str(data["status"]),
                status_text=str(data.get("status_text", "")),
                next_step=str(data.get("next_step", "")),
                updated_at=str(data.get("updated_at", "")),
                timeline=[dict(e) for e in timeline if isinstance(e, dict)],
            )
        except (KeyError, TypeError) as exc:
            raise ApiError("api.bad_response", f"missing {exc}") from None

    def lookup_azerishiq(self, subscriber_code: str) -> dict[str, Any] | None:
        return self._lookup("azerishiq", subscriber_code)

    def lookup_grid(self, key: str) -> dict[str, Any] | None:
        """The object's straight-line distance to the nearest 0.4 kV transformer (methodology 004,
        1.2.8), by ``district-id|property-registry-number``; ``None`` when the object is not known."""
        district, _, registry_number = key.partition("|")
        return self._get_json(
            "/api/v1/lookup/grid",
            route="lookup/grid",
            timeout=self.lookup_timeout,
            auth=True,
            params={"district": district, "property_registry_number": registry_number},
        )

    def _lookup(self, kind: str, key: str) -> dict[str, Any] | None:
        return self._get_json(
            f"/api/v1/lookup/{kind}/{quote(key, safe='')}",
            route=f"lookup/{kind}",
            timeout=self.lookup_timeout,
            auth=True,
        )

    # --------------------------------------------------------------------- identity one-time codes

    def start_identity(self, kind: str, key: str, language: str) -> dict[str, Any] | None:
        """Ask the central to send a one-time code to the mobile number the registry holds for
        ``kind``/``key`` (docs/WIRE.md "Identity"): the challenge (``id``, ``sent_to`` masked,
        ``resend_after_s``), None for a key the registry does not know; ApiError ``identity.no_mobile``,
        ``identity.too_many_codes`` or a transport error otherwise."""
        status, data = self._post_json(
            "/api/v1/identity/challenges",
            {"kind": kind, "key": key, "language": language},
            route="identity",
        )
        if status == 201 and data is not None and isinstance(data.get("id"), str):
            return data
        if status == 404:
            return None
        raise _identity_error(status, data)

    def verify_identity(self, challenge_id: str, kind: str, key: str, code: str) -> dict[str, Any]:
        """The registry's record once ``code`` is right; ApiError ``identity.code_wrong`` (``detail``:
        attempts left), ``identity.code_expired``, ``identity.code_locked`` otherwise."""
        status, data = self._post_json(
            f"/api/v1/identity/challenges/{quote(challenge_id, safe='')}/verify",
            {"kind": kind, "key": key, "code": code},
            route="identity/verify",
        )
        record = data.get("record") if data is not None else None
        if status == 200 and isinstance(record, dict):
            return record
        if status == 404:
            raise ApiError("identity.code_expired", status=404)
        raise _identity_error(status, data)

    def _post_json(
        self, path: str, body: Mapping[str, Any], *, route: str
    ) -> tuple[int, dict[str, Any] | None]:
        response = self._call(
            "POST",
            path,
            route=route,
            timeout=self.lookup_timeout,
            auth=True,
            body=json.dumps(body).encode("utf-8"),
        )
        return response.status_code, _json_object(response)

    def tariffs_current(self) -> dict[str, Any]:
        data = self._get_json(
            "/api/v1/tariffs/current", route="tariffs", timeout=self.timeout, auth=False
        )
        if data is None:
            raise ApiError("api.refused", "no tariff schedule", status=404)
        return data

    def limits(self) -> dict[str, Any]:
        """What the central accepts (``GET /api/v1/limits``, docs/WIRE.md); ApiError when it cannot
        say (a central without the route answers 404: ``api.refused``)."""
        data = self._get_json("/api/v1/limits", route="limits", timeout=self.timeout, auth=False)
        if data is None:
            raise ApiError("api.refused", "no limits", status=404)
        return data

    # ------------------------------------------------------------------------- phone photo hand-offs

    def _handoff_request(
        self, method: str, path: str, route: str, body: bytes | None = None
    ) -> requests.Response:
        return self._call(
            method, path, route=route, timeout=self.lookup_timeout, auth=True, body=body
        )

    def create_handoff(self, field: str) -> PhoneHandoff:
        """``POST /api/v1/handoffs``: a phone link for the photo of ``field`` (``meters.0.photo``)."""
        body = json.dumps({"field": field}).encode("utf-8")
        response = self._handoff_request("POST", "/api/v1/handoffs", "handoffs", body)
        if response.status_code != 201:
            raise _status_error(response.status_code)
        data = _json_object(response) or {}
        handoff_id, url = data.get("id"), data.get("url")
        if not isinstance(handoff_id, str) or not isinstance(url, str) or not handoff_id or not url:
            raise ApiError("api.bad_response", "no id or url", status=201)
        return PhoneHandoff(
            id=handoff_id,
            url=url,
            code=str(data.get("code") or ""),
            code_url=str(data.get("code_url") or ""),
            expires_at=str(data.get("expires_at") or ""),
        )

    def poll_handoff(self, handoff_id: str) -> HandoffPoll:
        """``GET /api/v1/handoffs/{id}``: waiting, the photo (once), or gone. A 404 (not this kiosk's,
        or purged long ago) is gone too: there is nothing to wait for."""
        response = self._handoff_request(
            "GET", f"/api/v1/handoffs/{quote(handoff_id, safe='')}", "handoffs/poll"
        )
        status = response.status_code
        if status == 204:
            return HandoffPoll("waiting")
        if status in (404, 410):
            return HandoffPoll("gone")
        if status != 200:
            raise _status_error(status)
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip()
        return HandoffPoll("photo", content_type, response.content)

    def drop_handoff(self, handoff_id: str) -> bool:
        """``DELETE /api/v1/handoffs/{id}``: the kiosk no longer waits. Never raises (the central
        purges an expired link anyway)."""
        try:
            response = self._handoff_request(
                "DELETE", f"/api/v1/handoffs/{quote(handoff_id, safe='')}", "handoffs/drop"
            )
        except ApiError:
            return False
        return response.status_code in (204, 404)

    def healthz(self) -> bool:
        """True when the server answers ``{"status": "ok"}``; never raises."""
        try:
            data = self._get_json(
                "/healthz", route="healthz", timeout=self.lookup_timeout, auth=False
            )
        except ApiError:
            return False
        return data is not None and data.get("status") == "ok"


def _json_object(response: requests.Response) -> dict[str, Any] | None:
    try:
        data = jsonio.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


_IDENTITY_CODES = {
    "no_mobile",
    "too_many_codes",
    "code_wrong",
    "code_expired",
    "code_locked",
    "identity_required",
}


def _identity_error(status: int, data: dict[str, Any] | None) -> ApiError:
    detail = (data or {}).get("detail")
    code = detail.get("code") if isinstance(detail, dict) else None
    if code in _IDENTITY_CODES:
        left = detail.get("attempts_left") if isinstance(detail, dict) else None
        return ApiError(f"identity.{code}", str(left) if isinstance(left, int) else "", status)
    return _status_error(status)


def _status_error(status: int) -> ApiError:
    """The ApiError of an answer's status that none of a call's own cases took."""
    if status in (401, 403):
        return ApiError("api.unauthorized", status=status)
    if status == 429:
        return ApiError("api.rate_limited", status=status)
    return ApiError("api.server_error" if status >= 500 else "api.refused", status=status)


def _detail(response: requests.Response) -> dict[str, Any]:
    data = _json_object(response) or {}
    detail = data.get("detail")
    return detail if isinstance(detail, dict) else {}


def make_client(config: KioskConfig, base_url: str | None = None) -> CentralClient:
    """The client for ``config`` (``base_url`` overrides ``central_url``, e.g. a local reference API)."""
    url = base_url or config.central_url
    if not url:
        raise ApiError("api.not_configured", "central_url is empty and no local API URL was given")
    return CentralClient(
        url,
        config.api_token,
        timeout=config.http_timeout_s,
        lookup_timeout=config.lookup_timeout_s,
        verify=config.ca_bundle or True,
        kiosk_id=config.kiosk_id,
    )
