#!/usr/bin/env bash
# Attain's two-command set-up.
#   ./run.sh         install what is missing, build Release, open the app on the demo workspace
#   ./run.sh test    install what is missing, build Debug (-Werror, ASan, UBSan), run the whole suite
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
MODE=${1:-run}
JOBS=$(getconf _NPROCESSORS_ONLN 2>/dev/null || sysctl -n hw.ncpu 2>/dev/null || echo 2)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

# Packages by platform. Debian/Ubuntu names; Homebrew formulae on macOS.
DEBIAN_BUILD=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
              qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libgl-dev libsqlite3-dev sqlite3
              libxlsxwriter-dev libsodium-dev libgmp-dev libqt6svg6 fonts-noto-cjk)
DEBIAN_TEST=(clang libclang-rt-14-dev libgtest-dev libgmock-dev libbenchmark-dev qt6-qpa-plugins poppler-utils)
BREW=(cmake ninja qt sqlite libxlsxwriter libsodium gmp googletest google-benchmark pkg-config poppler)

install_debian() {
    local want=("${DEBIAN_BUILD[@]}")
    [ "$MODE" = test ] && want+=("${DEBIAN_TEST[@]}")
    local missing=()
    for p in "${want[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_macos() {
    command -v brew >/dev/null || die "Homebrew is needed: see https://brew.sh, then run ./run.sh again"
    local missing=()
    for f in "${BREW[@]}"; do brew list --formula "$f" >/dev/null 2>&1 || missing+=("$f"); done
    [ ${#missing[@]} -gt 0 ] && { say "brew install ${missing[*]}"; brew install "${missing[@]}"; }
    export CMAKE_PREFIX_PATH="$(brew --prefix qt):$(brew --prefix sqlite):${CMAKE_PREFIX_PATH:-}"
}

windows_help() {
    cat >&2 <<'TXT'
On Windows, install once:
  1. Visual Studio 2022 (Desktop development with C++) and CMake 3.21+
  2. vcpkg (https://vcpkg.io), then:
       vcpkg install qtbase qtcharts qttools sqlite3 libxlsxwriter libsodium gmp gtest benchmark --triplet x64-windows
  3. From a "x64 Native Tools" prompt:
       cmake --preset release -DCMAKE_TOOLCHAIN_FILE=<vcpkg>/scripts/buildsystems/vcpkg.cmake
       cmake --build --preset release
       build\release\app\attain.exe
TXT
    exit 1
}

case "$(uname -s)" in
    Linux)
        if command -v apt-get >/dev/null; then install_debian
        else say "not a Debian/Ubuntu system: install Qt 6 (Widgets, Charts, LinguistTools), SQLite, libxlsxwriter, GoogleTest yourself"; fi ;;
    Darwin) install_macos ;;
    MINGW*|MSYS*|CYGWIN*) windows_help ;;
esac

case "$MODE" in
    run)
        say "building Release"
        cmake --preset release >/dev/null
        cmake --build build/release --target attain attain-cli -j "$JOBS"
        DEMO="$ROOT/build/demo.attain"
        if [ ! -f "$DEMO" ]; then
            say "generating the demo workspace: $DEMO"
            build/release/app/cli/attain-cli demo "$DEMO"
        fi
        say "opening Attain"
        if [ "$(uname -s)" = Darwin ] && [ -d build/release/app/gui/attain.app ]; then
            exec build/release/app/gui/attain.app/Contents/MacOS/attain "$DEMO"
        fi
        exec build/release/app/gui/attain "$DEMO"
        ;;
    test)
        say "building Debug with -Werror, AddressSanitizer and UBSan"
        extra=()
        if command -v clang++ >/dev/null; then
            # clang also builds the libFuzzer targets, which run for a bounded time in the suite.
            extra+=(-DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DATTAIN_FUZZ=ON)
        fi
        cmake --preset debug "${extra[@]}" >/dev/null
        cmake --build build/debug -j "$JOBS"
        say "running the suite"
        ctest --preset debug
        ;;
    *)
        die "usage: ./run.sh [test]"
        ;;
esac
