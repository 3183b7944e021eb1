#!/usr/bin/env bash
# Installs everything the tests need, then runs them: bash tests/run.sh [pytest arguments]
# - Debian/Ubuntu system libraries for Qt (offscreen), fonts and poppler (when apt-get is there
#   and we are root or have sudo);
# - a virtual environment in .venv with the app and its test extra (editable install).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
libxkbcommon0 libbrotli1 fonts-dejavu-core poppler-utils"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
  echo "Installing system packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
# On Python 3.11 the app needs PySide6 < 6.12 (see pyproject.toml). A venv made before that pin holds
# PySide6-Pdf 6.12, whose files overlap PySide6-Addons' and which pip would leave behind: remove
# the Qt wheels, so that the install below lays down one consistent set.
if .venv/bin/python -c 'import sys; sys.exit(sys.version_info >= (3, 12))' \
   && .venv/bin/python -m pip show -q PySide6-Pdf >/dev/null 2>&1; then
  .venv/bin/python -m pip uninstall -y -q PySide6-Pdf PySide6-Addons PySide6-Essentials shiboken6
fi
.venv/bin/python -m pip install -q -e '.[test]'

export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
