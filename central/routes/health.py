from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """Liveness for the kiosk's online indicator and for tests waiting for start-up."""
    return {"status": "ok"}
