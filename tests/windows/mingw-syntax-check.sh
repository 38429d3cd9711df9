#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the Windows backend's Qt side for a Windows target without Qt for
# Windows: mingw-w64 g++ parses the files (-fsyntax-only, so _WIN32 branches
# count) against the host's Qt 6 and OpenSSL 3 headers, which accept a
# Windows target. Nothing is linked. Run by ctest (windows_sources_mingw_syntax).
#   tests/windows/mingw-syntax-check.sh <repo> [compiler]
set -euo pipefail
repo=$1
cxx=${2:-x86_64-w64-mingw32-g++-posix}
qt=${QT6_INCLUDE_DIR:-/usr/include/x86_64-linux-gnu/qt6}

# Only OpenSSL from /usr/include: adding all of it would shadow mingw's C library.
shim=$(mktemp -d "${TMPDIR:-/tmp}/certpilot-mingw-syntax.XXXXXX")
trap 'rm -rf "$shim"' EXIT
mkdir -p "$shim/openssl"
for f in /usr/include/openssl/*.h /usr/include/x86_64-linux-gnu/openssl/*.h; do
    ln -sf "$f" "$shim/openssl/"
done

files=("$repo"/platform/windows/*.cpp "$repo/platform/binding/PlatformBindingServices.cpp"
       "$repo/platform/probe/TcpConnection.cpp" "$repo/platform/probe/OpenSslEndpointProbe.cpp")
status=0
for f in "${files[@]}"; do
    if ! "$cxx" -fsyntax-only -std=c++20 -Wall -Wextra -Wno-unused-parameter \
        -DQT_NO_VERSION_TAGGING -DQT_DISABLE_DEPRECATED_UP_TO=0x060400 \
        -DOPENSSL_API_COMPAT=30000 -DOPENSSL_NO_DEPRECATED -DUNICODE -D_UNICODE \
        -isystem "$qt" -isystem "$qt/QtCore" -isystem "$qt/QtNetwork" -isystem "$shim" \
        -I"$repo/model" -I"$repo/platform" -I"$repo/platform/probe" -I"$repo/platform/windows" -I"$repo/platform/windows/adapter" \
        "$f"; then
        echo "FAILED: $f" >&2
        status=1
    fi
done
echo "mingw-w64 syntax check: ${#files[@]} files, exit $status"
exit $status
