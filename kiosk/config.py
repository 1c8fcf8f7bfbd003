"""The kiosk's configuration: one TOML file, every key overridable by an environment variable.

The file is named by ``--config`` or by ``KIOSK_CONFIG``; without either, the defaults below apply. Any key
``foo`` may be overridden by ``KIOSK_FOO`` (upper case). Values are parsed and checked here, at start-up:
an invalid value raises :class:`ConfigError`, whose message names the key and where the value came from.

``data_dir`` defaults to ``$XDG_DATA_HOME/asan-kiosk`` (``~/.local/share/asan-kiosk`` when
``XDG_DATA_HOME`` is unset; ``%LOCALAPPDATA%\\asan-kiosk`` on Windows): the outbox, its halt marker and
quarantined files live there.
"""

from __future__ import annotations

import ipaddress
import os
import re
import stat
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ENV_PREFIX = "KIOSK_"
CONFIG_ENV = "KIOSK_CONFIG"
LANGUAGES = ("az", "ru", "en")
PRINTERS = ("pdf", "system", "escpos")
REDACTED = "***"
SAVED_SETTINGS = (
    "kiosk.toml"  # in data_dir: read when neither --config nor KIOSK_CONFIG names a file
)
_SECRET_KEYS = frozenset({"api_token"})
_MAX_CONFIG_BYTES = 256 * 1024


class ConfigError(ValueError):
    """An invalid configuration value. ``key`` is the offending key, ``source`` where it came from."""

    def __init__(self, key: str, problem: str, source: str) -> None:
        super().__init__(f"configuration key '{key}' ({source}): {problem}")
        self.key = key
        self.problem = problem
        self.source = source


def default_data_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if os.name == "nt" and env.get("LOCALAPPDATA"):
        return Path(env["LOCALAPPDATA"]) / "asan-kiosk"
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "asan-kiosk"


def is_loopback_host(host: str) -> bool:
    """A *literal* loopback address (127.0.0.0/8 written as four decimal numbers, or ``::1``): the only
    hosts plain ``http://`` may reach. A name is never taken, ``localhost`` included: ``/etc/hosts``, a
    DNS search domain or NSS can point it anywhere, and resolving it here would not bind what the HTTP
    library resolves a moment later."""
    host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    if "%" in host:  # a scoped IPv6 address names an interface, never loopback
        return False
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address):
        return address == ipaddress.IPv6Address("::1")
    return address.is_loopback and str(address) == host  # no shorthand spellings


def check_url(value: str) -> str:
    """A base URL: ``https://host[:port][/path]``, or ``http://`` to a literal loopback address.
    Returns a problem or ""."""
    try:
        parts = urlsplit(value)
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        return "must be an http(s) URL with a host and a numeric port"
    if parts.scheme not in ("http", "https") or not hostname:
        return "must be an http(s) URL with a host"
    if parts.username is not None or parts.password is not None:
        return "must not carry a user name or password"
    if parts.scheme == "http" and not is_loopback_host(hostname):
        return (
            "plain http:// is allowed only to a literal loopback address (127.0.0.1 or [::1]; not"
            " a name, not even localhost); use https://"
        )
    if parts.query or parts.fragment:
        return "must not carry a query or fragment"
    return ""


# ------------------------------------------------------------------------------------- trusted files


def untrusted_file_problem(path: Path) -> str:
    """Why a file the kiosk trusts (its configuration, a CA bundle) must not be used, or "".

    As ``sshd`` treats ``authorized_keys``: whoever can change such a file can send the kiosk's
    applications to an impostor central API. The file (after symbolic links) and the folder holding
    it must belong to root or to the user the kiosk runs as, and must not be writable by group or
    others; a folder with the sticky bit (``/tmp``) may be writable by all, since no one else can
    replace a file in it. The folder of the link itself is checked too. Not checked on Windows,
    where the installer's folder permissions (docs/INSTALL.md) do this.
    """
    if os.name == "nt":
        return ""
    uid = os.geteuid()
    real = Path(os.path.realpath(path))
    checks = [(real, False), (real.parent, True)]
    link_folder = Path(os.path.realpath(Path(path).parent))
    if link_folder != real.parent:
        checks.append((link_folder, True))
    for target, folder in checks:
        try:
            info = target.stat()
        except OSError as exc:
            return f"cannot be checked: {exc.strerror}: {target}"
        what = f"its folder {target}" if folder else str(target)
        if info.st_uid not in (0, uid):
            return (
                f"{what} belongs to another user (uid {info.st_uid}); it must belong to root or to"
                " the user the kiosk runs as"
            )
        writable = info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
        if writable and not (folder and info.st_mode & stat.S_ISVTX):
            who = (
                "group and others"
                if writable == stat.S_IWGRP | stat.S_IWOTH
                else ("group" if writable == stat.S_IWGRP else "others")
            )
            return (
                f"{what} is writable by {who} (mode {stat.S_IMODE(info.st_mode):04o}), so others"
                f" could send the kiosk to an impostor central API: chmod go-w {target}"
            )
    return ""


