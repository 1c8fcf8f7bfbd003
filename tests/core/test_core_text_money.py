from decimal import Decimal

import pytest

from kiosk.core import districts, masking, money, text
from kiosk.core.i18n import fill


@pytest.mark.parametrize(
    ("amount", "lang", "shown"),
    [
        (Decimal("1234.56"), "az", "1 234,56 ₼"),
        (Decimal("1234.56"), "ru", "1 234,56 ₼"),
        (Decimal("1234.56"), "en", "AZN 1,234.56"),
        (Decimal("0.005"), "az", "0,01 ₼"),
        (Decimal("0.004"), "az", "0,00 ₼"),
        (Decimal("1234567.891"), "az", "1 234 567,89 ₼"),
        (Decimal("100"), "az", "100,00 ₼"),
        (Decimal("-5.5"), "az", "-5,50 ₼"),
    ],
)
def test_money_format(amount, lang, shown):
    assert money.format_money(amount, lang) == shown


def test_rounding_is_half_up_not_bankers():
    assert money.round_qepik(Decimal("2.345")) == Decimal("2.35")
    assert money.round_qepik(Decimal("2.355")) == Decimal("2.36")
    assert money.wire_amount(Decimal("0.125")) == "0.13"
    assert money.to_decimal("1,5") == Decimal("1.5")
    with pytest.raises(ValueError):
        money.to_decimal("Infinity")


def test_azerbaijani_casing():
    assert text.upper("içəri şəhər", "az") == "İÇƏRİ ŞƏHƏR"
    assert text.upper("ılıq", "az") == "ILIQ"
    assert text.upper("ilik", "en") == "ILIK"
    assert text.lower("İSTİ ILIQ", "az") == "isti ılıq"
    assert text.lower("ISTI", "en") == "isti"
    assert "i̇" not in text.lower("İ", "az")  # no combining dot left behind


def test_fold_matches_what_people_type():
    assert text.fold("ŞƏKİ rayonu") == text.fold("seki rayonu")
    assert text.fold("Şәki") == text.fold("Şəki")  # Cyrillic look-alike ә


def test_districts_bundled_list():
    items = districts.all_districts()
    assert len(items) >= 70
    assert len({d.id for d in items}) == len(items)
    assert all("\u04d9" not in d.az for d in items)
    shusha = districts.find("Şuşa")
    assert shusha is not None and shusha.liberated and shusha.name("ru") == "Шуша"
    assert districts.find("bakı").id == "baki"
    assert districts.find("") is None
    assert districts.find("x" * 500) is None


def test_masking():
    assert masking.mask_fin("12ABC3K") == "12****K"
    assert masking.mask_phone("+994501234567") == "+994 50 *** ** 67"
    assert masking.mask_person("Rəşad", "Əliyev") == "Rəşad Ə."
    assert masking.mask_code("100200300400501") == "************501"
    assert masking.mask_email("gulsen@example.az") == "g***@example.az"
    assert masking.mask_phone("garbage") == "***"


def test_fill_placeholders_in_order():
    assert fill("%1 of %2", 3, 5) == "3 of 5"
    assert fill("%1 %10", "a", *"bcdefghi", "K") == "a K"


def test_numbers_are_read_and_written_plain_in_one_place():
    assert money.parse_number(" 1 234,50 ") == Decimal("1234.50")
    assert money.parse_number("1\u00a0000") == Decimal("1000")
    assert money.parse_number(2.5) == Decimal("2.5") and money.parse_number(3) == Decimal(3)
    for bad in (True, None, "", "1e5", "NaN", "12abc", "1" * 31, Decimal("Infinity")):
        assert money.parse_number(bad) is None, bad
    assert money.plain(Decimal("7.50")) == "7.5"
    assert money.plain(Decimal("1E+1")) == "10"
    assert money.plain(Decimal("-0.00")) == "0"
