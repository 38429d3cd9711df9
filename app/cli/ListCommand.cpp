// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "JsonFormat.h"

#include <QJsonArray>

#include <algorithm>

namespace certpilot::cli {

int runList(CliContext& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption kindOpt(QStringLiteral("in"),
                                     CliContext::tr("Only this store: personal, root, intermediate, requests."),
                                     CliContext::tr("STORE"));
    const QCommandLineOption expiringOpt(QStringLiteral("expiring"),
                                         CliContext::tr("Only certificates that expire within DAYS days (or "
                                                        "have expired); for cron jobs."),
                                         CliContext::tr("DAYS"));
    parser.addOptions({kindOpt, expiringOpt});
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("list"), CliContext::tr("List the certificates of the store."), &exit))
        return exit;

    std::optional<StoreKind> only;
    if (parser.isSet(kindOpt)) {
        only = StoreKindText::fromId(parser.value(kindOpt));
        if (!only)
            return ctx.failUsage(CliContext::tr("Unknown store %1.").arg(parser.value(kindOpt)));
    }
    std::optional<int> expiring;
    if (parser.isSet(expiringOpt)) {
        bool ok = false;
        expiring = parser.value(expiringOpt).toInt(&ok);
        if (!ok || *expiring < 0)
            return ctx.failUsage(CliContext::tr("--expiring takes a number of days."));
    }
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto contents = (*store)->load();
    if (!contents)
        return ctx.fail(contents.error());

    QList<const StoreEntry*> rows;
    for (const StoreEntry& e : contents->entries) {
        if (only && e.kind != *only)
            continue;
        if (expiring && (e.isRequest() || e.certificate.daysLeft() >= *expiring))
            continue;
        rows << &e;
    }
    std::sort(rows.begin(), rows.end(), [](const StoreEntry* a, const StoreEntry* b) {
        if (a->kind != b->kind)
            return a->kind < b->kind;
        if (a->isRequest() || b->isRequest())
            return a->added < b->added;
        return a->certificate.notAfter() < b->certificate.notAfter();
    });

    if (ctx.json()) {
        QJsonArray array;
        for (const StoreEntry* e : rows)
            array.append(entryJson(*e));
        ctx.printJson(QJsonDocument(array));
    } else {
        QTextStream& out = ctx.out();
        for (const StoreEntry* e : rows) {
            const QString name = e->isRequest() ? e->request.subject().displayName()
                                                : e->certificate.subject().displayName();
            const QString expires = e->isRequest() ? CliContext::tr("pending")
                                                   : e->certificate.notAfter().date().toString(Qt::ISODate);
            const QString days = e->isRequest() ? QStringLiteral("-") : QString::number(e->certificate.daysLeft());
            out << StoreKindText::id(e->kind).leftJustified(13) << e->id << "  " << expires.leftJustified(10)
                << ' ' << days.rightJustified(5) << "  " << (e->hasPrivateKey ? "key " : "    ") << name;
            if (!e->friendlyName.isEmpty())
                out << "  (" << e->friendlyName << ')';
            out << '\n';
        }
        for (const StoreProblem& p : contents->problems)
            ctx.err() << CliContext::tr("warning: %1: %2").arg(p.location, p.message) << '\n';
        out.flush();
    }
    return Success;
}


namespace {
const CommandRegistration runListRegistration({QStringLiteral("list"), QT_TRANSLATE_NOOP("CliContext", "List the certificates of the store."), runList, 10});
} // namespace

} // namespace certpilot::cli
