#!/bin/sh
# Install Pushback Monitor from the unpacked Linux archive, for the current user (or,
# run as root, for everyone), and add it to the application menu.
#
#   ./install.sh            install (or update)
#   ./install.sh --remove   remove the program; the data folder is left alone
#   --user                  for the current user even when run as root
set -eu

APP_ID=io.github.pushback_monitor.PushbackMonitor
HERE=$(cd "$(dirname "$0")" && pwd)
USER_ONLY=""
REMOVE=""
for arg in "$@"; do
    case $arg in
        --user) USER_ONLY=1 ;;
        --remove) REMOVE=1 ;;
        *) echo "usage: $0 [--user] [--remove]" >&2; exit 2 ;;
    esac
done

if [ "$(id -u)" = 0 ] && [ -z "$USER_ONLY" ]; then
    PREFIX=/opt/pushback-monitor
    BIN=/usr/local/bin
    SHARE=/usr/local/share
else
    PREFIX=$HOME/.local/lib/pushback-monitor  # the program; the data folder is apart
    BIN=$HOME/.local/bin
    SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
fi

remove() {
    rm -rf "$PREFIX"
    rm -f "$BIN/pushback-monitor" "$SHARE/applications/$APP_ID.desktop" \
        "$SHARE/metainfo/$APP_ID.metainfo.xml"
    find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
}

refresh_menus() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ -n "$REMOVE" ]; then
    remove
    refresh_menus
    echo "Pushback Monitor removed (your data folder was not touched)."
    exit 0
fi

if [ ! -x "$HERE/pushback-monitor/pushback-monitor" ]; then
    echo "error: $HERE/pushback-monitor/pushback-monitor is missing; unpack the whole archive first" >&2
    exit 1
fi

# The new copy goes next to the old one and replaces it in one step.
mkdir -p "$(dirname "$PREFIX")" "$BIN" "$SHARE/applications" "$SHARE/metainfo"
rm -rf "$PREFIX.new"
cp -a "$HERE/pushback-monitor" "$PREFIX.new"
rm -rf "$PREFIX"
mv "$PREFIX.new" "$PREFIX"
ln -sf "$PREFIX/pushback-monitor" "$BIN/pushback-monitor"
sed "s|^Exec=.*|Exec=$PREFIX/pushback-monitor|" "$HERE/share/applications/$APP_ID.desktop" \
    > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp -r "$HERE/share/icons" "$SHARE/"
refresh_menus
echo "Pushback Monitor installed in $PREFIX; start it from the application menu or with $BIN/pushback-monitor"
