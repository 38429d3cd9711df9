#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with cpack from a built tree, unpacks it and checks it.
#   package-test.sh CPACK BUILD_DIR VERSION
set -euo pipefail
cpack=$1 build=$2 version=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is not installed (scripts/install-deps)" >&2; exit 1; }; }
for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian file; do need "$tool"; done

# 1. The package, named as Debian names it.
if ! "$cpack" --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack did not build the package" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
deb="$work/out/certpilot_${version}_${arch}.deb"
[ -f "$deb" ] || { ls -l "$work/out" >&2; echo "FAIL: no $(basename "$deb")" >&2; exit 1; }
pass "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# 2. Control fields: version, dependencies from dpkg-shlibdeps.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Version)" = "$version" ] && pass "Version $version" || fail "Version is $(field Version), not $version"
for f in Maintainer Section Priority Description Homepage; do
    [ -n "$(field "$f")" ] && pass "$f: $(field "$f" | head -1)" || fail "no $f field"
done
depends=$(field Depends)
for lib in libc6 libqt6core6 libqt6widgets6 libssl3 libzip4 qt6-qpa-plugins; do
    [[ $depends == *"$lib"* ]] && pass "Depends on $lib" || fail "Depends lacks $lib: $depends"
done

# 3. The files.
root="$work/root"
dpkg-deb -x "$deb" "$root"
expect=(
    usr/bin/certpilot
    usr/bin/certpilot-cli
    usr/share/applications/org.certpilot.CertPilot.desktop
    usr/share/metainfo/org.certpilot.CertPilot.metainfo.xml
    usr/share/mime/packages/certpilot.xml
    usr/share/icons/hicolor/scalable/apps/certpilot.svg
    usr/share/man/man1/certpilot.1.gz
    usr/share/man/man1/certpilot-cli.1.gz
    usr/share/bash-completion/completions/certpilot-cli
    usr/share/doc/certpilot/copyright
    usr/share/doc/certpilot/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expect+=("usr/share/icons/hicolor/${size}x${size}/apps/certpilot.png")
done
for f in "${expect[@]}"; do [ -f "$root/$f" ] || fail "missing /$f"; done
pass "${#expect[@]} files checked"
for size in 16 48 256; do
    file "$root/usr/share/icons/hicolor/${size}x${size}/apps/certpilot.png" | grep -q "PNG image data, $size x $size" \
        || fail "the ${size}x${size} icon is not a $size-pixel PNG"
done
for f in certpilot certpilot-cli; do
    file "$root/usr/bin/$f" | grep -q ", stripped" || fail "/usr/bin/$f is not stripped"
done
unexpected=$(cd "$root" && find . -type f | grep -v -e '^./usr/bin/' -e '^./usr/share/' || true)
[ -z "$unexpected" ] || fail "files outside /usr/bin and /usr/share: $unexpected"

# 4. Desktop entry: valid, opens the certificate types.
desktop="$root/usr/share/applications/org.certpilot.CertPilot.desktop"
if out=$(desktop-file-validate "$desktop" 2>&1) && ! grep -q -e "error:" <<<"$out"; then
    pass "desktop-file-validate${out:+ ($(grep -c . <<<"$out") hints)}"
else
    fail "desktop-file-validate: $out"
fi
for type in application/pkix-cert application/x-x509-ca-cert application/x-pkcs7-certificates application/pkcs12 \
    application/pkcs10 application/zip; do
    grep -q "^MimeType=.*$type;" "$desktop" || fail "desktop entry lacks $type"
done

# 5. Metainfo: valid, and its newest release is this version.
metainfo="$root/usr/share/metainfo/org.certpilot.CertPilot.metainfo.xml"
if out=$(appstreamcli validate --no-net "$metainfo" 2>&1); then pass "appstreamcli validate"; else fail "appstreamcli: $out"; fi
release=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[ "$release" = "$version" ] && pass "metainfo release $release" || fail "metainfo's newest release is $release, not $version"

# 6. The changelog's newest entry is this version.
zcat "$root/usr/share/doc/certpilot/changelog.gz" >"$work/changelog"
changelog=$(dpkg-parsechangelog -l "$work/changelog" -S Version)
[ "$changelog" = "$version" ] && pass "changelog $changelog" || fail "changelog's newest entry is $changelog, not $version"

# 7. .csr files are certificate requests once our MIME package is installed.
if command -v update-mime-database >/dev/null; then
    mkdir -p "$work/mime/packages"
    cp /usr/share/mime/packages/freedesktop.org.xml "$root/usr/share/mime/packages/certpilot.xml" "$work/mime/packages/"
    update-mime-database "$work/mime" 2>"$work/mime.log" || fail "update-mime-database: $(cat "$work/mime.log")"
    grep -q ":application/pkcs10:\*\.csr" "$work/mime/globs2" && pass "*.csr is application/pkcs10" \
        || fail "*.csr is not application/pkcs10"
fi

# 8. The unpacked programs run and report this version.
out=$("$root/usr/bin/certpilot-cli" --version) || fail "certpilot-cli --version failed"
[[ $out == "certpilot-cli $version ("* ]] && pass "$out" || fail "certpilot-cli --version says: $out"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/certpilot" --version) || fail "certpilot --version failed"
[[ $out == "certpilot $version"* ]] && pass "$out" || fail "certpilot --version says: $out"

# 9. Manual pages render without warnings and list every command.
if command -v man >/dev/null; then
    for page in certpilot certpilot-cli; do
        warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null)
        [ -z "$warnings" ] && pass "$page.1 renders cleanly" || fail "$page.1: $warnings"
    done
fi
commands=$("$root/usr/bin/certpilot-cli" --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')
[ -n "$commands" ] || fail "certpilot-cli --help lists no commands"
for c in $commands; do
    zgrep -q "^\.SS \"${c//-/\\\\-}\"" "$root/usr/share/man/man1/certpilot-cli.1.gz" || fail "man page lacks command $c"
done
pass "man page lists $(wc -w <<<"$commands") commands"

# 10. Bash completion offers commands and a command's options.
complete_words() {
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _certpilot_cli; echo "${COMPREPLY[*]}"' \
        _ "$root/usr/share/bash-completion/completions/certpilot-cli" "$@"
}
out=$(complete_words "$root/usr/bin/certpilot-cli" ver)
[ "$out" = "verify verify-install" ] && pass "completion: ver -> $out" || fail "completion of 'ver' gave: $out"
out=$(complete_words "$root/usr/bin/certpilot-cli" export --f)
[ "$out" = "--format --friendly-name --force" ] && pass "completion: export --f -> $out" \
    || fail "completion of 'export --f' gave: $out"
out=$(complete_words "$root/usr/bin/certpilot-cli" import --as "")
[ "$out" = "root intermediate auto" ] && pass "completion: import --as -> $out" || fail "completion of 'import --as' gave: $out"

# 11. Lintian: no errors. Everything it says is shown.
lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
cat "$work/lintian.txt"
if grep -q "^E: " "$work/lintian.txt"; then
    fail "lintian reports errors"
else
    pass "lintian: no errors ($(grep -c "^W: " "$work/lintian.txt" || true) warnings)"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package test passed"
