#!/bin/bash
# Makes dist/Partage-<version>.dmg from dist/Partage.app (macOS only), the disk image people open
# and drag Partage into Applications from. Run after the build:
#   python packaging/build.py --installer      (builds, smoke-tests, then calls this script)
#   bash packaging/macos/make-dmg.sh 0.1.0     (on an existing dist/Partage.app)
# The app is ad-hoc signed by PyInstaller, not notarized: the first time, people right-click
# Partage and choose Open (README explains it).
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=${1:?usage: make-dmg.sh VERSION}
APP=dist/Partage.app
if [ ! -d "$APP" ]; then
  echo "No $APP: run python packaging/build.py first." >&2
  exit 1
fi
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
# ditto keeps the bundle's symlinks, permissions and signature intact (cp -R may not).
ditto "$APP" "$STAGE/Partage.app"
ln -s /Applications "$STAGE/Applications"
OUT="dist/Partage-$VERSION.dmg"
rm -f "$OUT"
hdiutil create -volname "Partage $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
  -imagekey zlib-level=9 -ov "$OUT"
hdiutil verify "$OUT"
echo "$OUT"
