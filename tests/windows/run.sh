#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the CryptoAPI adapter for Windows with mingw-w64 and runs its
# GoogleTest suite under Wine in a throw-away prefix; also builds and runs the
# native tests of the adapter's plain part. Recipe: shared/WINE.md.
#   tests/windows/run.sh [build-dir]     (default: build-windows/)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-build-windows}
mkdir -p "$build"
build=$(cd "$build" && pwd)

packages=(wine wine64 g++-mingw-w64-x86-64-posix mingw-w64-x86-64-dev googletest cmake openssl)
need_install=0
for tool in wine wineserver wineboot x86_64-w64-mingw32-g++-posix cmake openssl; do
    command -v "$tool" >/dev/null 2>&1 || need_install=1
done
[ -f /usr/src/googletest/CMakeLists.txt ] || need_install=1
[ -f /usr/x86_64-w64-mingw32/include/wincrypt.h ] || need_install=1
if [ "$need_install" = 1 ]; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    if ! $sudo apt-get install -y --no-install-recommends "${packages[@]}"; then
        $sudo apt-get update
        $sudo apt-get install -y --no-install-recommends "${packages[@]}"
    fi
fi

start=$(date +%s)
status=0

# Native part first: seconds, and it fails fast on a broken model.
cmake -S "$repo/tests/windows/native" -B "$build/native" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build/native" -j2
ctest --test-dir "$build/native" --output-on-failure --no-tests=error || status=1

cmake -S "$repo/tests/windows" -B "$build/cross" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_TOOLCHAIN_FILE="$repo/cmake/mingw-w64-posix.cmake" >/dev/null
cmake --build "$build/cross" -j2

WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/certpilot-wine.XXXXXX")
export WINEPREFIX WINEARCH=win64 WINEDEBUG=-all
# No Mono/Gecko installers; no debugger, so a crash always fails the test.
export WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d"
cleanup() {
    wineserver -k >/dev/null 2>&1 || true
    wineserver -w >/dev/null 2>&1 || true
    rm -rf "$WINEPREFIX"
}
trap cleanup EXIT
# The persistent server first: without it every test exe restarts the Wine services.
wineserver -p
wineboot -i >/dev/null 2>&1
ctest --test-dir "$build/cross" --output-on-failure --no-tests=error || status=1

echo "tests/windows/run.sh: $(( $(date +%s) - start )) s, exit $status"
exit $status
