// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/Pkcs12Profile.h"

#include <openssl/obj_mac.h>

namespace certpilot {

Pkcs12Profile Pkcs12Profile::legacy()
{
    Pkcs12Profile p;
    p.id = Id::Legacy;
    p.keyPbeNid = NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
    p.certPbeNid = NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
    p.macDigest = QStringLiteral("SHA1");
    p.iterations = 2048;
    p.macIterations = 2048;
    return p;
}

Pkcs12Profile Pkcs12Profile::modern()
{
    Pkcs12Profile p;
    p.id = Id::Modern;
    // A cipher NID makes PKCS12_create_ex use PBES2; OpenSSL 3 picks
    // PBKDF2-HMAC-SHA256 as its PRF (checked by the tests on every build).
    p.keyPbeNid = NID_aes_256_cbc;
    p.certPbeNid = NID_aes_256_cbc;
    p.macDigest = QStringLiteral("SHA256");
    p.iterations = 10000;
    p.macIterations = 10000;
    return p;
}

std::optional<Pkcs12Profile> Pkcs12Profile::fromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (const Pkcs12Profile& p : all()) {
        if (p.idString() == wanted)
            return p;
    }
    return std::nullopt;
}

QString Pkcs12Profile::idString() const
{
    return id == Id::Legacy ? QStringLiteral("legacy") : QStringLiteral("modern");
}

QString Pkcs12Profile::displayName() const
{
    return id == Id::Legacy ? tr("Windows Server 2016 and older, Java 8")
                            : tr("Windows Server 2019 and newer, modern systems");
}

QString Pkcs12Profile::description() const
{
    if (id == Id::Legacy)
        return tr("TripleDES encryption with a SHA-1 integrity check. Choose this when the file goes to "
                  "Windows Server 2016 or older, or to Java 8: they cannot open AES files and wrongly "
                  "report a wrong password. Weaker; protect the file with a long password.");
    return tr("AES-256 encryption with a SHA-256 integrity check. Opens on Windows Server 2019 and "
              "Windows 10 (1709) or newer, Java 11 and later, OpenSSL 1.1.1 and later, nginx and Apache "
              "hosts.");
}

QStringList Pkcs12Profile::algorithmLines() const
{
    const QString count = QString::number(iterations);
    const QString macCount = QString::number(macIterations);
    if (id == Id::Legacy)
        return {tr("Private key: pbeWithSHAAnd3-KeyTripleDES-CBC (PKCS#12 key derivation, SHA-1), %1 "
                   "iterations").arg(count),
                tr("Certificates: pbeWithSHAAnd3-KeyTripleDES-CBC, %1 iterations").arg(count),
                tr("Integrity (MAC): HMAC-SHA-1, %1 iterations").arg(macCount)};
    return {tr("Private key: PBES2, AES-256-CBC, key from PBKDF2-HMAC-SHA256, %1 iterations").arg(count),
            tr("Certificates: PBES2, AES-256-CBC, key from PBKDF2-HMAC-SHA256, %1 iterations").arg(count),
            tr("Integrity (MAC): HMAC-SHA-256, %1 iterations").arg(macCount)};
}

QString Pkcs12Profile::expectedKeyScheme() const
{
    return id == Id::Legacy ? QStringLiteral("pbeWithSHA1And3-KeyTripleDES-CBC")
                            : QStringLiteral("PBES2, PBKDF2, AES-256-CBC, PRF hmacWithSHA256");
}

QString Pkcs12Profile::expectedCertScheme() const { return expectedKeyScheme(); }

} // namespace certpilot
