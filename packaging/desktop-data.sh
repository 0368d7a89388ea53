#!/usr/bin/env bash
# Checks and translation upkeep for the generated desktop file and AppStream metainfo (called by CMake and ctest).
#   desktop-data.sh validate-metainfo FILE      appstreamcli validate --no-net: no errors and no warnings
#   desktop-data.sh validate-desktop FILE       desktop-file-validate: no output at all
#   desktop-data.sh check-translations PO_DIR DESKTOP_TEMPLATE METAINFO_TEMPLATE
#                                               every language in PO_DIR/LINGUAS translates every string
#   desktop-data.sh update-translations PO_DIR DESKTOP_TEMPLATE METAINFO_TEMPLATE
#                                               refresh PO_DIR/twofold-desktop.pot and merge it into each .po
# The templates are the configured ones (named <app id>.desktop and <app id>.metainfo.xml), so that xgettext
# finds AppStream's ITS rules for the metainfo by its name.
set -euo pipefail

extract() { # extract POT DESKTOP_TEMPLATE METAINFO_TEMPLATE
    xgettext --from-code=UTF-8 --no-location --package-name=Twofold --copyright-holder="The Twofold authors" -L Desktop -o "$1" "$2"
    xgettext --from-code=UTF-8 --no-location --package-name=Twofold --copyright-holder="The Twofold authors" -j -o "$1" "$3"
}

languages() { # languages PO_DIR
    grep -v '^#' "$1/LINGUAS" | tr -s ' \t' '\n\n' | sed '/^$/d'
}

case "${1:-}" in
validate-metainfo)
    report=$(appstreamcli validate --no-net --pedantic "$2") || { echo "$report"; exit 1; }
    echo "$report"
    if grep -qE '^[EW]:' <<<"$report"; then
        echo "appstreamcli reports errors or warnings" >&2
        exit 1
    fi
    ;;
validate-desktop)
    report=$(desktop-file-validate "$2" 2>&1) || { echo "$report"; exit 1; }
    if [ -n "$report" ]; then
        echo "$report"
        exit 1
    fi
    ;;
check-translations)
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    extract "$work/template.pot" "$3" "$4"
    status=0
    for language in $(languages "$2"); do
        msgmerge --quiet --no-fuzzy-matching -o "$work/$language.po" "$2/$language.po" "$work/template.pot"
        stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$work/$language.po" 2>&1)
        echo "$language: $stats"
        if grep -qE 'untranslated|fuzzy' <<<"$stats"; then
            echo "$language: the desktop file or metainfo has strings without a translation in $2/$language.po" >&2
            status=1
        fi
    done
    exit "$status"
    ;;
update-translations)
    extract "$2/twofold-desktop.pot" "$3" "$4"
    for language in $(languages "$2"); do
        msgmerge --quiet --update --backup=none "$2/$language.po" "$2/twofold-desktop.pot"
    done
    ;;
*)
    sed -n '2,9p' "$0"
    exit 2
    ;;
esac
