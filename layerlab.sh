#!/usr/bin/env bash
# One command for everything on a fresh Debian/Ubuntu machine:
#   ./layerlab.sh run     install what is missing, build, launch the GUI on the built-in sample
#   ./layerlab.sh test    install what is missing, build, run the whole test suite
#   ./layerlab.sh build   install what is missing and build (also the benchmarks)
#   ./layerlab.sh package build, then the Debian package build/layerlab_VERSION_amd64.deb
#   ./layerlab.sh sanitize  the test suite built with AddressSanitizer + UBSan, then the
#                         threaded tests with ThreadSanitizer (build-asan/, build-tsan/)
# BUILD_DIR (default: build) and JOBS (default: all cores) can be set in the environment.
set -euo pipefail

cd "$(dirname "$0")"
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}

# libopenblas0-openmp: without it LibTorch falls back to the reference BLAS, and Dense
# layers run ~20x slower (the lesson's 25,088 x 512 head: 356 ms instead of 18 ms a batch).
PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    libtorch-dev libopenblas0-openmp libopencv-dev libhdf5-dev libzip-dev nlohmann-json3-dev
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    fonts-nanum xvfb xauth
)

install_missing_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

# ccache keys on paths relative to the checkout, so a fresh clone reuses earlier builds. Without
# the PCH sloppiness ccache refuses every file built with a precompiled header (nearly all of
# them: "could not use precompiled header"); with it, the .gch's own hash stands for its contents.
export CCACHE_BASEDIR="$PWD"
export CCACHE_SLOPPINESS="pch_defines,time_macros,include_file_mtime,include_file_ctime"

build() {
    install_missing_packages
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$BUILD_DIR" -j "$JOBS"
}

# The tests that run training, checkpoint writing, loaders and downloads on threads of their own.
THREADED_TESTS=(tst_parallel_for tst_trainer tst_experiment tst_image_folder tst_downloads)

sanitize() {
    install_missing_packages
    # -O1 and line tables only: sanitizer reports keep file:line, and the build stays inside
    # CI's time on two cores.
    local flags=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1"
                 -DLAYERLAB_BUILD_BENCHMARKS=OFF)
    cmake -S . -B build-asan "${flags[@]}" -DLAYERLAB_SANITIZE=address,undefined
    cmake --build build-asan -j "$JOBS"
    # LibTorch and Qt keep some allocations until exit by design: see the suppressions.
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
        LSAN_OPTIONS=suppressions="$PWD/tools/sanitizers/lsan.supp":print_suppressions=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        ctest --test-dir build-asan --output-on-failure -j "$JOBS" --timeout 900
    cmake -S . -B build-tsan "${flags[@]}" -DLAYERLAB_SANITIZE=thread -DLAYERLAB_BUILD_GUI=OFF
    cmake --build build-tsan -j "$JOBS" --target "${THREADED_TESTS[@]}" layerlab-cli
    # OpenMP and Qt are not instrumented: their own synchronisation is invisible to TSan. The
    # tests start layerlab-cli (fork + exec at once), which TSan refuses by default.
    TSAN_OPTIONS=halt_on_error=1:ignore_noninstrumented_modules=1:second_deadlock_stack=1:die_after_fork=0 \
        ctest --test-dir build-tsan --output-on-failure -j "$JOBS" --timeout 900 \
        -R "^($(IFS='|'; echo "${THREADED_TESTS[*]}"))$"
}

case "${1:-}" in
    run)
        build
        shift
        # With no arguments, start on the built-in sample dataset (works offline).
        [ $# -eq 0 ] && set -- --sample
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
            echo "No display found: starting under xvfb-run (use a desktop session to see the window)."
            exec xvfb-run -a "$BUILD_DIR/app/layerlab" "$@"
        fi
        exec "$BUILD_DIR/app/layerlab" "$@"
        ;;
    test)
        build
        cd "$BUILD_DIR"
        exec ctest --output-on-failure -j "$JOBS"
        ;;
    build)
        build
        ;;
    sanitize)
        sanitize
        ;;
    package)
        # lintian is for tools/packaging/check_package.sh; only this command installs it.
        PACKAGES+=(lintian)
        build
        cd "$BUILD_DIR"
        exec cpack -G DEB
        ;;
    *)
        sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
esac
