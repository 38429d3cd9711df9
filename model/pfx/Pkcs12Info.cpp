// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/Pkcs12Info.h"

namespace certpilot {

QString Pkcs12Protection::text() const
{
    // openssl puts the count after the cipher, before the PRF.
    const qsizetype prf = scheme.indexOf(QLatin1String(", PRF "));
    const QString count = QStringLiteral(", Iteration %1").arg(iterations);
    if (prf < 0)
        return scheme + count;
    return scheme.left(prf) + count + scheme.mid(prf);
}

QString Pkcs12Info::text() const
{
    QStringList lines;
    if (hasMac) {
        lines << QStringLiteral("MAC: %1, Iteration %2").arg(macDigest).arg(macIterations)
              << QStringLiteral("MAC length: %1, salt length: %2").arg(macLength).arg(macSaltLength);
    } else {
        lines << tr("No MAC: the file has no integrity check.");
    }
    for (const Section& s : sections) {
        lines << (s.encrypted ? QStringLiteral("PKCS7 Encrypted data: ") + s.protection.text()
                              : QStringLiteral("PKCS7 Data"));
        for (const Bag& b : s.bags) {
            switch (b.type) {
            case Bag::Type::Certificate:
                lines << QStringLiteral("Certificate bag");
                break;
            case Bag::Type::Key:
                lines << QStringLiteral("Key bag");
                break;
            case Bag::Type::ShroudedKey:
                lines << QStringLiteral("Shrouded Keybag: ") + b.protection.text();
                break;
            case Bag::Type::Other:
                lines << tr("Other bag (not used)");
                break;
            }
            if (!b.friendlyName.isEmpty())
                lines << QStringLiteral("    friendlyName: ") + b.friendlyName;
            if (!b.localKeyId.isEmpty())
                lines << QStringLiteral("    localKeyID: ") + b.localKeyId;
            if (!b.description.isEmpty())
                lines << QStringLiteral("    ") + b.description;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

Pkcs12Protection Pkcs12Info::keyProtection() const
{
    for (const Section& s : sections) {
        for (const Bag& b : s.bags) {
            if (b.type == Bag::Type::ShroudedKey)
                return b.protection;
        }
    }
    return {};
}

Pkcs12Protection Pkcs12Info::certificateProtection() const
{
    for (const Section& s : sections) {
        if (!s.encrypted)
            continue;
        for (const Bag& b : s.bags) {
            if (b.type == Bag::Type::Certificate)
                return s.protection;
        }
    }
    return {};
}

int Pkcs12Info::count(Bag::Type type) const
{
    int n = 0;
    for (const Section& s : sections) {
        for (const Bag& b : s.bags)
            n += b.type == type ? 1 : 0;
    }
    return n;
}

} // namespace certpilot
