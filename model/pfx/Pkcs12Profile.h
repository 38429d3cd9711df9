// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace certpilot {

// How a PKCS#12 (.pfx) file is protected, named by who must read it rather
// than by algorithm. Two profiles, as Windows' own export offers:
//
//  Legacy ("legacy"): keys and certificates with pbeWithSHAAnd3-KeyTripleDES-CBC,
//   a SHA-1 MAC, 2048 iterations each. Windows Server 2016 and older and Java 8
//   cannot read AES-encrypted PFX files (they report a wrong password), but all
//   read this. 2048 is OpenSSL's default count and next to Windows' own 2000.
//
//  Modern ("modern"): PBES2 with AES-256-CBC and PBKDF2-HMAC-SHA256 for keys and
//   certificates, a SHA-256 MAC, 10,000 iterations each. This is the combination
//   and count Java writes by default since JDK 8u301/11.0.12 (so Windows Server
//   2019+, Java and OpenSSL 1.1.1+ all read it), five times Windows' 2000. The MAC
//   gets the same count as the encryption because a password guesser attacks
//   whichever derivation is cheapest.
struct Pkcs12Profile {
    Q_DECLARE_TR_FUNCTIONS(Pkcs12Profile)
public:
    enum class Id { Legacy, Modern };

    Id id = Id::Modern;
    int keyPbeNid = 0;    // OpenSSL NID for PKCS12_create_ex: a PKCS#12 PBE, or a cipher for PBES2
    int certPbeNid = 0;
    QString macDigest;    // OpenSSL digest name: "SHA1", "SHA256"
    int iterations = 0;   // for keys and certificates
    int macIterations = 0;

    static Pkcs12Profile legacy();
    static Pkcs12Profile modern();
    static QList<Pkcs12Profile> all() { return {modern(), legacy()}; }
    static std::optional<Pkcs12Profile> fromId(const QString& id);

    QString idString() const;        // "legacy", "modern"
    QString displayName() const;     // "Windows Server 2019 and newer, modern systems"
    QString description() const;     // a sentence on when to choose it
    // The exact algorithms, for the advanced view: one line each for keys,
    // certificates and the MAC, with iteration counts.
    QStringList algorithmLines() const;
    // The encryption as `openssl pkcs12 -info` names it (what a read-back shows).
    QString expectedKeyScheme() const;
    QString expectedCertScheme() const;
};

} // namespace certpilot
