// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace certpilot {

// One password-based protection found in a file: how a key or a block of
// certificates is encrypted.
struct Pkcs12Protection {
    QString scheme;          // as `openssl pkcs12 -info` names it, without the count:
                             // "PBES2, PBKDF2, AES-256-CBC, PRF hmacWithSHA256",
                             // "pbeWithSHA1And3-KeyTripleDES-CBC"
    QString cipher;          // OpenSSL cipher name: "AES-256-CBC", "DES-EDE3-CBC", "RC2-40-CBC"
    qint64 iterations = 0;
    bool needsLegacy = false; // only OpenSSL's legacy module has the cipher

    // "PBES2, PBKDF2, AES-256-CBC, Iteration 2048, PRF hmacWithSHA256"
    QString text() const;
};

// What a PKCS#12 file holds and how it is protected: the read-back summary
// shown after an export (like `openssl pkcs12 -info`) and in the import wizard.
struct Pkcs12Info {
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Info)
public:
    struct Bag {
        enum class Type { Certificate, Key, ShroudedKey, Other };
        Type type = Type::Other;
        Pkcs12Protection protection;   // ShroudedKey only
        QString description;           // the certificate's subject, the key's type
        QString friendlyName;
        QString localKeyId;            // hex with spaces, as openssl prints it
    };
    struct Section {
        bool encrypted = false;
        Pkcs12Protection protection;   // encrypted sections only
        QList<Bag> bags;
    };

    bool hasMac = false;
    QString macDigest;          // lower-case, as openssl prints it: "sha256"
    qint64 macIterations = 0;
    int macLength = 0;
    int macSaltLength = 0;
    QList<Section> sections;

    // Multi-line text in the layout of `openssl pkcs12 -info -nokeys`.
    QString text() const;
    // The protection of the first shrouded key / first encrypted certificate
    // section; empty scheme when there is none.
    Pkcs12Protection keyProtection() const;
    Pkcs12Protection certificateProtection() const;
    int count(Bag::Type type) const;
};

} // namespace certpilot
