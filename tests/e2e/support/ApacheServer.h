// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WebServer.h"

namespace certpilot::e2e {

// Debian's apache2 with `-d ROOT -f ROOT/apache2.conf -D FOREGROUND`, its own
// PidFile, ErrorLog and Mutex folder, and the modules it needs (mpm_event,
// authz_core, ssl, socache_shmcb) loaded explicitly. apache2.conf includes
// sites-enabled/*.conf; tests write the sites.
class ApacheServer final : public WebServer {
public:
    ApacheServer();
    static QString binary();
    static bool modulesAvailable();
    BinderSettings settings() const override;

protected:
    QString program() const override { return binary(); }
    QStringList arguments() const override;
    QString errorLogPath() const override;
    QString pidFilePath() const override;
};

} // namespace certpilot::e2e
