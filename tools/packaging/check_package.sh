#!/usr/bin/env bash
# Checks a built LayerLab .deb as a class's machine gets it (CI runs it after the tests):
# what it holds, lintian, then `apt-get install` it, run both programs from /usr/bin with a
# fresh HOME (the GUI under xvfb-run, rendering its pages to PNGs and quitting), and remove
# it again. Needs root or sudo, lintian and xvfb-run (`./layerlab.sh package` installs them).
# The GUI's pictures go to SHOTS_DIR when given (to look at), else they are thrown away.
#   tools/packaging/check_package.sh build/layerlab_0.1.0_amd64.deb [SHOTS_DIR]
set -euo pipefail

[ $# -ge 1 ] && [ -f "$1" ] || { echo "usage: $0 DEB [SHOTS_DIR]" >&2; exit 2; }
deb=$(realpath "$1")
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
scratch=$(mktemp -d)
shots=${2:-$scratch/shots}
installed=no

fail() {
    echo "check_package: $*" >&2
    exit 1
}

remove_package() {
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -q layerlab
    installed=no
}

# A failed check must not leave the package on the machine.
cleanup() {
    [ "$installed" = yes ] && remove_package
    rm -rf "$scratch"
}
trap cleanup EXIT

check_contents() {
    local paths=(/usr/bin/layerlab /usr/bin/layerlab-cli
                 /usr/share/applications/org.layerlab.LayerLab.desktop
                 /usr/share/metainfo/org.layerlab.LayerLab.metainfo.xml
                 /usr/share/mime/packages/layerlab.xml
                 /usr/share/icons/hicolor/scalable/apps/layerlab.svg
                 /usr/share/layerlab/translations/layerlab_ko.qm
                 /usr/share/layerlab/translations/layerlab_en.qm
                 /usr/share/man/man1/layerlab.1.gz /usr/share/man/man1/layerlab-cli.1.gz
                 /usr/share/doc/layerlab/copyright /usr/share/doc/layerlab/changelog.gz)
    local size
    for size in 16 24 32 48 64 128 256; do
        paths+=("/usr/share/icons/hicolor/${size}x${size}/apps/layerlab.png")
    done
    dpkg-deb --contents "$deb" | awk '{ print substr($6, 2) }' >"$scratch/contents"
    local path
    for path in "${paths[@]}"; do
        grep -qxF "$path" "$scratch/contents" || fail "$path is not in the package"
    done
    # The build tree's RPATH must not reach a class's machine.
    dpkg-deb -x "$deb" "$scratch/tree"
    for path in /usr/bin/layerlab /usr/bin/layerlab-cli; do
        if readelf -d "$scratch/tree$path" | grep -E 'R(UN)?PATH'; then
            fail "$path carries an RPATH"
        fi
    done
    echo "contents: ${#paths[@]} files present, no RPATH"
}

# Both programs as a student starts them: from /usr/bin, with a HOME that has never seen
# LayerLab (no settings, no cache, no Keras files).
check_installed_programs() {
    local home="$scratch/home"
    mkdir -p "$home"
    local fresh=(env -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u XDG_DATA_HOME -u LAYERLAB_CACHE_DIR
                 -u KERAS_HOME -u QT_QPA_PLATFORM HOME="$home")
    "${fresh[@]}" /usr/bin/layerlab-cli version | tee "$scratch/version"
    grep -q "^LayerLab " "$scratch/version" || fail "layerlab-cli version printed no version"
    "${fresh[@]}" timeout 300 xvfb-run -a /usr/bin/layerlab --screenshot "$shots" \
        >"$scratch/gui.log" 2>&1 || { cat "$scratch/gui.log"; fail "layerlab did not open and quit"; }
    local pages
    pages=$(find "$shots" -name '*.png' -size +1k | wc -l)
    [ "$pages" -gt 0 ] || fail "layerlab wrote no screenshot"
    echo "layerlab opened under xvfb-run and rendered $pages pages into $shots"
}

check_contents
lintian --fail-on error "$deb" ||
    fail "lintian reports errors"
echo "lintian: no errors"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --reinstall "$deb"
installed=yes
check_installed_programs
remove_package
[ ! -e /usr/bin/layerlab ] && [ ! -e /usr/bin/layerlab-cli ] || fail "layerlab is still installed"
echo "check_package: $(basename "$deb") passed"
