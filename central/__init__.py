"""The reference central API: the kiosk's counterpart for submissions, tracking, tariffs and look-ups.

Shares only the wire schema (``docs/WIRE.md``) with the kiosk. Heavy imports (FastAPI, SQLAlchemy,
uvicorn) happen inside the modules that need them, so ``python -m central token create`` stays quick.
"""

__version__ = "0.1.0"
