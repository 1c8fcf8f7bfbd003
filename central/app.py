"""The application factory of the reference central API."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, cast

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from sqlalchemy import Table
from sqlalchemy.exc import OperationalError

from central import __version__, backoffice, migrate
from central.capacity import Busy, Gate, busy_response
from central.config import Settings
from central.db import IdentityRateHit, LookupRateHit, open_db
from central.guard import GuardMiddleware, guard_routes
from central.housekeeping import Housekeeping
from central.notify.config import NotifyConfig
from central.notify.dispatcher import Background
from central.ratelimit import FixedWindowLimiter
from central.routes import (
    admin,
    handoffs,
    health,
    heartbeat,
    identity,
    kiosk_audit,
    lookups,
    ratings,
    status,
    submissions,
    tariffs,
)
from central.routes import limits as limits_route
from central.schemas import SubmissionIn
from central.secret import load_or_create


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    # The notifications' settings: `central serve` checked them first, with a one-line error.
    notify_config = NotifyConfig.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The applicants' SMS and e-mails (central/notify): one dispatcher per worker process.
        dispatcher = None
        if notify_config.in_serve:
            dispatcher = Background(settings.database_url, notify_config).start()
        # Expired phone hand-offs purged on a timer (central/housekeeping.py).
        housekeeping = Housekeeping(settings.database_url).start()
        yield
        housekeeping.stop()
        if dispatcher is not None:
            dispatcher.stop()
        app.state.engine.dispose()

    app = FastAPI(
        lifespan=lifespan,
        title="ASAN kiosk — reference central API",
        version=__version__,
        description="Submissions, public tracking, tariff schedules and sample look-ups "
        "(docs/WIRE.md).",
    )
    limits = settings.limits()
    engine, sessionmaker = open_db(settings.database_url, **limits.engine_options())
    # The schema is `central db upgrade`'s: a worker never creates or changes tables.
    problem = migrate.check(engine).problem()
    if problem is not None:
        engine.dispose()
        raise migrate.SchemaError(problem)
    app.state.settings = settings
    app.state.notify_config = notify_config
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    app.state.gate = Gate(limits, sessionmaker)
    app.add_exception_handler(Busy, _busy)
    app.state.status_limiter = FixedWindowLimiter(
        engine, settings.status_rate_limit, settings.status_rate_window
    )
    app.state.lookup_limiter = FixedWindowLimiter(
        engine,
        settings.lookup_rate_limit,
        settings.lookup_rate_window,
        table=cast(Table, LookupRateHit.__table__),
    )
    # Identity codes sent per FİN or subscriber (central/routes/identity.py), in a table of their own.
    app.state.identity_limiter = FixedWindowLimiter(
        engine,
        identity.CODES_PER_KEY,
        identity.CODES_WINDOW_S,
        table=cast(Table, IdentityRateHit.__table__),
    )
    app.state.secret = load_or_create(settings.secret_file)
    for module in (health, submissions, status, tariffs, lookups, identity, admin, handoffs):
        app.include_router(module.router)
    app.include_router(heartbeat.router)  # kiosks' state, for the fleet page (central/fleet.py)
    app.include_router(ratings.router)  # applicants' ratings (central/kpi.py)
    app.include_router(backoffice.router)
    app.include_router(limits_route.router)
    app.include_router(kiosk_audit.router)  # kiosks' staff audit entries (docs/SECURITY.md)
    app.add_exception_handler(OperationalError, health.database_unavailable)
    app.add_exception_handler(RequestValidationError, _invalid)
    _document_submission_body(app)
    # Last, once every route is in: tokens before bodies, strict JSON (central/guard.py).
    guard_routes(app)
    app.add_middleware(GuardMiddleware)
    return app


async def _invalid(_request: Request, exc: Exception) -> Response:
    """FastAPI's 422, without echoing what was sent: an answer never repeats an applicant's input
    (a FİN, a name), and a lone surrogate in it can never turn the answer into a 500."""
    assert isinstance(exc, RequestValidationError)
    errors = [
        {k: v for k, v in error.items() if k in ("type", "loc", "msg")} for error in exc.errors()
    ]
    body = json.dumps({"detail": jsonable_encoder(errors)}, ensure_ascii=True)
    return Response(body, status_code=422, media_type="application/json")


async def _busy(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Busy)
    return busy_response(exc)


def _document_submission_body(app: FastAPI) -> None:
    """The submission body is read by hand (size limit, canonical hash), so add its schema."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
        )
        schema = SubmissionIn.model_json_schema(ref_template="#/components/schemas/{model}")
        components = doc.setdefault("components", {}).setdefault("schemas", {})
        components.update(schema.pop("$defs", {}))
        components["SubmissionIn"] = schema
        app.openapi_schema = doc
        return doc

    app.openapi = openapi  # type: ignore[method-assign]
