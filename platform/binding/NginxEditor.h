// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NginxConfig.h"
#include "Result.h"
#include "binding/BindingPlan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace certpilot {

// Points one nginx server block at new certificate files: replaces the
// arguments of its ssl_certificate / ssl_certificate_key, or adds those lines
// (and `listen PORT ssl` lines when adding an https listener) after the
// block's last `listen`, indented like their neighbours. Nothing else changes.
class NginxEditor {
    Q_DECLARE_TR_FUNCTIONS(NginxEditor)
public:
    struct Target {
        QString certificateFile;   // absolute
        QString keyFile;
        bool addListener = false;
        int port = 443;
    };
    static Result<QList<ConfigChange>> bind(const NginxConfig& config, const QString& siteId, const Target& target);
};

} // namespace certpilot
