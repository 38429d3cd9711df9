// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeySpec.h"

namespace certpilot {

std::optional<KeySpec> KeySpec::parse(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t.startsWith(QLatin1String("rsa:"))) {
        bool ok = false;
        const int bits = t.mid(4).toInt(&ok);
        if (ok && (bits == 2048 || bits == 3072 || bits == 4096))
            return rsa(bits);
        return std::nullopt;
    }
    if (t == QLatin1String("rsa"))
        return rsa(2048);
    if (t == QLatin1String("ec:p-256") || t == QLatin1String("ec:prime256v1") || t == QLatin1String("ec"))
        return ec(QStringLiteral("P-256"));
    if (t == QLatin1String("ec:p-384") || t == QLatin1String("ec:secp384r1"))
        return ec(QStringLiteral("P-384"));
    return std::nullopt;
}

QString KeySpec::toString() const
{
    if (algorithm == KeyAlgorithm::Ec)
        return QStringLiteral("ec:") + curve;
    return QStringLiteral("rsa:%1").arg(bits);
}

QString KeySpec::displayName() const
{
    if (algorithm == KeyAlgorithm::Ec)
        return QStringLiteral("ECDSA ") + curve;
    return QStringLiteral("RSA %1").arg(bits);
}

} // namespace certpilot
