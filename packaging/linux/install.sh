#!/bin/sh
# Install Stay Planner's desktop integration (menu entry, AppStream metainfo,
# .stayplan file type, icons) and, if it has been built, the program itself.
#
#   packaging/linux/install.sh                 # into ~/.local (no root needed)
#   PREFIX=/usr/local sudo -E packaging/linux/install.sh
#   DESTDIR=pkgroot PREFIX=/usr packaging/linux/install.sh   # for distro packages
#   packaging/linux/install.sh --uninstall     # remove what it installed
#
# The program: when dist/stay-planner/ exists (made by `make package`), it is
# copied to $PREFIX/lib/stay-planner/ and linked as $PREFIX/bin/stay-planner.
# Without a build, only the desktop files are installed and the menu entry
# runs whatever `stay-planner` is on the PATH (e.g. a `pip install`).
set -eu

APP_ID=io.github.stayplanner.StayPlanner
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ICONS="$ROOT/resources/icons"
DIST=${DIST:-"$ROOT/dist/stay-planner"}
PREFIX=${PREFIX:-"$HOME/.local"}
DESTDIR=${DESTDIR:-}
TARGET="$DESTDIR$PREFIX"
SHARE="$TARGET/share"
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    # Caches are only refreshed for a live install, not when staging into DESTDIR.
    [ -n "$DESTDIR" ] && return 0
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
    fi
    touch "$SHARE/icons/hicolor" 2>/dev/null || true
}

uninstall() {
    rm -f "$SHARE/applications/$APP_ID.desktop" \
          "$SHARE/metainfo/$APP_ID.metainfo.xml" \
          "$SHARE/mime/packages/$APP_ID.xml" \
          "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
    for s in $SIZES; do
        rm -f "$SHARE/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
    done
    if [ -L "$TARGET/bin/stay-planner" ]; then
        rm -f "$TARGET/bin/stay-planner"
    fi
    rm -rf "$TARGET/lib/stay-planner"
    refresh
    echo "Stay Planner removed from $TARGET"
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
elif [ $# -gt 0 ]; then
    echo "usage: [PREFIX=dir] [DESTDIR=dir] $0 [--uninstall]" >&2
    exit 2
fi

install -Dm644 "$HERE/$APP_ID.desktop" "$SHARE/applications/$APP_ID.desktop"
install -Dm644 "$HERE/$APP_ID.metainfo.xml" "$SHARE/metainfo/$APP_ID.metainfo.xml"
install -Dm644 "$HERE/$APP_ID.mime.xml" "$SHARE/mime/packages/$APP_ID.xml"
install -Dm644 "$ICONS/stay-planner.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for s in $SIZES; do
    install -Dm644 "$ICONS/stay-planner-$s.png" "$SHARE/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
done

if [ -x "$DIST/stay-planner" ]; then
    rm -rf "$TARGET/lib/stay-planner"
    mkdir -p "$TARGET/lib" "$TARGET/bin"
    cp -a "$DIST" "$TARGET/lib/stay-planner"
    ln -sf "$PREFIX/lib/stay-planner/stay-planner" "$TARGET/bin/stay-planner"
    echo "Installed the program: $PREFIX/bin/stay-planner -> $PREFIX/lib/stay-planner/"
else
    echo "No build in $DIST (run 'make package' first to install the program too);"
    echo "the menu entry will run the 'stay-planner' found on the PATH."
fi

refresh
echo "Installed Stay Planner's menu entry, file type and icons into $TARGET"
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) [ -z "$DESTDIR" ] && echo "Note: $PREFIX/bin is not on your PATH; add it so the menu entry finds stay-planner." ;;
esac
exit 0
