// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "EntryLookup.h"

#include "binding/BindingRegistry.h"

#include <QJsonArray>

namespace certpilot::cli {

int runBindings(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("thumbprint"),
                                 CliContext::tr("Only the sites of this certificate."), QStringLiteral("[THUMBPRINT]"));
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("bindings"),
                   CliContext::tr("List the sites certificates were bound to (\"used by\")."), &exit))
        return exit;
    if (parser.positionalArguments().size() > 1)
        return ctx.failUsage(CliContext::tr("bindings takes at most one thumbprint."));
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto registry = BindingRegistry::read(**store);
    if (!registry)
        return ctx.fail(registry.error());
    QList<BindingRecord> records = registry->all();
    if (!parser.positionalArguments().isEmpty()) {
        auto contents = (*store)->load();
        if (!contents)
            return ctx.fail(contents.error());
        auto entry = EntryLookup::find(*contents, parser.positionalArguments().first());
        if (!entry)
            return ctx.failLookup(entry.error());
        records = registry->forCertificate(entry->id);
    }
    if (ctx.json()) {
        QJsonArray list;
        for (const BindingRecord& r : records)
            list.append(r.toJson());
        ctx.printJson(QJsonDocument(list));
        return Success;
    }
    QTextStream& out = ctx.out();
    if (records.isEmpty())
        out << CliContext::tr("No bindings recorded.") << '\n';
    for (const BindingRecord& r : records) {
        out << r.certificate << "  " << ServerTypeText::id(r.serverType).leftJustified(7) << ' '
            << r.siteName.leftJustified(24) << ' ' << r.siteId << "  (" << r.configRoot << ")\n";
        out << "    " << CliContext::tr("bound %1; checked at %2:%3")
                             .arg(r.boundAt.toString(Qt::ISODate), r.probeHost)
                             .arg(r.probePort)
            << '\n';
    }
    out.flush();
    return Success;
}

namespace {
const CommandRegistration runBindingsRegistration({QStringLiteral("bindings"),
                                                   QT_TRANSLATE_NOOP("CliContext",
                                                                     "List site bindings (\"used by\")."),
                                                   runBindings, 86});
} // namespace

} // namespace certpilot::cli
