#!/usr/bin/env bash
# Creates or refreshes the project's virtual environment from the lock file requirements/dev.txt (the
# kiosk, the reference central API's extra, the tools and PyInstaller, each pinned with its hashes; made
# from pyproject.toml by scripts/lock.py), and on Debian-like systems installs the few system libraries
# Qt needs to draw offscreen, faketime and PostgreSQL when they are missing (only when run as root).
# Then every library Qt's xcb plugin needs for a window on X11 (`make run`), found with ldd
# (scripts/check_qt_libs.sh).
set -euo pipefail
PY="${1:-python3}"
VENV="${2:-.venv}"
LOCK="${3:-requirements/dev.txt}"

"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'

need_libs=()
for lib in libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libglib-2.0.so.0 libdbus-1.so.3; do
  ldconfig -p 2>/dev/null | grep -q "$lib" || need_libs+=("$lib")
done
if [ "${#need_libs[@]}" -gt 0 ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing system libraries for Qt: ${need_libs[*]}"
  apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 >/dev/null || \
    echo "warning: could not install Qt's system libraries; Qt tests may fail" >&2
fi

# libfaketime, for `make test`'s run of the date-sensitive tests at other dates (scripts/test_dates.sh).
if ! command -v faketime >/dev/null && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing faketime for the other-dates test run"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends faketime; } >/dev/null || \
    echo "warning: could not install faketime" >&2
fi

# PostgreSQL's server programs (initdb, pg_ctl, pg_dump, pg_restore), for the central's tests on its
# production database: they start a throwaway cluster of their own (tests/support/pg_cluster.py).
pg_found() { command -v initdb >/dev/null || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; }
if ! pg_found && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing PostgreSQL for the central's tests on PostgreSQL"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql; } >/dev/null || \
    echo "warning: could not install postgresql; the central's tests cannot run on PostgreSQL" >&2
fi

# Debian's Chromium and its driver, for the web pages' tests in a real browser (status page, back office,
# phone photo page; tests/support/browser.py drives them with Selenium). Never a browser download.
if { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; } && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing chromium and chromium-driver for the web pages' browser tests"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver; } >/dev/null || \
    echo "warning: could not install chromium; the web pages' browser tests cannot run" >&2
fi

[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
# Exactly the locked releases (hash-checked), then the project itself on top, without resolving again.
"$VENV/bin/python" -m pip install -q --require-hashes -r "$LOCK"
"$VENV/bin/python" -m pip install -q --no-deps -e .

# The xcb plugin's libraries (libxcb-icccm4, libxcb-keysyms1, libxcb-cursor0 …): the error Qt prints
# names only libxcb-cursor0, which is not enough.
if missing="$(bash "$(dirname "$0")/check_qt_libs.sh" "$VENV")"; then
  :
else
  packages="$(echo "$missing" | awk '$2 != "?" {print $2}' | sort -u | tr '\n' ' ')"
  unknown="$(echo "$missing" | awk '$2 == "?" {print $1}' | tr '\n' ' ')"
  if [ -n "$packages" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing the libraries Qt's xcb plugin needs: $packages"
    apt-get update -qq || true
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null || \
      echo "warning: could not install $packages; 'make run' may not open a window" >&2
  elif [ -n "$packages" ]; then
    echo "note: for 'make run' under X11 Qt needs: sudo apt-get install $packages" >&2
  fi
  [ -z "$unknown" ] || echo "note: Qt's xcb plugin also misses $unknown" >&2
fi
