// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace certpilot {

// The four logical stores, as Windows has them (LocalMachine MY, Root, CA, REQUEST).
enum class StoreKind { Personal, TrustedRoot, Intermediate, Requests };

inline constexpr std::array<StoreKind, 4> kAllStoreKinds = {
    StoreKind::Personal, StoreKind::TrustedRoot, StoreKind::Intermediate, StoreKind::Requests};

class StoreKindText {
    Q_DECLARE_TR_FUNCTIONS(StoreKindText)
public:
    // The names the Windows certificate manager uses, translated.
    static QString displayName(StoreKind kind);
    // Stable machine names: "personal", "root", "intermediate", "requests".
    static QString id(StoreKind kind);
    static std::optional<StoreKind> fromId(const QString& id);
};

} // namespace certpilot
