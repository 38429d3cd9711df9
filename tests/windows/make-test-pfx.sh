#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Two PKCS#12 files with different keys for the PFX import tests:
# legacy.pfx (TripleDES-SHA1, what Windows Server 2016 reads) and aes.pfx
# (OpenSSL 3 default: AES-256-CBC, PBKDF2, SHA-256 MAC). Password: CertPilot-Test-1.
set -eu
openssl=$1
out=$2
mkdir -p "$out"
cd "$out"
for name in legacy aes; do
    "$openssl" req -x509 -newkey rsa:2048 -nodes -keyout "$name.key" -out "$name.pem" \
        -subj "/CN=$name.pfx.certpilot.test" -days 30 2>/dev/null
    "$openssl" x509 -in "$name.pem" -outform DER -out "$name.der"
done
"$openssl" pkcs12 -export -in legacy.pem -inkey legacy.key -out legacy.pfx -passout pass:CertPilot-Test-1 \
    -certpbe PBE-SHA1-3DES -keypbe PBE-SHA1-3DES -macalg sha1
"$openssl" pkcs12 -export -in aes.pem -inkey aes.key -out aes.pfx -passout pass:CertPilot-Test-1
rm -f legacy.key aes.key
