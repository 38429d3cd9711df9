// SPDX-License-Identifier: GPL-3.0-or-later
#include "binding/BindingPlan.h"

#include "binding/UnifiedDiff.h"

#include <QDir>

namespace certpilot {

QString PlannedFile::fileName(BindingFileRole role)
{
    switch (role) {
    case BindingFileRole::FullChain:
        return QStringLiteral("fullchain.pem");
    case BindingFileRole::Leaf:
        return QStringLiteral("cert.pem");
    case BindingFileRole::Chain:
        return QStringLiteral("chain.pem");
    case BindingFileRole::Key:
        return QStringLiteral("privkey.pem");
    }
    return {};
}

SecureBytes BindingPlan::content(BindingFileRole role) const
{
    QByteArray out;
    switch (role) {
    case BindingFileRole::FullChain:
        out = certificate.toPem();
        for (const Certificate& c : intermediates)
            out += c.toPem();
        break;
    case BindingFileRole::Leaf:
        out = certificate.toPem();
        break;
    case BindingFileRole::Chain:
        for (const Certificate& c : intermediates)
            out += c.toPem();
        break;
    case BindingFileRole::Key:
        return key.toPem();
    }
    return SecureBytes::takeFrom(out);
}

QString BindingPlan::preview() const
{
    QString text;
    text += tr("Site: %1 (%2, line %3 of %4)")
                .arg(site.displayName(), site.id, QString::number(site.line), QDir::toNativeSeparators(site.configFile))
          + QLatin1Char('\n');
    text += tr("Certificate: %1, SHA-1 %2, expires %3")
                .arg(certificate.subject().displayName(), certificate.sha1(),
                     certificate.notAfter().date().toString(Qt::ISODate))
          + QLatin1Char('\n');
    if (addListener)
        text += tr("Adds an https listener on port %1.").arg(port) + QLatin1Char('\n');
    text += QLatin1Char('\n')
          + tr("Files to write in %1 (earlier versions are kept in previous/):").arg(QDir::toNativeSeparators(directory))
          + QLatin1Char('\n');
    for (const PlannedFile& f : files) {
        QString what;
        switch (f.role) {
        case BindingFileRole::FullChain:
            what = tr("the certificate and %n intermediate(s), no root", nullptr, int(intermediates.size()));
            break;
        case BindingFileRole::Leaf:
            what = tr("the certificate alone");
            break;
        case BindingFileRole::Chain:
            what = tr("%n intermediate certificate(s)", nullptr, int(intermediates.size()));
            break;
        case BindingFileRole::Key:
            what = tr("the private key (%1), readable by the owner only (0600)").arg(certificate.keyDescription());
            break;
        }
        text += QStringLiteral("  %1  %2\n").arg(PlannedFile::fileName(f.role).leftJustified(14), what);
    }
    text += QLatin1Char('\n') + tr("Configuration change:") + QLatin1Char('\n');
    if (configChanges.isEmpty())
        text += tr("  none: the site already uses these files.") + QLatin1Char('\n');
    for (const ConfigChange& c : configChanges) {
        const QString label = QDir::toNativeSeparators(c.path);
        text += UnifiedDiff::make(QString::fromUtf8(c.before), QString::fromUtf8(c.after), label, label);
    }
    text += QLatin1Char('\n') + tr("Then:") + QLatin1Char('\n');
    text += QStringLiteral("  1. %1\n").arg(tr("Test the configuration: %1").arg(testCommand));
    text += QStringLiteral("  2. %1\n").arg(tr("Reload the server: %1").arg(reloadCommand));
    if (!probe.host.isEmpty())
        text += QStringLiteral("  3. %1\n")
                    .arg(tr("Check that %1 serves the new certificate (server name %2).")
                             .arg(probe.displayName(), probe.serverName().isEmpty() ? tr("none") : probe.serverName()));
    text += tr("If any step fails, the previous files and configuration are restored, and the server is "
               "reloaded again if it had loaded the change.")
          + QLatin1Char('\n');
    for (const QString& note : notes)
        text += QLatin1Char('\n') + tr("Note: %1").arg(note) + QLatin1Char('\n');
    return text;
}

} // namespace certpilot
