// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "DisplayText.h"
#include "JsonFormat.h"
#include "import/CaImport.h"
#include "request/CompleteRequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certpilot::cli {

namespace {

QString roleId(ImportPlan::Role role)
{
    switch (role) {
    case ImportPlan::Role::Root:
        return QStringLiteral("root");
    case ImportPlan::Role::Intermediate:
        return QStringLiteral("intermediate");
    case ImportPlan::Role::Server:
        break;
    }
    return QStringLiteral("server");
}

QString actionId(ImportPlan::Action action)
{
    switch (action) {
    case ImportPlan::Action::Add:
        return QStringLiteral("add");
    case ImportPlan::Action::AddKey:
        return QStringLiteral("add-key");
    case ImportPlan::Action::Skip:
        break;
    }
    return QStringLiteral("skip");
}

QJsonObject planJson(const ImportPlan& plan, bool installed)
{
    QJsonArray items;
    for (const ImportPlan::Item& item : plan.items()) {
        QJsonObject o{{QStringLiteral("role"), roleId(item.role)},
                      {QStringLiteral("destination"), StoreKindText::id(item.destination)},
                      {QStringLiteral("action"), actionId(item.action)},
                      {QStringLiteral("source"), item.sourceName},
                      {QStringLiteral("certificate"), certificateJson(item.certificate)},
                      {QStringLiteral("flags"), QJsonArray::fromStringList(ImportPlan::flagTexts(item.flags))},
                      {QStringLiteral("statusAfterImport"), item.chainAfter.trusted ? QStringLiteral("ok")
                                                                                    : statusId(item.chainAfter.status)},
                      {QStringLiteral("reason"), ImportPlan::statusReason(item)},
                      {QStringLiteral("completesRequest"), item.handsOffToCompleteRequest()},
                      {QStringLiteral("withPrivateKey"), !item.key.isNull() || item.handsOffToCompleteRequest()}};
        if (!item.note.isEmpty())
            o.insert(QStringLiteral("note"), item.note);
        items.append(o);
    }
    QJsonArray problems;
    for (const ImportPlan::Problem& p : plan.problems())
        problems.append(QJsonObject{{QStringLiteral("source"), p.sourceName},
                                    {QStringLiteral("message"), p.message},
                                    {QStringLiteral("detail"), p.detail}});
    return {{QStringLiteral("installed"), installed},
            {QStringLiteral("items"), items},
            {QStringLiteral("problems"), problems}};
}

void printPlan(QTextStream& out, const ImportPlan& plan)
{
    for (const ImportPlan::Item& item : plan.items()) {
        const QString indent(item.depth * 2, QLatin1Char(' '));
        const QString what = item.action == ImportPlan::Action::Skip ? CliContext::tr("skip")
            : item.handsOffToCompleteRequest()                      ? CliContext::tr("complete")
            : item.action == ImportPlan::Action::AddKey            ? CliContext::tr("add key")
                                                                    : CliContext::tr("install");
        out << indent << '[' << ImportPlan::roleName(item.role) << "] " << item.certificate.subject().displayName()
            << "  -> " << StoreKindText::displayName(item.destination) << " (" << what << ")\n";
        out << indent << "    " << CliContext::tr("from %1, SHA-1 %2").arg(item.sourceName, item.certificate.sha1())
            << '\n';
        const QStringList flags = ImportPlan::flagTexts(item.flags);
        if (!flags.isEmpty())
            out << indent << "    " << CliContext::tr("flags: %1").arg(flags.join(QLatin1String(", "))) << '\n';
        out << indent << "    "
            << CliContext::tr("after import: %1. %2").arg(ImportPlan::statusText(item), ImportPlan::statusReason(item))
            << '\n';
        if (!item.note.isEmpty())
            out << indent << "    " << item.note << '\n';
        if (item.role == ImportPlan::Role::Root && item.action == ImportPlan::Action::Add)
            out << indent << "    "
                << CliContext::tr("trust decision: SHA-256 %1")
                       .arg(toColonHex(QByteArray::fromHex(item.certificate.sha256().toLatin1())))
                << '\n';
    }
    for (const ImportPlan::Problem& p : plan.problems()) {
        out << CliContext::tr("not imported: %1: %2").arg(p.sourceName, p.message) << '\n';
        if (!p.detail.isEmpty())
            out << "    " << p.detail << '\n';
    }
}

} // namespace

