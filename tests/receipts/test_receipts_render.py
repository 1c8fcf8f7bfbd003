from __future__ import annotations

from decimal import Decimal

import pytest
from receipts_helpers import decode_qr, make_receipt, page_sizes, pdf_text, raster

from kiosk.core.money import format_money
from kiosk.receipts import ReceiptData, ReceiptLine, render_receipt_pdf, samples, write_receipt

ROLL_WIDTH_PT = 80 / 25.4 * 72  # 226.77 pt
MM = 72 / 25.4


@pytest.fixture(scope="module")
def pdfs() -> dict[tuple[str, str], bytes]:
    receipts = {
        "connection": make_receipt(samples.connection_record(), sent=False),
        "water": make_receipt(samples.water_record(), sent=True),
    }
    return {
        (kind, fmt): render_receipt_pdf(receipt, fmt)
        for kind, receipt in receipts.items()
        for fmt in ("roll", "a4")
    }


CASES = [(k, f) for k in ("connection", "water") for f in ("roll", "a4")]


@pytest.mark.parametrize(("kind", "fmt"), CASES)
def test_qr_decodes_to_the_status_url(
    pdfs: dict[tuple[str, str], bytes], kind: str, fmt: str
) -> None:
    code = samples.CONNECTION_CODE if kind == "connection" else samples.WATER_CODE
    expected = f"https://status.asan-kiosk.example.az/t/{code}"
    assert decode_qr(raster(pdfs[kind, fmt], dpi=150)) == [expected]


@pytest.mark.parametrize(("kind", "fmt"), CASES)
def test_one_page_with_code_centre_and_azerbaijani_letters(
    pdfs: dict[tuple[str, str], bytes], kind: str, fmt: str
) -> None:
    pdf = pdfs[kind, fmt]
    assert len(page_sizes(pdf)) == 1
    text = pdf_text(pdf)
    code = samples.CONNECTION_CODE if kind == "connection" else samples.WATER_CODE
    assert code in text
    assert "Bakı ASAN xidmət mərkəzi №1" in text
    assert "Kiosk AZ-BAKU-ASAN1-K03" in text
    assert "23.11.2026" in text


def test_connection_receipt_shows_fee_breakdown_and_tariff(
    pdfs: dict[tuple[str, str], bytes],
) -> None:
    for fmt in ("roll", "a4"):
        text = " ".join(pdf_text(pdfs["connection", fmt]).split())  # lines wrap on the roll
        assert format_money(Decimal("300.00"), "az") in text  # "300,00 ₼"
        assert "7,5 kW × 40,00 ₼" in text
        assert "TQS-2024-4" in text
        assert "Tariff Council decision No. 4 of 3 May 2024" in text
        assert "Household electricity connection" in text
        assert "Şəki" in text
        assert "Rəşad Ə." in text
        assert "saved on this kiosk" in text
        assert "enter the tracking code at any kiosk" in text


def test_meter_reading_receipt_lists_meters_without_fee(pdfs: dict[tuple[str, str], bytes]) -> None:
    text = " ".join(pdf_text(pdfs["water", "roll"]).split())
    assert "Water-meter reading" in text
    assert "Meter *********4817: 1234,567 m³" in text
    assert "20.11.2026" in text
    assert "Gülşən M." in text
    assert "sent to the utility" in text
    assert "AZS-2026-000123" in text
    assert "₼" not in text


@pytest.mark.parametrize(("kind", "fmt"), CASES)
def test_no_raw_personal_data_in_the_pdf(
    pdfs: dict[tuple[str, str], bytes], kind: str, fmt: str
) -> None:
    record = samples.connection_record() if kind == "connection" else samples.water_record()
    payload = record["payload"]
    text = pdf_text(pdfs[kind, fmt])
    flat = text.replace(" ", "")
    assert payload["fin"] not in flat
    assert payload["mobile"] not in flat
    assert payload["mobile"][4:] not in flat
    surname = payload.get("surname") or payload["full_name"].split()[-1]
    assert surname not in text
    assert payload.get("subscriber_code", "@@") not in flat
    # Nor hidden in the PDF's metadata.
    assert payload["fin"].encode() not in pdfs[kind, fmt]


@pytest.mark.parametrize("kind", ["connection", "water"])
def test_roll_is_80_mm_wide_and_as_tall_as_its_content(
    pdfs: dict[tuple[str, str], bytes], kind: str
) -> None:
    ((width, height),) = page_sizes(pdfs[kind, "roll"])
    assert width == pytest.approx(ROLL_WIDTH_PT, abs=0.5)
    assert 120 * MM < height < 300 * MM
    # No blank tail: the lowest dark pixel is within 10 mm of the bottom edge.
    image = raster(pdfs[kind, "roll"], dpi=100)
    bbox = image.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert bbox is not None
    blank_tail_mm = (image.height - bbox[3]) / 100 * 25.4
    assert blank_tail_mm < 10


def test_roll_qr_is_at_least_30_mm(pdfs: dict[tuple[str, str], bytes]) -> None:
    import zxingcpp

    dpi = 200
    image = raster(pdfs["connection", "roll"], dpi=dpi)
    (barcode,) = zxingcpp.read_barcodes(image)
    pos = barcode.position
    width_px = abs(pos.top_right.x - pos.top_left.x)
    assert width_px / dpi * 25.4 >= 30


def test_a4_page_size(pdfs: dict[tuple[str, str], bytes]) -> None:
    ((width, height),) = page_sizes(pdfs["connection", "a4"])
    assert (width, height) == pytest.approx((595.28, 841.89), abs=0.5)


def test_long_texts_stay_on_one_roll_page(connection_receipt: ReceiptData) -> None:
    from dataclasses import replace

    long = replace(
        connection_receipt,
        centre_name="Bakı şəhəri, Xətai rayonu, ASAN Kommunal mərkəzi №2 (Səməd Vurğun küçəsi) "
        * 2,
        applicant_name="Məhəmmədəli-Hüseynqulu Ə.",
        details=(ReceiptLine("District or city", "Naxçıvan Muxtar Respublikası, Şərur rayonu"),),
    )
    pdf = render_receipt_pdf(long, "roll")
    assert len(page_sizes(pdf)) == 1
    assert "Şərur rayonu" in pdf_text(pdf)


def test_write_receipt_writes_the_file(tmp_path, connection_receipt: ReceiptData) -> None:  # type: ignore[no-untyped-def]
    path = write_receipt(connection_receipt, tmp_path / "sub" / "r.pdf", "a4")
    assert path.read_bytes().startswith(b"%PDF")
    assert samples.CONNECTION_CODE in pdf_text(path.read_bytes())
    assert not list(tmp_path.rglob("*.part"))


def test_unknown_format_is_refused(connection_receipt: ReceiptData) -> None:
    with pytest.raises(ValueError, match="format"):
        render_receipt_pdf(connection_receipt, "a5")  # type: ignore[arg-type]
