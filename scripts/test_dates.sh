#!/usr/bin/env bash
# Runs the date-sensitive tests (fees, schedules, validation, examples, receipts, the submit-sync-track
# loop of the kiosk command) with the system clock set
# to other days by libfaketime, so that no test depends on the calendar date. `make test` runs it.
set -euo pipefail
BIN="${1:-.venv/bin}"
if ! command -v faketime >/dev/null; then
  if [ "${CI:-}" = "true" ]; then
    echo "faketime is missing (scripts/bootstrap.sh installs it as root on Debian)" >&2
    exit 1
  fi
  echo "skipping the other-dates run: faketime is not installed (apt-get install faketime)" >&2
  exit 0
fi
# Baku is UTC+4: the first is already 2026-01-01 in Baku, the last is New Year's Eve 2030 there.
for moment in "2025-12-31 20:05:00" "2028-02-29 09:00:00" "2030-12-31 19:50:00"; do
  echo "== tests with the clock at $moment UTC"
  # FAKETIME_DONT_RESET: the processes a test starts (the central, the kiosk command) share the faked
  # clock instead of each starting again at $moment.
  FAKETIME_DONT_RESET=1 TZ=UTC QT_QPA_PLATFORM=offscreen faketime -f "@$moment" "$BIN/python" -m pytest \
    -q -p no:cacheprovider tests/core tests/receipts tests/e2e/test_e2e_cli.py
done
