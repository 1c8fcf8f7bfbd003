"""JSON from a file or the network, parsed without letting its shape crash the kiosk.

Python's parser recurses once per nesting level: a document nested 100,000 deep (``[[[[…``) raises
``RecursionError``, which is no ``ValueError`` and would end the process with a traceback. :func:`loads`
turns that into :class:`TooDeep`, a ``ValueError`` like every other malformed document, so each caller's
"not valid JSON" handling covers it. No real kiosk document is nested more than a few levels.
"""

from __future__ import annotations

import json
from typing import Any


class TooDeep(ValueError):
    """The document is nested deeper than the parser can follow."""


def loads(data: str | bytes | bytearray) -> Any:
    """``json.loads(data)``; a document nested too deeply raises :class:`TooDeep` (a ``ValueError``)."""
    try:
        return json.loads(data)
    except RecursionError:
        raise TooDeep("JSON nested too deeply") from None