_ESCPOS_USB = re.compile(r"^usb:0x[0-9a-fA-F]{4}:0x[0-9a-fA-F]{4}$")
_ESCPOS_TCP = re.compile(r"^tcp:[A-Za-z0-9.\-\[\]:]+:(\d{1,5})$")
_KIOSK_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,63}$")


@dataclass(frozen=True)
class KioskConfig:
    data_dir: Path = field(default_factory=default_data_dir)
    kiosk_id: str = "KIOSK-DEV-01"
    centre_name: str = "ASAN xidmət"
    # "" = no central: the kiosk starts only with ``demo`` (a local reference central API beside it).
    central_url: str = ""
    api_token: str = field(default="", repr=False)
    public_status_url: str = ""  # "" = the same as central_url
    ca_bundle: str = ""  # "" = the bundled CA certificates (certifi); else a PEM file
    language: str = "az"
    idle_timeout_s: int = 90
    printer: str = "pdf"
    printer_escpos: str = ""  # "usb:0x0416:0x5011" or "tcp:192.0.2.10:9100"
    retention_days: int = 30
    azersu_code_min_len: int = 6
    azersu_code_max_len: int = 12
    max_attachment_mb: int = 10
    http_timeout_s: float = 10.0
    lookup_timeout_s: float = 5.0
    # The heartbeat to the central API's fleet page (docs/WIRE.md "Heartbeat"), in seconds; 0: none.
    heartbeat_s: float = 60.0
    # A demonstration terminal: a DEMO banner on every screen and on every receipt; without
    # central_url a local reference central API stands in. Never on a terminal in service.
    demo: bool = False
    # Receipts kept as files in data_dir/receipts (encrypted like the outbox, purged after
    # retention_days); off, only the printer gets them.
    keep_receipts: bool = False

    @property
    def outbox_path(self) -> Path:
        return self.data_dir / "outbox.sqlite3"

    @property
    def status_base_url(self) -> str:
        return (self.public_status_url or self.central_url).rstrip("/")

    @property
    def max_attachment_bytes(self) -> int:
        return self.max_attachment_mb * 1024 * 1024

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["data_dir"] = str(self.data_dir)
        return data

    def redacted(self) -> dict[str, Any]:
        return redacted_dict(self)


def redacted_dict(config: KioskConfig) -> dict[str, Any]:
    """``config.as_dict()`` with secrets replaced by ``***`` (safe to log or show to staff)."""
    data = config.as_dict()
    for key in _SECRET_KEYS:
        if data.get(key):
            data[key] = REDACTED
    return data


# ----------------------------------------------------------------------------------------------- parsing


def _as_int(value: object, from_env: bool) -> int:
    if from_env and isinstance(value, str):
        return int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("must be an integer")
    return value


def _as_bool(value: object, from_env: bool) -> bool:
    if from_env and isinstance(value, str):
        text = value.strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off", ""):
            return False
        raise ValueError("must be true or false")
    if not isinstance(value, bool):
        raise ValueError("must be true or false")
    return value


def _as_float(value: object, from_env: bool) -> float:
    if from_env and isinstance(value, str):
        return float(value.strip())
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("must be a number")
    return float(value)


def _as_str(value: object, from_env: bool) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a string")
    return value.strip()


def _as_path(value: object, from_env: bool) -> Path:
    text = _as_str(value, from_env)
    if not text:
        raise ValueError("must not be empty")
    return Path(text).expanduser()


_PARSERS: dict[str, Callable[[object, bool], object]] = {
    "data_dir": _as_path,
    "idle_timeout_s": _as_int,
    "retention_days": _as_int,
    "azersu_code_min_len": _as_int,
    "azersu_code_max_len": _as_int,
    "max_attachment_mb": _as_int,
    "http_timeout_s": _as_float,
    "lookup_timeout_s": _as_float,
    "heartbeat_s": _as_float,
    "demo": _as_bool,
    "keep_receipts": _as_bool,
}
_KEYS = tuple(f.name for f in fields(KioskConfig))


def _range(lo: float, hi: float) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        return "" if lo <= value <= hi else f"must be between {lo:g} and {hi:g}"

    return check


def _one_of(choices: tuple[str, ...]) -> Callable[[Any], str]:
    return lambda value: "" if value in choices else f"must be one of {', '.join(choices)}"


def _optional_url(value: Any) -> str:
    return check_url(value) if value else ""


def _escpos(value: Any) -> str:
    if not value or _ESCPOS_USB.match(value):
        return ""
    tcp = _ESCPOS_TCP.match(value)
    if tcp and 0 < int(tcp.group(1)) < 65536:
        return ""
    return "must look like usb:0xVVVV:0xPPPP or tcp:HOST:PORT"


