// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApacheBinder.h"

#include "ApacheConfig.h"
#include "ApacheEditor.h"

#include <QDir>

namespace certpilot {

ApacheBinder::ApacheBinder(const BinderSettings& settings, std::shared_ptr<EndpointProbe> probe)
    : ConfigFileBinder(settings, std::move(probe))
{
}

Result<QList<Site>> ApacheBinder::listSites()
{
    auto config = ApacheConfig::read(settings().configRoot, settings().resolvedMainConfig());
    if (!config)
        return config.error();
    return config->sites();
}

Result<QList<ConfigChange>> ApacheBinder::planConfig(const BindingRequest& request, const QString& directory,
                                                     QList<PlannedFile>* files, QStringList* notes)
{
    auto config = ApacheConfig::read(settings().configRoot, settings().resolvedMainConfig());
    if (!config)
        return config.error();
    *notes << config->warnings();
    const QDir dir(directory);
    auto file = [&dir](BindingFileRole role) { return PlannedFile{dir.filePath(PlannedFile::fileName(role)), role}; };
    ApacheEditor::Target target;
    // Keep the admin's layout: a separate chain file stays separate.
    const bool separateChain = request.site.tls && !request.site.chainFile.isEmpty() && !request.intermediates.isEmpty();
    if (separateChain) {
        *files = {file(BindingFileRole::Leaf), file(BindingFileRole::Chain), file(BindingFileRole::Key)};
        target.certificateFile = files->at(0).path;
        target.chainFile = files->at(1).path;
        target.keyFile = files->at(2).path;
    } else {
        *files = {file(BindingFileRole::FullChain), file(BindingFileRole::Key)};
        target.certificateFile = files->at(0).path;
        target.keyFile = files->at(1).path;
        if (!request.site.chainFile.isEmpty())
            *notes << tr("The site's SSLCertificateChainFile line is commented out: the certificate has no "
                         "intermediates to put there.");
    }
    target.addListener = request.addListener;
    target.port = request.port;
    return ApacheEditor::bind(*config, request.site.id, target);
}

QProcessEnvironment ApacheBinder::commandEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Debian's apache2ctl reads the configuration (and envvars) from here.
    env.insert(QStringLiteral("APACHE_CONFDIR"), settings().configRoot);
    return env;
}

QString ApacheBinder::hintFor(const QString& output) const
{
    if (output.contains(QLatin1String("Invalid command 'SSL")))
        return tr("mod_ssl is not loaded. Enable it (a2enmod ssl), then bind again.");
    if (output.contains(QLatin1String("AH00526")))
        return tr("Apache names the file and line of the problem above.");
    return {};
}

} // namespace certpilot
