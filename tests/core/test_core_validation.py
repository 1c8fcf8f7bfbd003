from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.core.validation import VALIDATORS, Context, Err, Ok, validate


def ok(kind, raw, ctx=None):
    result = validate(kind, raw, ctx)
    assert isinstance(result, Ok), f"{kind}({raw!r}) → {result}"
    return result.value


def err(kind, raw, ctx=None):
    result = validate(kind, raw, ctx)
    assert isinstance(result, Err), f"{kind}({raw!r}) unexpectedly valid: {result}"
    return result.code


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("5ABCD7K", "5ABCD7K"),
        ("5abcd7k", "5ABCD7K"),
        (" 5ab cd7k ", "5ABCD7K"),
        ("1234567", "1234567"),
    ],
)
def test_fin_good(raw, value):
    assert ok("fin", raw) == value


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "required"),
        ("5ABCD7", "fin.length"),
        ("5ABCD7KK", "fin.length"),
        ("5ABCO7K", "fin.letters_io"),
        ("5ABCI7K", "fin.letters_io"),
        ("5ABÇD7K", "fin.characters"),
        ("5AB#D7K", "fin.characters"),
        (None, "required"),
    ],
)
def test_fin_bad(raw, code):
    assert err("fin", raw) == code


def test_voen():
    assert ok("voen", "1234567891") == "1234567891"
    assert ok("voen", "12345 67892") == "1234567892"
    assert err("voen", "1234567893") == "voen.last_digit"
    assert err("voen", "123456789") == "voen.length"
    assert err("voen", "12345678A1") == "voen.digits"
    assert err("voen", "") == "required"


@pytest.mark.parametrize(
    "raw",
    [
        "050 123 45 67",
        "+994501234567",
        "994 50 123-45-67",
        "00994501234567",
        "(055) 765-43-21",
        "+994 70 555 12 34",
        "099 888 77 66",
        "010 222 33 44",
    ],
)
def test_mobile_good(raw):
    value = ok("mobile", raw)
    assert value.startswith("+994") and len(value) == 13


def test_mobile_normalises_to_e164():
    assert ok("mobile", "050 123 45 67") == "+994501234567"
    assert ok("mobile", "994 50 123-45-67") == "+994501234567"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("012 493 00 00", "mobile.not_mobile"),  # Baku landline
        ("+7 912 345 67 89", "mobile.not_azerbaijani"),
        ("050 123", "mobile.invalid"),
        ("abc", "mobile.invalid"),
        ("", "required"),
    ],
)
def test_mobile_bad(raw, code):
    assert err("mobile", raw) == code


def test_email():
    assert ok("email", "Gulsen.M@Example.AZ") == "Gulsen.M@example.az"
    for bad in ("gulsen", "a@b", "a@@b.az", "a b@c.az", "a..b@c.az", "x" * 250 + "@c.az"):
        assert err("email", bad) == "email.format"


def test_subscriber_codes():
    assert ok("azerishiq_subscriber", "100 200 300 400 501") == "100200300400501"
    assert err("azerishiq_subscriber", "10020030040050") == "subscriber.length"
    assert err("azerishiq_subscriber", "10020030040050X") == "subscriber.digits"
    assert ok("azersu_subscriber", "10203040") == "10203040"
    assert err("azersu_subscriber", "123") == "subscriber.length_range"
    narrow = Context(azersu_code_min_len=8, azersu_code_max_len=8)
    assert err("azersu_subscriber", "1234567", narrow) == "subscriber.length_range"
    assert ok("azersu_subscriber", "12345678", narrow) == "12345678"


def test_meter_numbers_and_readings():
    assert ok("meter_number", "zn-2019/ 44817") == "ZN-2019/44817"
    assert err("meter_number", "ЖК-12") == "meter.number_format"
    assert ok("reading", "1234,567") == "1234.567"
    assert ok("reading", "0") == "0"
    assert ok("reading", Decimal("12.500")) == "12.5"
    assert err("reading", "-1") == "reading.negative"
    assert err("reading", "1.2345") == "reading.decimals"
    assert err("reading", "12a") == "number.format"
    assert err("reading", "NaN") == "number.format"
    assert err("reading", "1e400") == "number.format"


