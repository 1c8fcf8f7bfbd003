from __future__ import annotations

import pytest
from receipts_helpers import make_receipt

from kiosk.receipts import ReceiptData, samples


@pytest.fixture
def connection_receipt() -> ReceiptData:
    return make_receipt(samples.connection_record(), sent=False)


@pytest.fixture
def water_receipt() -> ReceiptData:
    return make_receipt(samples.water_record(), sent=True)
