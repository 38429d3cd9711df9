// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "JsonFormat.h"
#include "import/InstallationCheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace certpilot::cli {

int runVerifyInstall(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("thumbprint"),
                                 CliContext::tr("The SHA-1 thumbprint of a certificate in Personal."));
    const QCommandLineOption atOpt(QStringLiteral("at"), CliContext::tr("Check at this time (ISO 8601) instead of now."),
                                   CliContext::tr("TIME"));
    parser.addOption(atOpt);
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("verify-install"),
                   CliContext::tr("Check an installed server certificate as an administrator would: dates, private "
                                  "key, certification path, server authentication, key and signature strength. "
                                  "Exit code 0 when nothing fails, 3 when a check fails."),
                   &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("verify-install takes one thumbprint."));
    QDateTime at;
    if (parser.isSet(atOpt)) {
        at = QDateTime::fromString(parser.value(atOpt), Qt::ISODate);
        if (!at.isValid())
            return ctx.failUsage(CliContext::tr("--at takes an ISO 8601 time such as 2026-01-31T12:00:00Z."));
    }
    const auto located = ctx.locate(parser.positionalArguments().first(), &exit);
    if (!located)
        return exit;
    CertificateStore& store = *located->store;
    const StoreContents& contents = located->contents;
    const StoreEntry& entry = located->entry;
    auto report = InstallationCheck::run(store, contents, entry.id, at);
    if (!report)
        return ctx.fail(report.error(), report.error().kind == ErrorKind::NotFound ? NotFound : Failure);

    if (ctx.json()) {
        QJsonArray checks;
        for (const InstallationCheck::Item& item : report->items)
            checks.append(QJsonObject{{QStringLiteral("check"), InstallationCheck::topicId(item.topic)},
                                      {QStringLiteral("result"), InstallationCheck::levelName(item.level)},
                                      {QStringLiteral("title"), item.title},
                                      {QStringLiteral("text"), item.sentence}});
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("certificate"), certificateJson(report->certificate)},
                                                {QStringLiteral("result"), InstallationCheck::levelName(report->overall())},
                                                {QStringLiteral("summary"), report->summary()},
                                                {QStringLiteral("checks"), checks},
                                                {QStringLiteral("chain"), chainJson(report->chain)}}));
    } else {
        QTextStream& out = ctx.out();
        out << CliContext::tr("Certificate: %1").arg(report->certificate.subject().toString()) << '\n';
        for (const InstallationCheck::Item& item : report->items) {
            const QString mark = item.level == InstallationCheck::Level::Pass   ? CliContext::tr("PASS")
                : item.level == InstallationCheck::Level::Warn                  ? CliContext::tr("WARN")
                                                                                : CliContext::tr("FAIL");
            out << '[' << mark << "] " << item.title << ": " << item.sentence << '\n';
        }
        out << report->summary() << '\n';
        out.flush();
    }
    return report->overall() == InstallationCheck::Level::Fail ? NotTrusted : Success;
}

namespace {
const CommandRegistration runVerifyInstallRegistration(
    {QStringLiteral("verify-install"),
     QT_TRANSLATE_NOOP("CliContext", "Check an installed server certificate: dates, key, path, purpose, strength."),
     runVerifyInstall, 36});
} // namespace

} // namespace certpilot::cli
