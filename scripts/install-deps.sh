#!/usr/bin/env bash
# Installs, with apt-get, the Debian 12 packages Twofold needs that are not installed yet.
# Quiet when nothing is missing. Needs root (or sudo) only when something has to be installed.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6svg6 qt6-qpa-plugins
    libspdlog-dev libgtest-dev libgmock-dev libssl-dev libstemmer-dev
    xvfb xauth x11-apps imagemagick
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    fonts-dejavu-core
    clang-14 libclang-rt-14-dev clang-format clazy
    iproute2 procps
    python3 python3-gi python3-pyatspi python3-xlib at-spi2-core dbus-x11 orca qt6ct
    appstream desktop-file-utils gettext librsvg2-bin help2man man-db file lintian
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
