#!/bin/sh
# Adds Partage to this user's application menu (no administrator rights needed), with its icon and
# the .partage file type, pointing at the folder this script sits in. Run it again after moving
# the folder. "./install-shortcut.sh --remove" takes the menu entry away (your data stays).
#
# Ajoute Partage au menu des applications de cet utilisateur (sans droits d'administrateur), avec
# son icône et le type de fichier .partage. « ./install-shortcut.sh --remove » retire l'entrée du
# menu (vos données restent).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ID=ca.partage.Partage
SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
DESKTOP="$SHARE/applications/$ID.desktop"
ICON="$SHARE/icons/hicolor/scalable/apps/$ID.svg"
MIME="$SHARE/mime/packages/$ID.xml"

refresh() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$SHARE/mime" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "${1:-}" = "--remove" ]; then
  rm -f "$DESKTOP" "$ICON" "$MIME"
  refresh
  echo "Partage: menu entry removed / entrée de menu retirée."
  exit 0
fi

mkdir -p "$(dirname "$DESKTOP")" "$(dirname "$ICON")" "$(dirname "$MIME")"
cp "$HERE/share/$ID.svg" "$ICON"
cp "$HERE/share/$ID.mime.xml" "$MIME"
# The menu entry runs the program in this folder; quotes keep paths with spaces working.
sed "s|^Exec=.*|Exec=\"$HERE/partage-desktop\" %f|" "$HERE/share/$ID.desktop" > "$DESKTOP"
chmod 644 "$DESKTOP"
refresh
echo "Partage: added to the applications menu / ajouté au menu des applications."
