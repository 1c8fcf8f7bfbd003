"""How an adapter says a message was not sent."""

from __future__ import annotations


class SendError(Exception):
    """Not sent. ``permanent``: sending it again cannot help (the gateway refused it, 4xx; an SMTP 5xx),
    else it is tried again later. ``reason`` is safe to log and store: never a recipient or a text."""

    def __init__(self, reason: str, *, permanent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason[:255]
        self.permanent = permanent