def _ca_bundle(value: Any) -> str:
    if not value:
        return ""
    path = Path(value)  # as requests will open it
    if not path.is_file():
        return "file not found"
    return untrusted_file_problem(path)


_CHECKS: dict[str, Callable[[Any], str]] = {
    "kiosk_id": lambda v: "" if _KIOSK_ID.match(v) else "1-64 letters, digits, '-' or '_'",
    "centre_name": lambda v: "" if v else "must not be empty",
    "central_url": _optional_url,
    "public_status_url": _optional_url,
    "ca_bundle": _ca_bundle,
    "language": _one_of(LANGUAGES),
    "idle_timeout_s": _range(15, 3600),
    "printer": _one_of(PRINTERS),
    "printer_escpos": _escpos,
    "retention_days": _range(1, 3650),
    "azersu_code_min_len": _range(1, 64),
    "azersu_code_max_len": _range(1, 64),
    "max_attachment_mb": _range(1, 100),
    "http_timeout_s": _range(0.1, 300),
    "lookup_timeout_s": _range(0.1, 300),
    "heartbeat_s": lambda v: "" if v == 0 or 10 <= v <= 3600 else "must be 0 (off) or 10 to 3600",
}


def _parse_value(key: str, raw: object, source: str, from_env: bool) -> object:
    parser = _PARSERS.get(key, _as_str)
    try:
        value = parser(raw, from_env)
    except ValueError as exc:
        problem = str(exc) if "must" in str(exc) else f"not a valid value: {raw!r}"
        raise ConfigError(key, problem, source) from None
    problem = _CHECKS.get(key, lambda v: "")(value)
    if problem:
        raise ConfigError(key, problem, source)
    return value


def _read_file(path: Path) -> dict[str, Any]:
    import tomllib  # only when there is a file: a terminal configured by its environment needs none

    source = f"file {path}"
    try:
        if path.exists() and not path.is_file():  # a FIFO or a device would block, a folder fail
            raise ConfigError("config", "not a regular file", source)
        if path.exists() and (problem := untrusted_file_problem(path)):
            raise ConfigError("config", problem, source)
        with path.open("rb") as fh:
            raw = fh.read(_MAX_CONFIG_BYTES + 1)
        if len(raw) > _MAX_CONFIG_BYTES:
            raise ConfigError("config", f"larger than {_MAX_CONFIG_BYTES // 1024} KB", source)
        data = tomllib.loads(raw.decode("utf-8"))
    except FileNotFoundError:
        raise ConfigError("config", "file not found", source) from None
    except OSError as exc:
        raise ConfigError("config", f"cannot be read: {exc.strerror}", source) from None
    except UnicodeDecodeError:
        raise ConfigError("config", "not valid TOML: not UTF-8 text", source) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("config", f"not valid TOML: {exc}", source) from None
    except RecursionError:
        raise ConfigError("config", "not valid TOML: nested too deeply", source) from None
    return data


def load_config(
    path: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None
) -> KioskConfig:
    """Read the TOML file at ``path`` (or ``$KIOSK_CONFIG``), then apply ``KIOSK_<KEY>`` overrides."""
    env = os.environ if env is None else env
    if path is None and env.get(CONFIG_ENV):
        path = env[CONFIG_ENV]
    if path is None:
        # Settings saved in staff mode on a terminal started without a file live in the data folder.
        data_dir = env.get(ENV_PREFIX + "DATA_DIR")
        saved = Path(data_dir).expanduser() if data_dir else default_data_dir(env)
        if (saved / SAVED_SETTINGS).is_file():
            path = saved / SAVED_SETTINGS
    values: dict[str, object] = {}
    sources: dict[str, str] = {}
    if path is not None:
        file_path = Path(path).expanduser()
        data = _read_file(file_path)
        for key, raw in data.items():
            source = f"file {file_path}"
            if key not in _KEYS:
                raise ConfigError(key, "unknown key", source)
            values[key] = _parse_value(key, raw, source, from_env=False)
            sources[key] = source
    for key in _KEYS:
        env_name = ENV_PREFIX + key.upper()
        if env_name in env:
            source = f"environment variable {env_name}"
            values[key] = _parse_value(key, env[env_name], source, from_env=True)
            sources[key] = source
    if "data_dir" not in values:
        values["data_dir"] = default_data_dir(env)
    config = KioskConfig(**values)  # type: ignore[arg-type]
    _check_together(config, sources)
    return config


def _check_together(config: KioskConfig, sources: Mapping[str, str]) -> None:
    default = "default"
    if config.azersu_code_min_len > config.azersu_code_max_len:
        key = "azersu_code_min_len"
        raise ConfigError(key, "must not exceed azersu_code_max_len", sources.get(key, default))
    if config.printer == "escpos" and not config.printer_escpos:
        key = "printer_escpos"
        raise ConfigError(
            key,
            "required when printer is 'escpos'",
            sources.get(key, sources.get("printer", default)),
        )
