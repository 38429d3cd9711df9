// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "DemoData.h"

namespace certpilot::cli {

int runDemo(CliContext& ctx)
{
    QCommandLineParser parser;
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("demo"),
                   CliContext::tr("Fill an empty store with example certificates: a 3-tier and a 4-tier chain, "
                                  "an expired and an expiring certificate, one without its key, and a pending "
                                  "request."),
                   &exit))
        return exit;
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto contents = (*store)->load();
    if (!contents)
        return ctx.fail(contents.error());
    if (!contents->entries.isEmpty())
        return ctx.fail(makeError(ErrorKind::AlreadyExists,
                                  CliContext::tr("The store is not empty; example data goes into an empty store "
                                                 "only.")));
    auto filled = DemoData::populate(**store);
    if (!filled)
        return ctx.fail(filled.error());
    ctx.out() << CliContext::tr("Example certificates written to %1").arg(ctx.storePath()) << Qt::endl;
    return Success;
}


namespace {
const CommandRegistration runDemoRegistration({QStringLiteral("demo"), QT_TRANSLATE_NOOP("CliContext", "Fill an empty store with example certificates."), runDemo, 990});
} // namespace

} // namespace certpilot::cli
