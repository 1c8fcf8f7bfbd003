"""FastAPI dependencies: bearer tokens, settings, request bodies, the client address of the rate
limit.

No dependency holds a database connection for the length of a request: the token is checked in a
short read transaction of its own (central/capacity.py), and each route opens one transaction for
its own work.

The token comes first: a route with a token reads its body only after the token was accepted (a
route reads its JSON body with :func:`json_body`, which depends on the token; central/guard.py does
the same for routes that let FastAPI read the body), so a wrong token never gets its body read, let
alone parsed.
"""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Awaitable, Callable, Iterator
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Header, HTTPException, Request
from pydantic import BaseModel, ValidationError
from sqlalchemy.orm import Session

from central import auth, jsonbody
from central.capacity import READ, run_db
from central.config import Settings

M = TypeVar("M", bound=BaseModel)
# Where a request's accepted principal is kept (request.state), so that it is checked only once.
_PRINCIPAL_STATE = "principal_{role}"


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_session(request: Request) -> Iterator[Session]:
    """A session for the whole request, outside the capacity lanes: for light, rare endpoints only.
    Request handlers use ``central.capacity.run_db`` instead."""
    with request.app.state.sessionmaker() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def unauthorized(code: str = auth.UNAUTHORIZED) -> HTTPException:
    return HTTPException(
        status_code=401, detail={"code": code}, headers={"WWW-Authenticate": "Bearer"}
    )


async def _principal(request: Request, authorization: str | None, role: str) -> auth.Principal:
    cached = getattr(request.state, _PRINCIPAL_STATE.format(role=role), None)
    if isinstance(cached, auth.Principal):
        return cached
    if auth.bearer(authorization) is None:
        raise unauthorized()
    env_token = get_settings(request).admin_token if role == auth.ADMIN else None
    try:
        principal = await run_db(request, READ, auth.authenticate, authorization, role, env_token)
    except auth.Refused as exc:
        raise unauthorized(exc.code) from None
    if principal is None:
        raise unauthorized()
    setattr(request.state, _PRINCIPAL_STATE.format(role=role), principal)
    return principal


async def kiosk_principal(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> auth.Principal:
    return await _principal(request, authorization, auth.KIOSK)


async def admin_principal(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> auth.Principal:
    return await _principal(request, authorization, auth.ADMIN)


# The token dependencies central/guard.py runs before a body is read, by role.
PRINCIPALS: dict[Callable[..., Awaitable[auth.Principal]], str] = {
    kiosk_principal: auth.KIOSK,
    admin_principal: auth.ADMIN,
}

KioskDep = Annotated[auth.Principal, Depends(kiosk_principal)]
AdminDep = Annotated[auth.Principal, Depends(admin_principal)]


# -- bodies ------------------------------------------------------------------------------------
def invalid(errors: dict[str, str]) -> HTTPException:
    return HTTPException(422, detail={"code": "invalid_payload", "errors": errors})


def too_large() -> HTTPException:
    return HTTPException(413, detail={"code": "too_large"})


async def read_body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise too_large()
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large()
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json(raw: bytes) -> Any:
    """Strict JSON (central/jsonbody.py), else 422 ``invalid_payload`` with ``{"body": code}``."""
    try:
        return jsonbody.loads(raw)
    except jsonbody.BadJson as exc:
        raise invalid({"body": exc.code}) from None


def json_body(
    model: type[M], principal: Callable[..., Awaitable[auth.Principal]], limit: int = 1024 * 1024
) -> Callable[..., Awaitable[M]]:
    """A dependency giving the request's JSON body as ``model``, read only once ``principal`` (a
    token dependency) accepted the request; strict JSON, at most ``limit`` bytes (413)."""

    # A default, not Annotated: the annotation is resolved in this module, where ``principal`` is not.
    async def body(request: Request, _who: auth.Principal = Depends(principal)) -> M:  # noqa: B008
        data = parse_json(await read_body(request, limit))
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            from central.validation import pydantic_errors

            raise invalid(pydantic_errors(exc)) from None

    return body


# -- the client of the rate limit ----------------------------------------------------------------
@functools.cache
def trusted_proxies(
    allow: str,
) -> tuple[bool, tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]]:
    """``(every peer is trusted, networks)`` for a ``--forwarded-allow-ips`` value."""
    items = [item.strip() for item in allow.split(",") if item.strip()]
    if "*" in items:
        return True, ()
    return False, tuple(ipaddress.ip_network(item, strict=False) for item in items)


def _is_trusted(address: str, allow: str) -> bool:
    every, networks = trusted_proxies(allow)
    if every:
        return True
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(request: Request) -> str:
    """The client a rate limit counts: the peer's address, unless the peer is one of the configured
    proxies (``central serve --forwarded-allow-ips``); then the nearest address in
    ``X-Forwarded-For`` that is not itself a configured proxy (docs/DEPLOY.md "Behind a load
    balancer"). With no proxy configured the header is ignored, whoever sends it."""
    peer = request.client.host if request.client else "unknown"
    allow = get_settings(request).forwarded_allow_ips
    if not allow or not _is_trusted(peer, allow):
        return peer
    hops = [
        hop.strip()
        for header in request.headers.getlist("x-forwarded-for")
        for hop in header.split(",")
        if hop.strip()
    ]
    for hop in reversed(hops):
        if not _is_trusted(hop, allow):
            return hop
    return hops[0] if hops else peer
