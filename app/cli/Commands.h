// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <QList>
#include <QString>

namespace certpilot::cli {

struct Command {
    QString name;
    const char* summary;   // source text; shown through CliContext::tr at run time
    int (*run)(CliContext&);
    int order = 100;   // position in `--help`: the workflow's order
};

// Every subcommand, sorted by `order`.
QList<Command> commands();

// Each command file registers itself with one of these at namespace scope:
//   static const CommandRegistration reg({QStringLiteral("list"), ..., runList, 10});
// so features add commands without editing a shared list.
struct CommandRegistration {
    explicit CommandRegistration(Command command);
};

} // namespace certpilot::cli
