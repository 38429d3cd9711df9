// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConfigFileBinder.h"

namespace certpilot {

// Binds certificates to Apache virtual hosts: SSLCertificateFile (the full
// chain) and SSLCertificateKeyFile; a host that keeps a separate
// SSLCertificateChainFile gets cert.pem and chain.pem instead. Tests with
// `apache2ctl configtest` and reloads with `apache2ctl graceful` (or the
// commands in the settings); APACHE_CONFDIR names the configuration root.
class ApacheBinder final : public ConfigFileBinder {
    Q_DECLARE_TR_FUNCTIONS(ApacheBinder)
public:
    explicit ApacheBinder(const BinderSettings& settings, std::shared_ptr<EndpointProbe> probe = {});

    Result<QList<Site>> listSites() override;

protected:
    Result<QList<ConfigChange>> planConfig(const BindingRequest& request, const QString& directory,
                                           QList<PlannedFile>* files, QStringList* notes) override;
    QProcessEnvironment commandEnvironment() const override;
    QString hintFor(const QString& output) const override;
};

} // namespace certpilot
