// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"

#include <QString>

#include <optional>

namespace certpilot {

// What key to generate. The choices CAs accept for TLS server certificates.
struct KeySpec {
    KeyAlgorithm algorithm = KeyAlgorithm::Rsa;
    int bits = 2048;          // RSA only
    QString curve;            // EC only: "P-256" or "P-384"

    static KeySpec rsa(int bits) { return {KeyAlgorithm::Rsa, bits, {}}; }
    static KeySpec ec(const QString& curve) { return {KeyAlgorithm::Ec, 0, curve}; }

    // "rsa:2048", "rsa:3072", "rsa:4096", "ec:P-256", "ec:P-384" (case-insensitive).
    static std::optional<KeySpec> parse(const QString& text);
    QString toString() const;
    QString displayName() const;  // "RSA 2048", "ECDSA P-256"

    bool operator==(const KeySpec&) const = default;
};

} // namespace certpilot
