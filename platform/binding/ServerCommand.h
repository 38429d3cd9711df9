// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace certpilot {

// Runs a web server's command (configuration test, reload) with a time limit
// and collects what it printed, stdout and stderr together, as the server's
// own message for the user.
class ServerCommand {
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)
public:
    struct Outcome {
        int exitCode = -1;
        QString output;
        bool ok() const { return exitCode == 0; }
    };

    // Fails only when the command cannot run at all (missing program,
    // killed, out of time); a non-zero exit is an Outcome for the caller to judge.
    static Result<Outcome> run(const QStringList& command, int timeoutMs,
                               const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
};

} // namespace certpilot
