// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WebServer.h"

namespace certpilot::e2e {

// Debian's nginx with `-p PREFIX -c PREFIX/conf/nginx.conf -g 'daemon off;'`.
// nginx.conf includes sites-enabled/*; tests write the sites.
class NginxServer final : public WebServer {
public:
    NginxServer();
    static QString binary();   // empty when nginx is not installed
    BinderSettings settings() const override;

protected:
    QString program() const override { return binary(); }
    QStringList arguments() const override;
    QString errorLogPath() const override;
    QString pidFilePath() const override;
};

} // namespace certpilot::e2e
