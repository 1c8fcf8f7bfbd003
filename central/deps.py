"""FastAPI dependencies: bearer tokens, settings, the client address of the rate limit.

No dependency holds a database connection for the length of a request: the token is checked in a
short read transaction of its own (central/capacity.py), and each route opens one transaction for
its own work.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy.orm import Session

from central import auth
from central.capacity import READ, run_db
from central.config import Settings


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_session(request: Request) -> Iterator[Session]:
    """A session for the whole request, outside the capacity lanes: for light, rare endpoints only.
    Request handlers use ``central.capacity.run_db`` instead."""
    with request.app.state.sessionmaker() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def unauthorized() -> HTTPException:
    return HTTPException(
        status_code=401, detail={"code": "unauthorized"}, headers={"WWW-Authenticate": "Bearer"}
    )


async def kiosk_principal(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> auth.Principal:
    if auth.bearer(authorization) is None:
        raise unauthorized()
    principal = await run_db(request, READ, auth.authenticate, authorization, auth.KIOSK)
    if principal is None:
        raise unauthorized()
    return principal


async def admin_principal(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> auth.Principal:
    if auth.bearer(authorization) is None:
        raise unauthorized()
    env_token = get_settings(request).admin_token
    principal = await run_db(request, READ, auth.authenticate, authorization, auth.ADMIN, env_token)
    if principal is None:
        raise unauthorized()
    return principal


KioskDep = Annotated[auth.Principal, Depends(kiosk_principal)]
AdminDep = Annotated[auth.Principal, Depends(admin_principal)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
