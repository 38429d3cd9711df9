// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

namespace certpilot::cli {

int runRemove(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("thumbprint"), CliContext::tr("SHA-1 thumbprint or request id."));
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("remove"),
                   CliContext::tr("Move a certificate (with its key) or a request to the store's trash. "
                                  "`trash restore` brings it back."),
                   &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("remove takes one thumbprint."));
    const auto located = ctx.locate(parser.positionalArguments().first(), &exit);
    if (!located)
        return exit;
    CertificateStore& store = *located->store;
    const StoreEntry& entry = located->entry;
    StoreChange change;
    change.remove(entry.kind, entry.id);
    auto done = store.commit(change);
    if (!done)
        return ctx.fail(done.error());
    ctx.out() << CliContext::tr("Moved to the trash: %1").arg(entry.id) << Qt::endl;
    return Success;
}

int runTrash(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), CliContext::tr("list (default) or restore ID."));
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("trash"), CliContext::tr("List the trash, or restore an item from it."),
                   &exit))
        return exit;
    const QStringList args = parser.positionalArguments();
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    if (args.isEmpty() || args.first() == QLatin1String("list")) {
        for (const TrashItem& item : (*store)->trash()) {
            ctx.out() << item.id << "  " << item.deletedAt.toString(Qt::ISODate) << '\n';
            for (const QString& line : item.contents)
                ctx.out() << "    " << line << '\n';
        }
        ctx.out().flush();
        return Success;
    }
    if (args.first() == QLatin1String("restore") && args.size() == 2) {
        auto restored = (*store)->restoreFromTrash(args.at(1));
        if (!restored)
            return ctx.fail(restored.error());
        ctx.out() << CliContext::tr("Restored %1").arg(args.at(1)) << Qt::endl;
        return Success;
    }
    return ctx.failUsage(CliContext::tr("Use `trash list` or `trash restore ID`."));
}


namespace {
const CommandRegistration runRemoveRegistration({QStringLiteral("remove"), QT_TRANSLATE_NOOP("CliContext", "Move a certificate or request to the trash."), runRemove, 900});
const CommandRegistration runTrashRegistration({QStringLiteral("trash"), QT_TRANSLATE_NOOP("CliContext", "List the trash, or restore an item from it."), runTrash, 910});
} // namespace

} // namespace certpilot::cli
