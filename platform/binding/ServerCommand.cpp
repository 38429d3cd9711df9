// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommand.h"

#include "binding/BinderSettings.h"

#include <QProcess>
#include <QStandardPaths>

namespace certpilot {

Result<ServerCommand::Outcome> ServerCommand::run(const QStringList& command, int timeoutMs,
                                                  const QProcessEnvironment& environment)
{
    if (command.isEmpty() || command.first().isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("No command is set. Set it in the binding settings."));
    const QString line = BinderSettings::commandLine(command);
    QString program = command.first();
    // Server tools live in sbin, which a normal user's PATH often lacks.
    if (!program.contains(QLatin1Char('/'))) {
        QString found = QStandardPaths::findExecutable(program);
        if (found.isEmpty())
            found = QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                             QStringLiteral("/usr/local/sbin")});
        if (found.isEmpty())
            return makeError(ErrorKind::NotFound,
                             tr("%1 was not found. Is the server installed? Set the command in the binding "
                                "settings.")
                                 .arg(program),
                             line);
        program = found;
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, command.mid(1));
    if (!process.waitForStarted(timeoutMs))
        return makeError(ErrorKind::Io, tr("%1 could not be started: %2").arg(line, process.errorString()), line);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return makeError(ErrorKind::Timeout,
                         tr("%1 did not finish within %n second(s) and was stopped.", nullptr, timeoutMs / 1000)
                             .arg(line),
                         QString::fromLocal8Bit(process.readAll()));
    }
    Outcome outcome;
    outcome.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit)
        return makeError(ErrorKind::Io, tr("%1 crashed.").arg(line), outcome.output);
    outcome.exitCode = process.exitCode();
    return outcome;
}

} // namespace certpilot