int runImport(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CliContext::tr("Certificate files and archives: a CA's cert.zip, .cer/.crt/.pem "
                                                "(PEM or DER), .p7b, PEM bundles."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption yesOpt(QStringLiteral("yes"),
                                    CliContext::tr("Install what the plan shows. Roots are trusted only with this "
                                                   "option: it is your trust decision."));
    const QCommandLineOption asOpt(QStringLiteral("as"),
                                   CliContext::tr("File every certificate as root or intermediate instead of "
                                                  "classifying it (auto, the default)."),
                                   QStringLiteral("root|intermediate|auto"), QStringLiteral("auto"));
    const QCommandLineOption nameOpt(QStringLiteral("friendly-name"),
                                     CliContext::tr("A name for the server certificate, as in IIS."),
                                     CliContext::tr("NAME"));
    const QCommandLineOption atOpt(QStringLiteral("at"),
                                   CliContext::tr("Judge validity at this time (ISO 8601) instead of now."),
                                   CliContext::tr("TIME"));
    const QCommandLineOption noRootsOpt(QStringLiteral("no-roots"),
                                        CliContext::tr("Install everything but new roots: the trust decision is "
                                                       "left for later; until then the paths below them end at \"issuer missing\"."));
    parser.addOptions({yesOpt, asOpt, nameOpt, atOpt, noRootsOpt});
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("import"),
                   CliContext::tr("Plan the import of a CA's certificates (roots into Trusted Root, intermediates "
                                  "into Intermediate, the server certificate into Personal, completing its "
                                  "pending request), and install them with --yes, all or nothing."),
                   &exit))
        return exit;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.failUsage(CliContext::tr("import needs at least one file."));
    ImportPlan::Options options;
    const QString as = parser.value(asOpt);
    if (as == QLatin1String("root"))
        options.role = ImportPlan::RoleChoice::Root;
    else if (as == QLatin1String("intermediate"))
        options.role = ImportPlan::RoleChoice::Intermediate;
    else if (as != QLatin1String("auto"))
        return ctx.failUsage(CliContext::tr("--as takes root, intermediate or auto."));
    if (parser.isSet(atOpt)) {
        options.at = QDateTime::fromString(parser.value(atOpt), Qt::ISODate);
        if (!options.at.isValid())
            return ctx.failUsage(CliContext::tr("--at takes an ISO 8601 time such as 2026-01-31T12:00:00Z."));
    }
    options.friendlyName = parser.value(nameOpt).trimmed();
    if (const QString problem = CompleteRequest::checkFriendlyName(options.friendlyName); !problem.isEmpty())
        return ctx.failUsage(problem);

    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto plan = CaImport::prepare(**store, CaImport::readSources(files), options);
    if (!plan)
        return ctx.fail(plan.error());
    if (parser.isSet(noRootsOpt)) {
        QSet<QString> roots;
        for (const Certificate& root : plan->rootsToTrust())
            roots.insert(root.sha1());
        plan = plan->withRootsDeclined(roots);
    }
    const bool install = parser.isSet(yesOpt) && plan->importCount() > 0;
    if (install) {
        if (auto done = CaImport::commit(**store, *plan); !done) {
            if (!ctx.json())
                return ctx.fail(done.error());
            // One JSON document: the plan that was not installed, and why.
            QJsonObject o = planJson(*plan, false);
            o.insert(QStringLiteral("error"), done.error().message);
            o.insert(QStringLiteral("detail"), done.error().detail);
            ctx.printJson(QJsonDocument(o));
            ctx.err() << CliContext::tr("Error: %1").arg(done.error().message) << '\n';
            ctx.err().flush();
            return Failure;
        }
    }
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(planJson(*plan, install)));
    } else {
        printPlan(ctx.out(), *plan);
        if (plan->importCount() == 0)
            ctx.out() << CliContext::tr("Nothing to install.") << '\n';
        else if (install)
            ctx.out() << CliContext::tr("Installed %n certificate(s).", nullptr, plan->importCount()) << '\n';
        else
            ctx.out() << CliContext::tr("Nothing was changed. Run again with --yes to install %n certificate(s)%1.",
                                        nullptr, plan->importCount())
                             .arg(plan->addsTrustedRoot() ? CliContext::tr(", trusting the roots shown")
                                                          : QString())
                      << '\n';
        ctx.out().flush();
    }
    // Files that held nothing importable make the run fail only when nothing else was there.
    if (plan->items().isEmpty() && !plan->problems().isEmpty()) {
        ctx.err() << CliContext::tr("None of the files holds a certificate that can be imported.") << '\n';
        ctx.err().flush();
        return Failure;
    }
    return Success;
}

namespace {
const CommandRegistration runImportRegistration(
    {QStringLiteral("import"),
     QT_TRANSLATE_NOOP("CliContext", "Install a CA's certificates (cert.zip, roots, intermediates, server)."),
     runImport, 35});
} // namespace

} // namespace certpilot::cli
