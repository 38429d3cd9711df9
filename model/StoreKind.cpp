// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreKind.h"

namespace certpilot {

QString StoreKindText::displayName(StoreKind kind)
{
    switch (kind) {
    case StoreKind::Personal:
        return tr("Personal");
    case StoreKind::TrustedRoot:
        return tr("Trusted Root Certification Authorities");
    case StoreKind::Intermediate:
        return tr("Intermediate Certification Authorities");
    case StoreKind::Requests:
        return tr("Certificate Enrollment Requests");
    }
    return {};
}

QString StoreKindText::id(StoreKind kind)
{
    switch (kind) {
    case StoreKind::Personal:
        return QStringLiteral("personal");
    case StoreKind::TrustedRoot:
        return QStringLiteral("root");
    case StoreKind::Intermediate:
        return QStringLiteral("intermediate");
    case StoreKind::Requests:
        return QStringLiteral("requests");
    }
    return {};
}

std::optional<StoreKind> StoreKindText::fromId(const QString& id)
{
    for (StoreKind kind : kAllStoreKinds) {
        if (StoreKindText::id(kind) == id)
            return kind;
    }
    return std::nullopt;
}

} // namespace certpilot
