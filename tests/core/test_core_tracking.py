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


# Dashes and spaces a phone, a word processor or a receipt's copy-paste may give instead of "-" and " ".
UNICODE_SEPARATORS = [
    "\u2010",  # hyphen
    "\u2011",  # non-breaking hyphen
    "\u2012",  # figure dash
    "\u2013",  # en dash
    "\u2014",  # em dash
    "\u2015",  # horizontal bar
    "\u2212",  # minus sign
    "\ufe63",  # small hyphen-minus
    "\uff0d",  # full-width hyphen-minus
    "\u00a0",  # no-break space
    "\u2007",  # figure space
    "\u2009",  # thin space
    "\u202f",  # narrow no-break space
    "\u3000",  # ideographic space
    "\u200b",  # zero-width space
    "\ufeff",  # zero-width no-break space
    "\t",
    " \u2013 ",
]


@pytest.mark.parametrize("separator", UNICODE_SEPARATORS)
def test_parse_reads_codes_typed_with_unicode_dashes_and_spaces(separator):
    # Strategy 000, 3 (status tracking by the applicant): the code on the receipt is read however its
    # dashes were typed.
    code = tracking.new_code()
    assert parse(code.replace("-", separator)) == code
    assert parse(separator + code.replace("-", separator).lower() + separator) == code


@given(
    groups=st.lists(st.sampled_from(UNICODE_SEPARATORS + ["-", " ", ""]), min_size=3, max_size=3),
    index=st.integers(min_value=0, max_value=len(SAMPLES) - 1),
)
def test_any_mix_of_separators_reads_the_same_code(groups, index):
    code = SAMPLES[index]
    parts = code.split("-")
    typed = parts[0] + "".join(sep + part for sep, part in zip(groups, parts[1:], strict=True))
    assert parse(typed) == code


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
