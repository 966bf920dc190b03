#!/usr/bin/env bash
# Add Assemblage Workshop to the desktop menu of the current user (Linux, freedesktop):
# the launcher, the icon in three sizes and the *.workshop file type, so a double-click on a
# session opens it in the app.
#
#   packaging/install-desktop-entry.sh                  # workshop-app is on PATH (pip, pipx)
#   packaging/install-desktop-entry.sh /opt/workshop-app/workshop-app   # a PyInstaller bundle
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
EXEC=${1:-workshop-app}

if [[ "$EXEC" != "workshop-app" && ! -x "$EXEC" ]]; then
    echo "install-desktop-entry.sh: error: $EXEC is not an executable file" >&2
    exit 2
fi

# The Exec key needs quotes around a path with spaces; TryExec takes the path as it is.
QUOTED=$EXEC
if [[ "$EXEC" == *" "* ]]; then QUOTED="\"$EXEC\""; fi
mkdir -p "$DATA/applications"
while IFS= read -r line; do
    case "$line" in
        "Exec=workshop-app "*) printf 'Exec=%s %s\n' "$QUOTED" "${line#Exec=workshop-app }" ;;
        "TryExec=workshop-app") printf 'TryExec=%s\n' "$EXEC" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$ROOT/resources/workshop-app.desktop" > "$DATA/applications/workshop-app.desktop"
for size in 256 128 48; do
    install -Dm644 "$ROOT/resources/icons/workshop-app-$size.png" \
        "$DATA/icons/hicolor/${size}x${size}/apps/workshop-app.png"
done
install -Dm644 "$ROOT/resources/icons/workshop-app.svg" "$DATA/icons/hicolor/scalable/apps/workshop-app.svg"
install -Dm644 "$ROOT/packaging/workshop-app-mime.xml" "$DATA/mime/packages/workshop-app.xml"

# The caches are refreshed where the tools exist; desktops also notice on next login.
if command -v update-mime-database >/dev/null; then update-mime-database "$DATA/mime"; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$DATA/applications"; fi
if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true; fi
echo "Installed the Assemblage Workshop launcher and file type into $DATA"
