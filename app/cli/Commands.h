// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <QList>
#include <QString>

namespace certpilot::cli {

struct Command {
    QString name;
    QString summary;
    int (*run)(CliContext&);
};

// Every subcommand, in the order `--help` lists them.
QList<Command> commands();

int runList(CliContext& ctx);
int runShow(CliContext& ctx);
int runVerify(CliContext& ctx);
int runDemo(CliContext& ctx);
int runRemove(CliContext& ctx);
int runTrash(CliContext& ctx);

} // namespace certpilot::cli
