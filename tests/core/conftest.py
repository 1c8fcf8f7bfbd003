"""Fixtures of the core tests: images attached in a test are decoded as on a kiosk.

The core checks an image through the decoder a start-up installs (``kiosk.media.install``); here every
test gets it, and the one a test found is put back afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk import media
from kiosk.core import attachments


@pytest.fixture(autouse=True)
def image_decoder() -> Iterator[None]:
    previous = attachments.use_image_cleaner(media.reencode_image)
    yield
    attachments.use_image_cleaner(previous)
