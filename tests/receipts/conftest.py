from __future__ import annotations

from collections.abc import Iterator

import pytest
from receipts_helpers import make_receipt

from kiosk.receipts import ReceiptData, samples


@pytest.fixture(scope="module", autouse=True)
def source_texts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """These tests read the English source texts; tests/i18n checks the translated receipts."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KIOSK_TRANSLATIONS_DIR", str(tmp_path_factory.mktemp("no-translations")))
        yield


@pytest.fixture
def connection_receipt() -> ReceiptData:
    return make_receipt(samples.connection_record(), sent=False)


@pytest.fixture
def water_receipt() -> ReceiptData:
    return make_receipt(samples.water_record(), sent=True)
