import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core import tracking
from kiosk.core.tracking import ALPHABET, InvalidTrackingCode, parse

SAMPLES = [tracking.new_code() for _ in range(25)] + ["0000-0000-0000-0000"]


def test_new_code_shape_and_randomness():
    codes = {tracking.new_code() for _ in range(2000)}
    assert len(codes) == 2000
    for code in codes:
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}", code)
        assert parse(code) == code
    assert tracking.RANDOM_BITS >= 60


def test_parse_accepts_lower_case_missing_dashes_and_urls():
    code = tracking.new_code()
    bare = code.replace("-", "")
    assert parse(bare.lower()) == code
    assert parse(f"  {code.lower()}  ") == code
    assert parse(f"https://status.example.az/t/{code}") == code
    assert parse(f"https://status.example.az/t/{bare}?lang=ru") == code
    assert parse(" ".join([bare[:4], bare[4:8], bare[8:12], bare[12:]])) == code


def test_crockford_aliases_read_as_digits():
    code = None
    while code is None:
        candidate = tracking.new_code()
        if "1" in candidate or "0" in candidate:
            code = candidate
    aliased = code.replace("1", "l").replace("0", "O")
    assert parse(aliased) == code


@pytest.mark.parametrize("code", SAMPLES)
def test_every_single_symbol_error_is_caught(code):
    bare = code.replace("-", "")
    for position in range(len(bare)):
        for symbol in ALPHABET:
            if symbol == bare[position]:
                continue
            wrong = bare[:position] + symbol + bare[position + 1 :]
            with pytest.raises(InvalidTrackingCode) as info:
                parse(wrong)
            assert info.value.code == "tracking.check"


@pytest.mark.parametrize("code", SAMPLES)
def test_every_adjacent_transposition_is_caught(code):
    bare = code.replace("-", "")
    for position in range(len(bare) - 1):
        a, b = bare[position], bare[position + 1]
        if a == b:
            continue
        swapped = bare[:position] + b + a + bare[position + 2 :]
        with pytest.raises(InvalidTrackingCode):
            parse(swapped)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "tracking.empty"),
        ("   ", "tracking.empty"),
        ("ABC", "tracking.length"),
        ("ABCD-EFGH-JKMN-PQRS-T", "tracking.length"),
        ("ABCD-EFGH-JKMN-PQR!", "tracking.characters"),
        ("ABCD-EFGH-JKMN-PQRU", "tracking.characters"),
        ("Ə" * 16, "tracking.characters"),
    ],
)
def test_malformed_codes_get_their_error(text, error):
    with pytest.raises(InvalidTrackingCode) as info:
        parse(text)
    assert info.value.code == error


@given(st.text(max_size=40))
def test_parse_never_crashes_and_is_idempotent(text):
    try:
        result = parse(text)
    except InvalidTrackingCode as exc:
        assert exc.code.startswith("tracking.")
    else:
        assert parse(result) == result
