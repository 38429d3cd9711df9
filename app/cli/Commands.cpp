// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include <algorithm>

namespace certpilot::cli {

namespace {
QList<Command>& registry()
{
    static QList<Command> list;
    return list;
}
} // namespace

CommandRegistration::CommandRegistration(Command command) { registry().append(std::move(command)); }

QList<Command> commands()
{
    QList<Command> out = registry();
    std::stable_sort(out.begin(), out.end(), [](const Command& a, const Command& b) { return a.order < b.order; });
    return out;
}

} // namespace certpilot::cli
