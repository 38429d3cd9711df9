// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "JsonFormat.h"
#include "request/CompleteRequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certpilot::cli {

namespace {

QString statusName(CompletionStatus status)
{
    switch (status) {
    case CompletionStatus::Ready: return QStringLiteral("completed");
    case CompletionStatus::AlreadyCompleted: return QStringLiteral("already-completed");
    case CompletionStatus::NoMatchingKey: return QStringLiteral("no-matching-key");
    case CompletionStatus::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QJsonArray thumbprints(const QList<Certificate>& certs)
{
    QJsonArray out;
    for (const Certificate& c : certs)
        out.append(QJsonObject{{QStringLiteral("subject"), c.subject().toString()},
                               {QStringLiteral("sha1"), c.sha1()},
                               {QStringLiteral("sha256"), c.sha256()}});
    return out;
}

QJsonObject planJson(const CompletionPlan& plan)
{
    QJsonArray searched;
    for (const PendingRequestInfo& r : plan.searched)
        searched.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("subject"), r.subject},
                                    {QStringLiteral("subjectAltNames"), QJsonArray::fromStringList(r.names)},
                                    {QStringLiteral("key"), r.keyDescription},
                                    {QStringLiteral("requested"), r.added.toString(Qt::ISODate)}});
    QJsonObject o{{QStringLiteral("status"), statusName(plan.status)},
                  {QStringLiteral("files"), QJsonArray::fromStringList(plan.files)},
                  {QStringLiteral("friendlyName"), plan.friendlyName},
                  {QStringLiteral("intermediatesInstalled"), thumbprints(plan.intermediatesToInstall)},
                  {QStringLiteral("rootsNotInstalled"), thumbprints(plan.rootsNotInstalled)},
                  {QStringLiteral("searched"), searched}};
    if (!plan.certificate.isNull())
        o.insert(QStringLiteral("certificate"), certificateJson(plan.certificate));
    if (!plan.request.id.isEmpty())
        o.insert(QStringLiteral("request"), plan.request.id);
    if (!plan.isReady()) {
        o.insert(QStringLiteral("error"), plan.error.message);
        o.insert(QStringLiteral("detail"), plan.error.detail);
    }
    return o;
}

} // namespace

int runComplete(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 CliContext::tr("The CA's response: .cer/.crt (PEM or DER) or .p7b; root and "
                                                "intermediate files may be given too."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption nameOpt(QStringLiteral("friendly-name"),
                                     CliContext::tr("A name to recognise the certificate by, as in IIS."),
                                     CliContext::tr("NAME"));
    parser.addOption(nameOpt);
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("complete"),
                   CliContext::tr("Complete a certificate request: match the CA's response to its pending private "
                                  "key and move both into Personal."),
                   &exit))
        return exit;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.failUsage(CliContext::tr("complete needs the certificate file the CA sent."));
    if (const QString problem = CompleteRequest::checkFriendlyName(parser.value(nameOpt)); !problem.isEmpty())
        return ctx.failUsage(problem);

    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    const CompletionPlan plan = CompleteRequest::run(**store, files, parser.value(nameOpt));
    if (ctx.json())
        ctx.printJson(QJsonDocument(planJson(plan)));
    if (!plan.isReady()) {
        ctx.err() << plan.error.message << '\n';
        if (!plan.error.detail.isEmpty())
            ctx.err() << CliContext::tr("Detail: %1").arg(plan.error.detail) << '\n';
        ctx.err().flush();
        return Failure;
    }
    if (!ctx.json()) {
        ctx.out() << CliContext::tr("Request completed.") << '\n';
        for (const QString& line : CompleteRequest::describe(plan, true))
            ctx.out() << line << '\n';
        ctx.out() << CliContext::tr("Thumbprint: %1").arg(plan.certificate.sha1()) << '\n';
        ctx.out().flush();
    }
    return Success;
}

namespace {
const CommandRegistration runCompleteRegistration(
    {QStringLiteral("complete"),
     QT_TRANSLATE_NOOP("CliContext", "Complete a request with the CA's response (moves it into Personal)."),
     runComplete, 50});
} // namespace

} // namespace certpilot::cli
