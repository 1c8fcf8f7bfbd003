"""Settings saved in staff mode on a terminal started without a configuration file take effect."""

from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config


def test_saved_settings_in_the_data_folder_are_read(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text(
        'kiosk_id = "AZ-SHEKI-K02"\nidle_timeout_s = 120\n', "utf-8"
    )
    config = load_config(None, env={"KIOSK_DATA_DIR": str(tmp_path)})
    assert config.kiosk_id == "AZ-SHEKI-K02"
    assert config.idle_timeout_s == 120


def test_an_explicit_file_wins_over_saved_settings(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text('kiosk_id = "SAVED"\n', "utf-8")
    named = tmp_path / "named.toml"
    named.write_text('kiosk_id = "NAMED"\n', "utf-8")
    env = {"KIOSK_DATA_DIR": str(tmp_path), "KIOSK_CONFIG": str(named)}
    assert load_config(None, env=env).kiosk_id == "NAMED"


def test_a_broken_saved_file_names_the_key(tmp_path: Path) -> None:
    (tmp_path / "kiosk.toml").write_text("idle_timeout_s = 5\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(None, env={"KIOSK_DATA_DIR": str(tmp_path)})
    assert info.value.key == "idle_timeout_s"
