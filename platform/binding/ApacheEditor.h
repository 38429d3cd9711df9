// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApacheConfig.h"
#include "Result.h"
#include "binding/BindingPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certpilot {

// Points one Apache virtual host at new certificate files. A host with
// SSLEngine on gets its SSLCertificateFile / SSLCertificateKeyFile (and
// SSLCertificateChainFile, when it has one) arguments replaced, or the lines
// added after SSLEngine. A plain http host gets an https twin: a copy of it
// on the new port with SSLEngine on and the certificate lines, right after
// it, plus a Listen line when no Listen opens that port yet.
class ApacheEditor {
    Q_DECLARE_TR_FUNCTIONS(ApacheEditor)
public:
    struct Target {
        QString certificateFile;   // fullchain.pem, or cert.pem when a chain file is used
        QString keyFile;
        QString chainFile;         // empty: an existing SSLCertificateChainFile is commented out
        bool addListener = false;
        int port = 443;
    };
    static Result<QList<ConfigChange>> bind(const ApacheConfig& config, const QString& siteId, const Target& target);
};

} // namespace certpilot
