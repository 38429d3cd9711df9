// SPDX-License-Identifier: GPL-3.0-or-later
// certpilot-cli import-pfx: restore a certificate with its private key from a PFX backup.

#include "Commands.h"
#include "DisplayText.h"
#include "PasswordInput.h"
#include "StoreKind.h"
#include "pfx/PfxImportPlan.h"
#include "pfx/Pkcs12Reader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace certpilot::cli {

namespace {

QString rootQuestion(const Certificate& root)
{
    return CliContext::tr("\nThe file contains a root certificate that is not trusted yet:\n"
                          "  %1\n  SHA-256 %2\n  SHA-1   %3\n  valid until %4\n"
                          "Compare the fingerprint with the one your CA publishes. Trust it (install into "
                          "Trusted Root)? [y/N] ")
        .arg(root.subject().toString(), root.sha256(), root.sha1(),
             root.notAfter().date().toString(Qt::ISODate));
}

} // namespace

int runImportPfx(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), CliContext::tr("The .pfx or .p12 file."));
    const QCommandLineOption yesOpt(QStringLiteral("yes"),
                                    CliContext::tr("Trust the root certificates in the file (install them into "
                                                   "Trusted Root) without asking."));
    const QCommandLineOption nameOpt(QStringLiteral("friendly-name"),
                                     CliContext::tr("The friendly name (default: the one in the file)."),
                                     CliContext::tr("NAME"));
    const QCommandLineOption notExportableOpt(
        QStringLiteral("not-exportable"),
        CliContext::tr("Record that the key must not be exported again (honoured by the Windows store; a PEM "
                       "store keeps every key in a file)."));
    parser.addOptions({yesOpt, nameOpt, notExportableOpt});
    const PasswordInput::Options passwordOpts = PasswordInput::add(parser);
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("import-pfx"),
                   CliContext::tr("Restore a certificate and its private key from a PFX backup into Personal; the "
                                  "CA certificates in the file go to Intermediate and, once you trust them, "
                                  "Trusted Root."),
                   &exit))
        return exit;
    if (auto refused = PasswordInput::checkRefused(parser, passwordOpts); !refused)
        return ctx.failUsage(refused.error().message);
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("import-pfx takes one file."));
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path))
        return ctx.fail(makeError(ErrorKind::NotFound, CliContext::tr("The file %1 does not exist.").arg(path)),
                        NotFound);
    // An empty password is legal in PKCS#12 (some tools write one).
    auto password = PasswordInput::read(parser, passwordOpts, {CliContext::tr("PFX password: "), false, true});
    if (!password)
        return ctx.failUsage(password.error().message);

    auto contents = Pkcs12Reader::readFile(path, *password);
    if (!contents)
        return ctx.fail(contents.error());
    auto store = ctx.store();
    if (!store)
        return ctx.fail(store.error());
    auto current = (*store)->load();
    if (!current)
        return ctx.fail(current.error());
    auto plan = PfxImportPlan::build(*contents, *current);
    if (!plan)
        return ctx.fail(plan.error());

    PfxImportPlan::Options options;
    options.friendlyName = parser.value(nameOpt);
    options.markExportable = !parser.isSet(notExportableOpt);
    options.sourceName = QFileInfo(path).fileName();
    const QList<Certificate> roots = plan->newRoots();
    if (!roots.isEmpty()) {
        if (parser.isSet(yesOpt)) {
            options.acceptRoots = true;
        } else if (!ctx.json() && PasswordInput::stdinIsTerminal()) {
            options.acceptRoots = std::all_of(roots.cbegin(), roots.cend(),
                                              [](const Certificate& r) { return PasswordInput::askYesNo(rootQuestion(r)); });
        }
    }
    auto change = plan->change(options, *current);
    if (!change)
        return ctx.fail(change.error());
    auto committed = (*store)->commit(*change);
    if (!committed)
        return ctx.fail(committed.error());

    QStringList added;
    QStringList skipped;
    const QString personal = CliContext::tr("Personal: %1 with its private key (%2)")
                                 .arg(plan->certificate().subject().displayName(), plan->certificate().sha1());
    if (plan->certificateAlreadyRestored())
        skipped << CliContext::tr("%1 (already there)").arg(personal);
    else
        added << personal;
    for (const PfxImportPlan::ChainItem& item : plan->chain()) {
        const QString line = QStringLiteral("%1: %2").arg(StoreKindText::displayName(item.destination),
                                                          item.certificate.subject().displayName());
        if (item.alreadyInStore)
            skipped << CliContext::tr("%1 (already there)").arg(line);
        else if (item.destination == StoreKind::TrustedRoot && !options.acceptRoots)
            skipped << CliContext::tr("%1 (not trusted: run again with --yes after checking its fingerprint, or "
                                      "import it on its own)")
                           .arg(line);
        else
            added << line;
    }
    if (ctx.json()) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("thumbprint"), plan->certificate().sha1()},
                                                {QStringLiteral("added"), QJsonArray::fromStringList(added)},
                                                {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)},
                                                {QStringLiteral("warnings"),
                                                 QJsonArray::fromStringList(contents->warnings + plan->warnings())}}));
    } else {
        ctx.out() << CliContext::tr("Imported:") << '\n';
        for (const QString& line : added)
            ctx.out() << "  " << line << '\n';
        if (!skipped.isEmpty()) {
            ctx.out() << CliContext::tr("Not imported:") << '\n';
            for (const QString& line : skipped)
                ctx.out() << "  " << line << '\n';
        }
        ctx.out().flush();
    }
    for (const QString& w : contents->warnings + plan->warnings())
        ctx.err() << CliContext::tr("warning: %1").arg(w) << Qt::endl;
    return Success;
}

namespace {
const CommandRegistration runImportPfxRegistration(
    {QStringLiteral("import-pfx"),
     QT_TRANSLATE_NOOP("CliContext", "Restore a certificate with its private key from a PFX backup."),
     runImportPfx, 70});
} // namespace

} // namespace certpilot::cli
