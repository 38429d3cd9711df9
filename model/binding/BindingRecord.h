// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "binding/ServerType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace certpilot {

// "This certificate is used by that site": kept with the store, so renewal can
// re-bind every site that used the old certificate and check each one.
struct BindingRecord {
    QString certificate;       // SHA-1 thumbprint, uppercase hex
    ServerType serverType = ServerType::Nginx;
    QString configRoot;
    QString siteId;            // Site::id
    QString siteName;          // Site::displayName() when bound
    QStringList serverNames;
    QString configFile;
    QStringList files;         // the files the binding wrote
    QString probeHost;         // where the live site was checked
    int probePort = 0;
    QString probeSni;
    QDateTime boundAt;         // UTC

    // The same site of the same server, whatever certificate it has.
    bool sameSite(const BindingRecord& other) const;

    QJsonObject toJson() const;
    static std::optional<BindingRecord> fromJson(const QJsonObject& object);
};

} // namespace certpilot
