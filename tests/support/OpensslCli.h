// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace certpilot::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the `openssl` command-line tool: files made the way CAs and admins
// make them, and an independent reader for what CertPilot writes.
CliResult runOpenssl(const QStringList& args, const QByteArray& stdinData = {});

} // namespace certpilot::test
