// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs a certpilot-cli command in this process, with stdout and stderr
// redirected to files (CliContext writes to the real streams).

#include "CliContext.h"
#include "Commands.h"

#include <QTemporaryFile>

#include <cstdio>
#include <unistd.h>

namespace certpilot::test {

struct CliRun {
    int exit = -1;
    QString out;
    QString err;
};

inline CliRun runCliCommand(const QString& command, const QStringList& args, const QString& store, bool json = false)
{
    CliRun r;
    QTemporaryFile outFile, errFile;
    if (!outFile.open() || !errFile.open())
        return r;
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(1);
    const int savedErr = ::dup(2);
    ::dup2(outFile.handle(), 1);
    ::dup2(errFile.handle(), 2);
    for (const cli::Command& c : cli::commands()) {
        if (c.name == command) {
            cli::CliContext ctx(args, store, json);
            r.exit = c.run(ctx);
        }
    }
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, 1);
    ::dup2(savedErr, 2);
    ::close(savedOut);
    ::close(savedErr);
    outFile.seek(0);
    errFile.seek(0);
    r.out = QString::fromUtf8(outFile.readAll());
    r.err = QString::fromUtf8(errFile.readAll());
    return r;
}

} // namespace certpilot::test
