// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyLocation.h"
#include "StoreKind.h"
#include "StoreName.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace certpilot {

// The plain conversions between the model's words and the adapter's: store
// kinds and system store names, Qt and standard strings, the CSR kept on a
// pending request, a key link as JSON. No Windows calls, so they are
// unit-tested on Linux.
class WindowsStoreMapping {
public:
    // Personal -> MY, Trusted Root -> Root, Intermediate -> CA, Requests -> REQUEST.
    static win::StoreName storeName(StoreKind kind);
    static StoreKind storeKind(win::StoreName name);
    // "MY", "Root", "CA", "REQUEST": as certlm.msc and PowerShell's Cert:\LocalMachine show them.
    static QString systemName(StoreKind kind);

    static std::wstring toWide(const QString& text) { return text.toStdWString(); }
    static QString fromWide(const std::wstring& text) { return QString::fromStdWString(text); }
    static QByteArray toBytes(const std::vector<std::uint8_t>& bytes);
    static std::vector<std::uint8_t> toVector(const QByteArray& bytes);
    // Thumbprints: upper-case hex without spaces on both sides.
    static std::string toThumbprint(const QString& id) { return id.toUpper().remove(QLatin1Char(' ')).toStdString(); }
    static QString fromThumbprint(const std::string& thumbprint) { return QString::fromStdString(thumbprint).toUpper(); }

    // CERT_DESCRIPTION_PROP_ID: where a pending request keeps its CSR.
    static constexpr std::uint32_t kDescriptionPropertyId = 13;
    // The CSR as the adapter's PendingRequests keeps it: the PEM text IIS saves
    // ("-----BEGIN NEW CERTIFICATE REQUEST-----", CRLF lines) in UTF-16LE with
    // its terminating NUL, so CryptStringToBinaryW reads it back.
    static std::vector<std::uint8_t> csrDescription(const QByteArray& csrDer);
    // The DER of such a description; empty when it holds no request.
    static QByteArray csrFromDescription(std::span<const std::uint8_t> description);

    // A key link (CRYPT_KEY_PROV_INFO) for the trash: names and numbers only,
    // never key material.
    static QJsonObject keyLocationToJson(const win::KeyLocation& key);
    static std::optional<win::KeyLocation> keyLocationFromJson(const QJsonObject& object);
};

} // namespace certpilot
