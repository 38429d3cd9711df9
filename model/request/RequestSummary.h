// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace certpilot {

// A request decoded for a last check before it goes to the CA: every subject
// field by its IIS name, the names browsers will check, key and signature.
// Shared by the wizard's last page and `certpilot-cli request`.
class RequestSummary {
    Q_DECLARE_TR_FUNCTIONS(RequestSummary)
public:
    static QList<QPair<QString, QString>> rows(const CertificateRequest& request);
    static QString text(const CertificateRequest& request);  // "Label: value" lines
};

} // namespace certpilot
