// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpTopic.h"

#include <QHash>
#include <QWidget>

namespace certpilot {

QString HelpTopic::forWidget(const QWidget* widget)
{
    // By class name, so a window needs no knowledge of the guide.
    static const QHash<QByteArray, QString> pages = {
        {"certpilot::CreateRequestWizard", QStringLiteral("request")},
        {"certpilot::CompleteRequestDialog", QStringLiteral("complete")},
        {"certpilot::CaImportWizard", QStringLiteral("install-ca")},
        {"certpilot::VerifyInstallationDialog", QStringLiteral("verify")},
        {"certpilot::ChainCardView", QStringLiteral("verify")},
        {"certpilot::BindWizard", QStringLiteral("bind")},
        {"certpilot::ProbeDialog", QStringLiteral("bind")},
        {"certpilot::ExportWizard", QStringLiteral("backup")},
        {"certpilot::ImportPfxWizard", QStringLiteral("backup")},
        {"certpilot::DiagnosticsDialog", QStringLiteral("troubleshooting")},
        {"certpilot::RenewalWindow", QStringLiteral("renew")},
    };
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        const auto it = pages.constFind(QByteArray(w->metaObject()->className()));
        if (it != pages.constEnd())
            return *it;
    }
    return QStringLiteral("index");
}

} // namespace certpilot
