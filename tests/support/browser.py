"""A real browser for the web pages' tests: Debian's ``chromium`` driven by its ``chromedriver``
through Selenium, headless, with a new empty profile and nothing fetched from outside.

``scripts/bootstrap.sh`` installs both packages; without them a test is skipped, except under
``CI=true``, where it fails: CI must run the browser tests.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = ("chromium", "chromium-browser")
DRIVER = ("chromedriver",)

# Phone-sized and desktop-sized windows.
PHONE = (390, 844)
DESKTOP = (1280, 900)


def _which(names: tuple[str, ...]) -> str | None:
    for name in names:
        found = shutil.which(name) or (
            f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None
        )
        if found:
            return found
    return None


def find() -> tuple[str, str] | None:
    """The browser and driver executables, or None."""
    browser, driver = _which(CHROMIUM), _which(DRIVER)
    return (browser, driver) if browser and driver else None


def require() -> tuple[str, str]:
    found = find()
    if found is None:
        reason = (
            "Debian's chromium and chromium-driver are not installed: apt-get install chromium "
            "chromium-driver (scripts/bootstrap.sh, run by make, does)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found


@contextmanager
def chromium(size: tuple[int, int] = DESKTOP, language: str | None = None) -> Iterator[object]:
    """A headless Chromium WebDriver, quit on exit. ``language``: the Accept-Language it sends."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = require()
    profile = tempfile.mkdtemp(prefix="kiosk-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        f"--user-data-dir={profile}",
        f"--window-size={size[0]},{size[1]}",
    ):
        options.add_argument(flag)
    if language:
        options.add_argument(f"--lang={language}")
        options.add_experimental_option("prefs", {"intl.accept_languages": language})
    web = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    web.set_page_load_timeout(30)
    try:
        yield web
    finally:
        web.quit()
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(web: object, path: Path) -> Path:
    """A PNG of the whole page (its full scroll height) at ``path``."""
    width = web.execute_script("return document.documentElement.scrollWidth")  # type: ignore[attr-defined]
    height = web.execute_script("return document.documentElement.scrollHeight")  # type: ignore[attr-defined]
    web.set_window_size(max(width, 320), max(height, 400))  # type: ignore[attr-defined]
    path.parent.mkdir(parents=True, exist_ok=True)
    web.save_screenshot(str(path))  # type: ignore[attr-defined]
    return path
