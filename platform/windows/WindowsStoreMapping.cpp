// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsStoreMapping.h"

#include <QRegularExpression>

namespace certpilot {

namespace {
const QString kBegin = QStringLiteral("-----BEGIN NEW CERTIFICATE REQUEST-----");
const QString kEnd = QStringLiteral("-----END NEW CERTIFICATE REQUEST-----");
} // namespace

win::StoreName WindowsStoreMapping::storeName(StoreKind kind)
{
    switch (kind) {
    case StoreKind::Personal:
        return win::StoreName::My;
    case StoreKind::TrustedRoot:
        return win::StoreName::Root;
    case StoreKind::Intermediate:
        return win::StoreName::Ca;
    case StoreKind::Requests:
        return win::StoreName::Request;
    }
    return win::StoreName::My;
}

StoreKind WindowsStoreMapping::storeKind(win::StoreName name)
{
    switch (name) {
    case win::StoreName::My:
        return StoreKind::Personal;
    case win::StoreName::Root:
        return StoreKind::TrustedRoot;
    case win::StoreName::Ca:
        return StoreKind::Intermediate;
    case win::StoreName::Request:
        return StoreKind::Requests;
    }
    return StoreKind::Personal;
}

QString WindowsStoreMapping::systemName(StoreKind kind)
{
    switch (kind) {
    case StoreKind::Personal:
        return QStringLiteral("MY");
    case StoreKind::TrustedRoot:
        return QStringLiteral("Root");
    case StoreKind::Intermediate:
        return QStringLiteral("CA");
    case StoreKind::Requests:
        return QStringLiteral("REQUEST");
    }
    return {};
}

QByteArray WindowsStoreMapping::toBytes(const std::vector<std::uint8_t>& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

std::vector<std::uint8_t> WindowsStoreMapping::toVector(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.constData());
    return std::vector<std::uint8_t>(data, data + bytes.size());
}

std::vector<std::uint8_t> WindowsStoreMapping::csrDescription(const QByteArray& csrDer)
{
    const QByteArray base64 = csrDer.toBase64();
    QString pem = kBegin + QStringLiteral("\r\n");
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += QString::fromLatin1(base64.mid(i, 64)) + QStringLiteral("\r\n");
    pem += kEnd + QStringLiteral("\r\n");
    std::vector<std::uint8_t> out;
    out.reserve(size_t(pem.size() + 1) * 2);
    for (const QChar c : pem) {
        out.push_back(std::uint8_t(c.unicode() & 0xFF));
        out.push_back(std::uint8_t(c.unicode() >> 8));
    }
    out.push_back(0);
    out.push_back(0);
    return out;
}

QByteArray WindowsStoreMapping::csrFromDescription(std::span<const std::uint8_t> description)
{
    QString text;
    text.reserve(qsizetype(description.size() / 2));
    for (size_t i = 0; i + 1 < description.size(); i += 2) {
        const char16_t c = char16_t(description[i] | (description[i + 1] << 8));
        if (c == 0)
            break;
        text.append(QChar(c));
    }
    const qsizetype begin = text.indexOf(kBegin);
    const qsizetype end = text.indexOf(kEnd);
    if (begin < 0 || end < begin)
        return {};
    QString body = text.mid(begin + kBegin.size(), end - begin - kBegin.size());
    body.remove(QRegularExpression(QStringLiteral("\\s")));
    const auto decoded = QByteArray::fromBase64Encoding(body.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

QJsonObject WindowsStoreMapping::keyLocationToJson(const win::KeyLocation& key)
{
    return QJsonObject{{QStringLiteral("container"), fromWide(key.container)},
                       {QStringLiteral("provider"), fromWide(key.provider)},
                       {QStringLiteral("providerType"), qint64(key.providerType)},
                       {QStringLiteral("flags"), qint64(key.flags)},
                       {QStringLiteral("keySpec"), qint64(key.keySpec)}};
}

std::optional<win::KeyLocation> WindowsStoreMapping::keyLocationFromJson(const QJsonObject& object)
{
    const QString container = object.value(QStringLiteral("container")).toString();
    const QString provider = object.value(QStringLiteral("provider")).toString();
    if (container.isEmpty() || provider.isEmpty())
        return std::nullopt;
    win::KeyLocation key;
    key.container = toWide(container);
    key.provider = toWide(provider);
    key.providerType = std::uint32_t(object.value(QStringLiteral("providerType")).toInteger());
    key.flags = std::uint32_t(object.value(QStringLiteral("flags")).toInteger(win::KeyLocation::kMachineKeySet));
    key.keySpec = std::uint32_t(object.value(QStringLiteral("keySpec")).toInteger(win::KeyLocation::kKeyExchange));
    return key;
}

} // namespace certpilot
