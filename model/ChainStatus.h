// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace certpilot {

// What is wrong with one certificate of a chain, in the categories people act on.
enum class ChainStatus {
    Ok,
    Expired,
    NotYetValid,
    IssuerMissing,
    RootNotTrusted,
    SignatureInvalid,
    NotACa,
    SelfSignedLeaf,
    InvalidPurpose,
    HostnameMismatch,
    NameConstraints,
    PathLength,
    WeakCrypto,
    Malformed,
    Other,
};

class ChainStatusText {
    Q_DECLARE_TR_FUNCTIONS(ChainStatusText)
public:
    // A word or two for a table cell: "OK", "Expired", "Issuer missing".
    static QString shortText(ChainStatus status);
    // A sentence that says what it means and what to do.
    static QString explanation(ChainStatus status);
    // Maps an X509_V_ERR_* code.
    static ChainStatus fromOpenSslError(int code);
    // Lower is more important to show first.
    static int priority(ChainStatus status);
};

} // namespace certpilot
