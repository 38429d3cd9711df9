// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfigFileBinder.h"

namespace certpilot {

// Binds certificates to nginx server blocks: fullchain.pem and privkey.pem
// via ssl_certificate / ssl_certificate_key; `nginx -t`, `nginx -s reload`
// (or the commands in the settings).
class NginxBinder final : public ConfigFileBinder {
    Q_DECLARE_TR_FUNCTIONS(NginxBinder)
public:
    explicit NginxBinder(const BinderSettings& settings, std::shared_ptr<EndpointProbe> probe = {});

    Result<QList<Site>> listSites() override;

protected:
    Result<QList<ConfigChange>> planConfig(const BindingRequest& request, const QString& directory,
                                           QList<PlannedFile>* files, QStringList* notes) override;
    QString hintFor(const QString& output) const override;
};

} // namespace certpilot
