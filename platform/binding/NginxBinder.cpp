// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxBinder.h"

#include "NginxConfig.h"
#include "NginxEditor.h"

#include <QDir>

namespace certpilot {

NginxBinder::NginxBinder(const BinderSettings& settings, std::shared_ptr<EndpointProbe> probe)
    : ConfigFileBinder(settings, std::move(probe))
{
}

Result<QList<Site>> NginxBinder::listSites()
{
    auto config = NginxConfig::read(settings().configRoot, settings().resolvedMainConfig());
    if (!config)
        return config.error();
    return config->sites();
}

Result<QList<ConfigChange>> NginxBinder::planConfig(const BindingRequest& request, const QString& directory,
                                                    QList<PlannedFile>* files, QStringList* notes)
{
    auto config = NginxConfig::read(settings().configRoot, settings().resolvedMainConfig());
    if (!config)
        return config.error();
    *notes << config->warnings();
    const QDir dir(directory);
    *files = {{dir.filePath(PlannedFile::fileName(BindingFileRole::FullChain)), BindingFileRole::FullChain},
              {dir.filePath(PlannedFile::fileName(BindingFileRole::Key)), BindingFileRole::Key}};
    NginxEditor::Target target;
    target.certificateFile = files->at(0).path;
    target.keyFile = files->at(1).path;
    target.addListener = request.addListener;
    target.port = request.port;
    return NginxEditor::bind(*config, request.site.id, target);
}

QString NginxBinder::hintFor(const QString& output) const
{
    if (output.contains(QLatin1String("key values mismatch")))
        return tr("The private key does not belong to the certificate.");
    if (output.contains(QLatin1String("Permission denied")))
        return tr("The test needs the rights nginx runs with; run CertPilot as root or with sudo.");
    return {};
}

} // namespace certpilot
