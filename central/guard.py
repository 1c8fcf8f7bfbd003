"""Every route that lets FastAPI read its JSON body gets the same two guarantees as the routes that
read theirs by hand (central/deps.py ``json_body``):

* its token is checked **before** its body is read: FastAPI reads a body before it runs a route's
  dependencies, so the token dependency (``kiosk_principal``, ``admin_principal``) is run here first
  and a refused token is answered 401 without a byte of the body read;
* its body is strict JSON (central/jsonbody.py): too deep, too long a number, NaN or a lone surrogate
  is a 422 ``invalid_payload``, never a 500.

:func:`guard_routes` is applied by the application factory once every router is included.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from email.message import Message
from re import Pattern
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.types import Message as AsgiMessage

from central import auth, jsonbody
from central.deps import PRINCIPALS, invalid


def _principals(dependant: Dependant) -> list[Callable[..., Awaitable[auth.Principal]]]:
    found = []
    stack = [dependant]
    while stack:
        dep = stack.pop()
        if dep.call in PRINCIPALS:
            found.append(dep.call)
        stack.extend(dep.dependencies)
    return found


def _is_json(scope: Scope) -> bool:
    """As FastAPI decides to parse a body as JSON: no content type, or application/json, *+json."""
    headers = dict(scope.get("headers") or [])
    value = headers.get(b"content-type")
    if not value:
        return True
    message = Message()
    message["content-type"] = value.decode("latin-1")
    subtype = message.get_content_subtype()
    return message.get_content_maintype() == "application" and (
        subtype == "json" or subtype.endswith("+json")
    )


class _Guarded:
    def __init__(
        self, app: ASGIApp, principals: list[Callable[..., Awaitable[auth.Principal]]]
    ) -> None:
        self.app = app
        self.principals = principals

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.principals:
            request = Request(scope)
            try:
                for principal in self.principals:
                    await principal(request, request.headers.get("authorization"))
            except HTTPException as exc:
                await _answer(exc, scope, send)
                return
        if _is_json(scope):
            receive = _strict(receive)
        await self.app(scope, receive, send)


async def _answer(exc: HTTPException, scope: Scope, send: Send) -> None:
    from fastapi.responses import JSONResponse

    response = JSONResponse({"detail": exc.detail}, exc.status_code, headers=exc.headers)
    await response(scope, _nothing, send)


async def _nothing() -> AsgiMessage:
    return {"type": "http.disconnect"}


def _strict(receive: Receive) -> Receive:
    """``receive`` that checks the whole body is strict JSON before handing on its last part."""
    chunks: list[bytes] = []

    async def checked() -> AsgiMessage:
        message = await receive()
        if message["type"] == "http.request":
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                raw = b"".join(chunks)
                chunks.clear()
                if raw:
                    try:
                        jsonbody.loads(raw)
                    except jsonbody.BadJson as exc:
                        # FastAPI passes an HTTPException raised while reading the body on as is.
                        raise invalid({"body": exc.code}) from None
        return message

    return checked


def _api_routes(routes: list[Any]) -> list[APIRoute]:
    """Every APIRoute of ``routes``, also those of included routers (which FastAPI keeps as routers
    of their own in ``app.routes`` since 0.120, building the routes it serves from them)."""
    found: list[APIRoute] = []
    for route in routes:
        if isinstance(route, APIRoute):
            found.append(route)
        inner = getattr(route, "original_router", None)
        if inner is not None:
            found.extend(_api_routes(list(inner.routes)))
    return found


Guarded = tuple[Pattern[str], frozenset[str], list[Callable[..., Awaitable[auth.Principal]]]]


def guard_routes(app: FastAPI) -> None:
    """Note every route FastAPI reads a body for, with the token dependencies it has; the
    :class:`GuardMiddleware` of the application applies them (call again after adding routes)."""
    app.state.guarded_routes = [
        (route.path_regex, frozenset(route.methods or ()), _principals(route.dependant))
        for route in _api_routes(list(app.routes))
        if route.body_field is not None
    ]


class GuardMiddleware:
    """Applies :func:`guard_routes`' table: a request to a noted route has its token checked before
    its body is read, and its body read as strict JSON."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            owner = scope.get("app")
            table: list[Guarded] = getattr(getattr(owner, "state", None), "guarded_routes", [])
            for pattern, methods, principals in table:
                if scope["method"] in methods and pattern.match(scope["path"]):
                    await _Guarded(self.app, principals)(scope, receive, send)
                    return
        await self.app(scope, receive, send)
