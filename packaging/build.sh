#!/usr/bin/env bash
# Build the self-contained Assemblage Workshop folder with PyInstaller, in a fresh virtual
# environment so that nothing else installed on this machine ends up in the bundle.
#
#   bash packaging/build.sh            -> dist/workshop-app/workshop-app
#
# PYTHON picks the interpreter (default python3, 3.10 or newer). On Linux the machine that
# builds needs the X11/Wayland libraries Qt's window plugins link to (see README, Set-up);
# they are copied into the bundle.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
VENV="$ROOT/build/packaging-venv"

cd "$ROOT"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "$ROOT[packaging]"
"$VENV/bin/python" -m PyInstaller --noconfirm --clean \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/workshop_app.spec"

BUNDLE="$ROOT/dist/workshop-app"
echo "Bundle: $BUNDLE"
echo "Size:   $(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files)"
echo "Try:    $BUNDLE/workshop-app --demo london"
