"""The outbox key file: made once with mode 0600, refused when others may read it, never replaced
silently while sealed submissions need it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk.config import KioskConfig
from kiosk.core.tracking import new_code
from kiosk.offline_queue import Outbox
from kiosk.offline_queue.codec import AesGcmCodec
from kiosk.offline_queue.factory import open_outbox
from kiosk.offline_queue.keys import (
    KeyFileError,
    codec_for,
    create_key,
    key_path,
    load_or_create_key,
    read_key,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="mode bits are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_key_is_created_once_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "data" / "outbox.key"
    old_umask = os.umask(0)  # even a permissive umask gives 0600
    try:
        key = load_or_create_key(path)
    finally:
        os.umask(old_umask)
    assert len(key) == 32 and path.read_bytes() == key
    assert mode(path) == 0o600
    assert load_or_create_key(path) == key  # the second start reads the same key
    assert [p.name for p in path.parent.iterdir()] == ["outbox.key"]  # no temporary left behind


@posix_only
@pytest.mark.parametrize("bits", [0o644, 0o640, 0o604, 0o620, 0o660])
def test_key_open_to_others_is_refused(tmp_path: Path, bits: int) -> None:
    path = tmp_path / "outbox.key"
    load_or_create_key(path)
    path.chmod(bits)
    with pytest.raises(KeyFileError) as caught:
        load_or_create_key(path)
    assert str(path) in str(caught.value) and f"{bits:04o}" in str(caught.value)
    assert caught.value.message_id == "outbox.key_file"


@posix_only
def test_symlinked_key_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real.key"
    load_or_create_key(real)
    link = tmp_path / "outbox.key"
    link.symlink_to(real)
    with pytest.raises(KeyFileError, match="outbox.key"):
        read_key(link)


def test_truncated_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "outbox.key"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, b"short")
    os.close(fd)
    with pytest.raises(KeyFileError, match="5 bytes"):
        load_or_create_key(path)


def test_existing_key_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "outbox.key"
    first = load_or_create_key(path)
    assert create_key(path) == first  # lost the race: the key already there wins


def test_codec_for_config_keeps_the_key_beside_the_database(tmp_path: Path) -> None:
    config = KioskConfig(data_dir=tmp_path / "data")
    codec = codec_for(config)
    assert key_path(config) == tmp_path / "data" / "outbox.key" and key_path(config).exists()
    with open_outbox(config, codec=codec) as box:
        item_id = box.enqueue(
            service="household",
            tracking_code=new_code(),
            payload={"fin": "5ZK2M8P", "mobile": "+994501234567"},
        )
    with open_outbox(config, codec=codec_for(config)) as box:  # a restart reads it back
        assert box.payload(item_id) == {"fin": "5ZK2M8P", "mobile": "+994501234567"}
    assert b"outbox.key" not in config.outbox_path.read_bytes()
    assert key_path(config).read_bytes() not in config.outbox_path.read_bytes()


def test_missing_key_with_sealed_rows_is_not_replaced(tmp_path: Path) -> None:
    config = KioskConfig(data_dir=tmp_path / "data")
    with Outbox(config.outbox_path, codec=codec_for(config)) as box:
        box.enqueue(service="household", tracking_code=new_code(), payload={"a": 1})
    key_path(config).unlink()
    with pytest.raises(KeyFileError, match="1 sealed submissions"):
        codec_for(config)
    assert not key_path(config).exists()


def test_codec_rejects_wrong_key_length() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        AesGcmCodec(b"\0" * 31)
