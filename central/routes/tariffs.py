from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from central import tariffs
from central.deps import get_settings
from central.schemas import TariffOut

router = APIRouter(tags=["tariffs"])


@router.get(
    "/api/v1/tariffs/current",
    response_model=TariffOut,
    responses={404: {"description": "not_found"}},
)
def current_tariff(request: Request) -> TariffOut:
    """The tariff schedule in force today: the newest whose ``effective_from`` has come."""
    schedule = tariffs.current(get_settings(request).tariffs_dir)
    if schedule is None:
        raise HTTPException(404, detail={"code": "not_found"})
    return TariffOut(
        id=schedule.id,
        effective_from=schedule.effective_from.isoformat(),
        source=schedule.source,
        toml=schedule.toml,
    )
