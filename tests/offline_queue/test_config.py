"""kiosk/config.py: one TOML file, KIOSK_<KEY> overrides, errors that name the key and its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, KioskConfig, load_config, redacted_dict


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    config = load_config(env={"XDG_DATA_HOME": str(tmp_path)})
    assert config == KioskConfig(data_dir=tmp_path / "asan-kiosk")
    assert config.kiosk_id == "KIOSK-DEV-01" and config.centre_name == "ASAN xidmət"
    assert (config.language, config.idle_timeout_s, config.printer) == ("az", 90, "pdf")
    assert (config.azersu_code_min_len, config.azersu_code_max_len) == (6, 12)
    assert config.outbox_path == tmp_path / "asan-kiosk" / "outbox.sqlite3"
    assert config.max_attachment_bytes == 10 * 1024 * 1024


def test_file_then_environment(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"""
data_dir = "{tmp_path / "d"}"
kiosk_id = "AZ-BAKU-ASAN1-K03"
central_url = "https://central.example.az"
api_token = "s3cret"
idle_timeout_s = 120
http_timeout_s = 7
language = "ru"
""",
    )
    env = {"KIOSK_LANGUAGE": "en", "KIOSK_IDLE_TIMEOUT_S": " 30 ", "KIOSK_HTTP_TIMEOUT_S": "2.5"}
    config = load_config(path, env=env)
    assert config.kiosk_id == "AZ-BAKU-ASAN1-K03"
    assert config.language == "en" and config.idle_timeout_s == 30 and config.http_timeout_s == 2.5
    assert config.data_dir == tmp_path / "d"
    assert config.status_base_url == "https://central.example.az"
    assert load_config(env={"KIOSK_CONFIG": str(path)}).kiosk_id == "AZ-BAKU-ASAN1-K03"


def test_token_is_redacted_and_not_in_repr(tmp_path: Path) -> None:
    config = load_config(env={"KIOSK_API_TOKEN": "s3cret", "KIOSK_DATA_DIR": str(tmp_path)})
    assert config.api_token == "s3cret"
    assert "s3cret" not in repr(config)
    shown = redacted_dict(config)
    assert shown["api_token"] == "***" and "s3cret" not in str(shown)
    assert config.as_dict()["api_token"] == "s3cret" and config.redacted() == shown


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("idle_timeout_s = 5", "idle_timeout_s"),
        ('idle_timeout_s = "90"', "idle_timeout_s"),
        ("idle_timeout_s = true", "idle_timeout_s"),
        ('language = "de"', "language"),
        ('printer = "laser"', "printer"),
        ('printer = "escpos"', "printer_escpos"),
        ('printer_escpos = "lpt1"', "printer_escpos"),
        ('central_url = "http://central.example.az"', "central_url"),
        ('central_url = "ftp://127.0.0.1"', "central_url"),
        ('public_status_url = "http://192.0.2.1/t"', "public_status_url"),
        ("retention_days = 0", "retention_days"),
        ("azersu_code_min_len = 13", "azersu_code_min_len"),
        ("max_attachment_mb = 1000", "max_attachment_mb"),
        ("http_timeout_s = 0", "http_timeout_s"),
        ('kiosk_id = "has space"', "kiosk_id"),
        ('data_dir = ""', "data_dir"),
        ('ca_bundle = "/nonexistent.pem"', "ca_bundle"),
        ('colour = "blue"', "colour"),
        ("language = ", "config"),
    ],
)
def test_invalid_file_values_name_the_key_and_the_file(tmp_path: Path, text: str, key: str) -> None:
    path = write(tmp_path, text + "\n")
    with pytest.raises(ConfigError) as info:
        load_config(path, env={})
    assert info.value.key == key
    assert f"'{key}'" in str(info.value) and str(path) in str(info.value)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("KIOSK_IDLE_TIMEOUT_S", "ninety"),
        ("KIOSK_IDLE_TIMEOUT_S", "4000"),
        ("KIOSK_HTTP_TIMEOUT_S", "fast"),
        ("KIOSK_CENTRAL_URL", "http://10.1.2.3:8000"),
        ("KIOSK_LANGUAGE", "tr"),
    ],
)
def test_invalid_environment_values_name_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(env={name: value})
    key = name.removeprefix("KIOSK_").lower()
    assert info.value.key == key
    assert f"environment variable {name}" in str(info.value)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "nope.toml", env={})
    assert info.value.key == "config" and "nope.toml" in str(info.value)


@pytest.mark.parametrize(
    "value",
    ["usb:0x0416:0x5011", "tcp:192.0.2.10:9100", "tcp:printer.local:9100"],
)
def test_escpos_targets(value: str) -> None:
    config = load_config(env={"KIOSK_PRINTER": "escpos", "KIOSK_PRINTER_ESCPOS": value})
    assert config.printer_escpos == value


def test_loopback_http_is_fine() -> None:
    config = load_config(env={"KIOSK_CENTRAL_URL": "http://127.0.0.1:8000"})
    assert config.status_base_url == "http://127.0.0.1:8000"
