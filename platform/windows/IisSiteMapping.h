// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SslBinding.h"
#include "SslBindingAudit.h"
#include "binding/Site.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace certpilot {

// HTTP.sys SSL bindings in the model's words: each binding is a Site (its id
// is the endpoint, "0.0.0.0:443" or "www.example.com:443"), the case-10
// audit findings are translated notes, and a binding reads as the lines
// `netsh http show sslcert` prints, for the preview's diff. Plain: no
// Windows calls, unit-tested on Linux.
class IisSiteMapping {
    Q_DECLARE_TR_FUNCTIONS(IisSiteMapping)
public:
    // The application id IIS registers its bindings under.
    static QString iisApplicationId() { return QStringLiteral("{4dc3e181-e14b-4a21-b022-59fc669b0914}"); }
    // "HTTP.sys", where Site::configFile would name a file.
    static QString configName() { return QStringLiteral("HTTP.sys"); }

    static Site toSite(const win::SslBinding& binding);
    // The endpoint a binding request means: the site's id when it parses as
    // one; else its first host name (SNI) on `port`. nullopt when neither works.
    static std::optional<win::SslBinding> endpointFor(const Site& site, int port);
    // The binding as netsh shows it; empty for "no binding".
    static QByteArray netshText(const std::optional<win::SslBinding>& binding);
    // One translated sentence per finding, naming the endpoint(s) and what to do.
    static QString noteFor(const win::BindingProblem& problem);
    // The notes about `endpoint` and about the other entries on its port.
    static QStringList notesFor(const std::vector<win::BindingProblem>& problems, const win::SslBinding& endpoint);
};

} // namespace certpilot
