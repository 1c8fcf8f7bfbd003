"""The back office: the utility staff's pages under ``/backoffice/`` (docs/BACKOFFICE.md)."""

from central.backoffice.routes import router

__all__ = ["router"]
