#!/usr/bin/env bash
# Builds the .deb (scripts/package.sh), installs it with apt, checks that it runs and that its files landed where
# the freedesktop and Debian conventions say, then purges it and checks that nothing is left. Needs root (or sudo).
# It will not touch a twofold that is already installed on this computer.
#   scripts/package-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
export TWOFOLD_NET_SCOPE=loopback

fail() {
    echo "package-test: $*" >&2
    exit 1
}

installed() {
    dpkg-query -W -f='${db:Status-Status}' twofold 2>/dev/null | grep -qx installed
}

if dpkg-query -W -f='${db:Status-Status}' twofold 2>/dev/null | grep -qvx not-installed; then
    fail "twofold is already on this computer; remove it first (or run scripts/test.sh --no-package)"
fi

deb=$(scripts/package.sh | tail -n 1)
work=$(mktemp -d)
we_installed=0
cleanup() {
    if [ "$we_installed" -eq 1 ] && installed; then
        "${sudo_cmd[@]}" apt-get purge -y -qq twofold >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== installing $deb"
we_installed=1
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$PWD/$deb" >/dev/null
installed || fail "apt-get did not install twofold"
dpkg-query -L twofold | sort >"$work/files"

# The application id is the desktop file's name; everything else must use the same one.
mapfile -t desktops < <(grep -E '^/usr/share/applications/[^/]+\.desktop$' "$work/files")
[ "${#desktops[@]}" -eq 1 ] || fail "expected one desktop file, found: ${desktops[*]:-none}"
id=$(basename "${desktops[0]}" .desktop)
echo "== application id $id"
expected=(
    /usr/bin/twofold
    /usr/bin/twofold-cli
    "/usr/share/applications/$id.desktop"
    "/usr/share/metainfo/$id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$id.svg"
    /usr/share/man/man1/twofold.1.gz
    /usr/share/man/man1/twofold-cli.1.gz
    /usr/share/doc/twofold/copyright
    /usr/share/doc/twofold/changelog.gz
    /etc/ufw/applications.d/twofold
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$work/files" || fail "the package does not ship $path"
    [ -f "$path" ] || fail "$path is not on disk after installing"
done
for size in 16 22 24 32 48 64 128 256 512; do
    file -b "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" | grep -q "PNG image data, $size x $size," ||
        fail "the ${size}x${size} icon is not a ${size}x${size} PNG"
done
grep -qx "Icon=$id" "/usr/share/applications/$id.desktop" || fail "the desktop file's Icon is not $id"
grep -q "<id>$id</id>" "/usr/share/metainfo/$id.metainfo.xml" || fail "the metainfo id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "/usr/share/metainfo/$id.metainfo.xml" ||
    fail "the metainfo does not launch $id.desktop"
desktop-file-validate "/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$id.metainfo.xml" >/dev/null ||
    fail "appstreamcli rejects the installed metainfo"
grep -qE '^ports=[0-9]+/udp\|[0-9]+/tcp$' /etc/ufw/applications.d/twofold || fail "the ufw profile has no ports line"

echo "== running the installed programs"
version=$(dpkg-query -W -f='${Version}' twofold)
# Both answer --version without a display (and without the offscreen platform test.sh sets).
for program in twofold twofold-cli; do
    [ "$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "/usr/bin/$program" --version)" = "$program $version" ] ||
        fail "$program --version does not say $version"
done
/usr/bin/twofold-cli --profile "$work/profile" id >"$work/id.json"
grep -qE '"deviceId":"[0-9a-f]{64}"' "$work/id.json" || fail "twofold-cli id printed no device id: $(cat "$work/id.json")"
[ "$(stat -c %a "$work/profile/key.pem")" = 600 ] || fail "the identity key is not owner-only"

echo "== man pages"
[ "$(man -w twofold-cli)" = /usr/share/man/man1/twofold-cli.1.gz ] || fail "man -w twofold-cli: $(man -w twofold-cli)"
[ "$(man -w twofold)" = /usr/share/man/man1/twofold.1.gz ] || fail "man -w twofold: $(man -w twofold)"
for page in twofold twofold-cli; do
    MANWIDTH=100 man -P cat "$page" 2>/dev/null >"$work/$page.txt"
    for section in SYNOPSIS OPTIONS NETWORK FILES; do
        grep -q "^$section" "$work/$page.txt" || fail "man $page has no $section section"
    done
done

echo "== removing"
"${sudo_cmd[@]}" apt-get purge -y -qq twofold >/dev/null
! installed || fail "twofold is still installed after apt-get purge"
dpkg-query -W -f='${db:Status-Status}' twofold 2>/dev/null | grep -qvx not-installed &&
    fail "dpkg still knows twofold after the purge"
left=0
while read -r path; do
    if [ -e "$path" ] && ! [ -d "$path" ]; then
        echo "left behind: $path" >&2
        left=1
    fi
done <"$work/files"
[ "$left" -eq 0 ] || fail "files of the package are left after the purge"
we_installed=0
echo "package-test: installed, ran and removed $(basename "$deb") in $((SECONDS - start)) s"
