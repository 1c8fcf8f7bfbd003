#!/usr/bin/env bash
# Which system libraries Qt's xcb platform plugin (a window on X11: `make run`) cannot find, by ldd.
#   bash scripts/check_qt_libs.sh [VENV]      prints "soname package" per missing library; exit 1 if any
# The packages are Debian/Ubuntu's (scripts/qt_xcb_libs.txt). CI runs it after `make venv`.
set -euo pipefail
VENV="${1:-.venv}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TABLE="$HERE/qt_xcb_libs.txt"

plugin="$(find "$VENV" -name libqxcb.so -path '*platforms*' 2>/dev/null | head -n 1)"
if [ -z "$plugin" ]; then
  echo "check_qt_libs: no Qt xcb plugin under $VENV (run 'make venv' first)" >&2
  exit 2
fi
qpa="$(dirname "$plugin")/../../lib/libQt6XcbQpa.so.6"
missing="$( { ldd "$plugin"; [ -e "$qpa" ] && ldd "$qpa"; } 2>/dev/null \
  | awk '/not found/ {print $1}' | sort -u)"
[ -z "$missing" ] && exit 0
status=1
for soname in $missing; do
  package="$(awk -v s="$soname" '$1 == s {print $2}' "$TABLE")"
  echo "$soname ${package:-?}"
done
exit "$status"
