"""The application factory of the reference central API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from sqlalchemy.exc import OperationalError

from central import __version__, migrate
from central.capacity import Busy, Gate, busy_response
from central.config import Settings
from central.db import open_db
from central.ratelimit import FixedWindowLimiter
from central.routes import admin, handoffs, health, lookups, status, submissions, tariffs
from central.schemas import SubmissionIn


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
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
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker
    app.state.gate = Gate(limits, sessionmaker)
    app.add_exception_handler(Busy, _busy)
    app.state.status_limiter = FixedWindowLimiter(
        engine, settings.status_rate_limit, settings.status_rate_window
    )
    for module in (health, submissions, status, tariffs, lookups, admin, handoffs):
        app.include_router(module.router)
    app.add_exception_handler(OperationalError, health.database_unavailable)
    _document_submission_body(app)
    return app


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
