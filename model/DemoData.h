// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace certpilot {

// Fills a fresh store with a realistic example: a 3-tier and a 4-tier chain,
// an expired and an expiring server certificate, a certificate whose key is
// missing, and a pending request. Takes about a second (key generation).
class DemoData {
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    static Result<void> populate(CertificateStore& store, const QDateTime& now = QDateTime::currentDateTimeUtc());
};

} // namespace certpilot
