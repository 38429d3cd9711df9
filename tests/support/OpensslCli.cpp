// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpensslCli.h"

#include <QProcess>

namespace certpilot::test {

CliResult runOpenssl(const QStringList& args, const QByteArray& stdinData)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace certpilot::test
