#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks a DER CSR written by the adapter under Wine with the host's OpenSSL:
# the self-signature, and the fields the request must carry.
set -u
openssl=$1
csr=$2
text=$("$openssl" req -inform DER -in "$csr" -verify -noout -text 2>&1) || { echo "$text"; exit 1; }
echo "$text"
fail=0
for want in "verify OK" "Subject: C = TW, ST = TAIWAN, L = TAIPEI, O = CertPilot Test, OU = IT, CN = www.certpilot.test" \
    "DNS:www.certpilot.test, DNS:certpilot.test" "Digital Signature, Key Encipherment" \
    "TLS Web Server Authentication" "Public-Key: (2048 bit)" "sha256WithRSAEncryption" "X509v3 Key Usage: critical"; do
    case $text in
        *"$want"*) ;;
        *) echo "MISSING: $want"; fail=1 ;;
    esac
done
exit $fail
