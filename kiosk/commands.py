"""Commands that need the kiosk's configuration and storage: run, submit, queue, receipt, track."""

from __future__ import annotations

import argparse


def add_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    return None
