"""FastAPI dependencies: database session, bearer tokens, per-address rate limit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy.orm import Session

from central import auth
from central.config import Settings


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessionmaker() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def unauthorized() -> HTTPException:
    return HTTPException(
        status_code=401, detail={"code": "unauthorized"}, headers={"WWW-Authenticate": "Bearer"}
    )


def kiosk_principal(
    session: SessionDep, authorization: Annotated[str | None, Header()] = None
) -> auth.Principal:
    principal = auth.authenticate(session, authorization, auth.KIOSK)
    if principal is None:
        raise unauthorized()
    return principal


def admin_principal(
    request: Request, session: SessionDep, authorization: Annotated[str | None, Header()] = None
) -> auth.Principal:
    env_token = get_settings(request).admin_token
    principal = auth.authenticate(session, authorization, auth.ADMIN, env_token)
    if principal is None:
        raise unauthorized()
    return principal


KioskDep = Annotated[auth.Principal, Depends(kiosk_principal)]
AdminDep = Annotated[auth.Principal, Depends(admin_principal)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def retry_after(request: Request) -> int:
    """0 if this client may go on, else the seconds to wait."""
    wait: int = request.app.state.status_limiter.hit(client_address(request))
    return wait