def test_reading_date():
    today = Context(today=date(2026, 11, 23))
    assert ok("reading_date", "23.11.2026", today) == "2026-11-23"
    assert ok("reading_date", "2026-11-01", today) == "2026-11-01"
    assert err("reading_date", "24.11.2026", today) == "date.future"
    assert err("reading_date", "31.02.2026", today) == "date.format"
    assert err("reading_date", "01.01.1999", today) == "date.too_old"


@pytest.mark.parametrize(
    ("raw", "value"),
    [("7.5", "7.5"), ("7,5", "7.5"), ("150", "150"), ("0.1", "0.1"), (12, "12"), ("10.0", "10")],
)
def test_power_good(raw, value):
    assert ok("power", raw) == value


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("0", "power.positive"),
        ("-3", "power.positive"),
        ("150.1", "power.max"),
        ("7.55", "power.step"),
        ("seven", "number.format"),
        ("", "required"),
    ],
)
def test_power_bad(raw, code):
    assert err("power", raw) == code


def test_station_power_capped_by_connected_power():
    ctx = Context(connected_power_kw=Decimal("15"))
    assert ok("station_power", "15", ctx) == "15"
    assert err("station_power", "15.1", ctx) == "station.over_connected"
    assert err("station_power", "151") == "power.max"


def test_phase_district_iban():
    assert ok("phase", "3") == 3 and ok("phase", 1) == 1
    assert err("phase", "2") == "phase.choice"
    assert ok("district", "Şuşa") == "susa"
    assert ok("district", "SUSA") == "susa"
    assert ok("district", "Шуша") == "susa"
    assert ok("district", "Shusha") == "susa"
    assert ok("district", "Gəncə") == ok("district", "Ganja")
    assert err("district", "Atlantis") == "district.unknown"
    assert ok("iban", "AZ21 NABZ 0000 0000 1370 1000 1944") == "AZ21NABZ00000000137010001944"
    assert err("iban", "AZ22NABZ00000000137010001944") == "iban.check"
    assert err("iban", "DE89370400440532013000") == "iban.format"


def test_tracking_code_validator():
    from kiosk.core.tracking import new_code

    code = new_code()
    assert ok("tracking_code", code.lower().replace("-", "")) == code
    assert err("tracking_code", code[:-1] + ("0" if code[-1] != "0" else "1")) == "tracking.check"


def test_names_and_text():
    assert ok("person_name", "  Gülşən  ") == "Gülşən"
    assert ok("person_name", "Məmmədova-Əliyeva") == "Məmmədova-Əliyeva"
    assert ok("person_name", "Иванов") == "Иванов"
    assert ok("person_name", "Mәmmәd") == "Məmməd"  # Cyrillic look-alike ә becomes the Latin ə
    assert err("person_name", "R2D2") == "name.characters"
    assert err("text", "a\x00b") == "text.format"
    assert err("text", "x" * 501) == "text.too_long"


values = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.integers(),
    st.floats(allow_nan=True),
    st.decimals(allow_nan=True),
    st.booleans(),
    st.binary(max_size=10),
    st.lists(st.integers(), max_size=3),
)


@pytest.mark.parametrize("kind", sorted(VALIDATORS))
@settings(max_examples=150, deadline=None)
@given(raw=values)
def test_no_input_crashes_a_validator(kind, raw):
    result = validate(kind, raw, Context(today=date(2026, 11, 23), connected_power_kw=Decimal(20)))
    assert isinstance(result, Ok | Err)
    if isinstance(result, Err):
        assert result.code


@pytest.mark.parametrize("kind", sorted(VALIDATORS))
@settings(max_examples=150, deadline=None)
@given(raw=st.text(alphabet="0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcz +-.,/@əüşİı", max_size=30))
def test_normalisation_is_idempotent(kind, raw):
    ctx = Context(today=date(2026, 11, 23), connected_power_kw=Decimal(20))
    first = validate(kind, raw, ctx)
    if isinstance(first, Ok):
        second = validate(kind, str(first.value), ctx)
        assert isinstance(second, Ok)
        assert second.value == first.value
