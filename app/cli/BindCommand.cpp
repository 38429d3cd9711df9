// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"
#include "PasswordInput.h"
#include "ProbeReport.h"

#include "binding/BindWorkflow.h"
#include "binding/BindingRegistry.h"
#include "binding/PlatformBindingServices.h"
#include "binding/SiteMatch.h"

#include <QJsonArray>
#include <QProcess>

#include <cstdio>

namespace certpilot::cli {

namespace {

void printSites(QTextStream& out, const QList<Site>& sites, int suggested)
{
    for (int i = 0; i < sites.size(); ++i) {
        const Site& s = sites[i];
        out << (i == suggested ? "* " : "  ") << s.id.leftJustified(28) << ' ' << s.displayName().leftJustified(24)
            << ' ' << s.portsText() << '\n';
    }
    if (suggested >= 0)
        out << CliContext::tr("* matches the certificate's names") << '\n';
}

bool confirm(CliContext& ctx)
{
    if (!PasswordInput::stdinIsTerminal())
        return false;
    ctx.out() << CliContext::tr("Apply this change? [y/N] ");
    ctx.out().flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

} // namespace

int runBind(CliContext& ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("thumbprint"), CliContext::tr("The Personal certificate to bind."));
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       CliContext::tr("nginx or apache; iis on Windows (HTTP.sys bindings)."),
                                       CliContext::tr("TYPE"));
    const QCommandLineOption siteOpt(QStringLiteral("site"),
                                     CliContext::tr("The site: one of its host names, or its id. Without it, the "
                                                    "sites are listed."),
                                     CliContext::tr("NAME"));
    const QCommandLineOption rootOpt(QStringLiteral("config-root"),
                                     CliContext::tr("The server's configuration folder (default /etc/nginx or "
                                                    "/etc/apache2)."),
                                     CliContext::tr("DIR"));
    const QCommandLineOption mainOpt(QStringLiteral("main-config"),
                                     CliContext::tr("The main configuration file, relative to the folder."),
                                     CliContext::tr("FILE"));
    const QCommandLineOption dirOpt(QStringLiteral("cert-dir"),
                                    CliContext::tr("Where the certificate files go (default CONFIG-ROOT/certpilot)."),
                                    CliContext::tr("DIR"));
    const QCommandLineOption listenerOpt(QStringLiteral("add-listener"),
                                         CliContext::tr("Add an https listener to a site that has none."));
    const QCommandLineOption portOpt(QStringLiteral("port"), CliContext::tr("The listener's port (default 443)."),
                                     CliContext::tr("PORT"), QStringLiteral("443"));
    const QCommandLineOption dryOpt(QStringLiteral("dry-run"), CliContext::tr("Show the change; change nothing."));
    const QCommandLineOption yesOpt(QStringLiteral("yes"), CliContext::tr("Apply without asking."));
    const QCommandLineOption testOpt(QStringLiteral("test-command"),
                                     CliContext::tr("The configuration test command ({configRoot} and {mainConfig} "
                                                    "are replaced)."),
                                     CliContext::tr("CMD"));
    const QCommandLineOption reloadOpt(QStringLiteral("reload-command"), CliContext::tr("The reload command."),
                                       CliContext::tr("CMD"));
    const QCommandLineOption noProbeOpt(QStringLiteral("no-probe"),
                                        CliContext::tr("Do not check the live site after the reload."));
    parser.addOptions({serverOpt, siteOpt, rootOpt, mainOpt, dirOpt, listenerOpt, portOpt, dryOpt, yesOpt, testOpt,
                       reloadOpt, noProbeOpt});
    int exit = Success;
    if (!ctx.parse(parser, QStringLiteral("bind"),
                   CliContext::tr("Bind a certificate to an nginx or Apache site: write fullchain.pem and "
                                  "privkey.pem, point the site at them, test the configuration, reload, and check "
                                  "the live site. Any failure restores the previous files and configuration."),
                   &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return ctx.failUsage(CliContext::tr("bind takes one thumbprint."));
    // What this build can bind: nginx and Apache everywhere, IIS on Windows.
    const QList<ServerType> servers = platformBindingServices().servers;
    const auto type = ServerTypeText::fromId(parser.value(serverOpt));
    if (!type || !servers.contains(*type)) {
        QStringList ids;
        for (ServerType s : servers)
            ids << ServerTypeText::id(s);
        return ctx.failUsage(CliContext::tr("--server must be one of: %1.").arg(ids.join(QStringLiteral(", "))));
    }
    BinderSettings settings = BinderSettings::defaults(*type);
    if (parser.isSet(rootOpt))
        settings.configRoot = parser.value(rootOpt);
    settings.mainConfig = parser.value(mainOpt);
    settings.certificateDirectory = parser.value(dirOpt);
    if (parser.isSet(testOpt))
        settings.testCommand = QProcess::splitCommand(parser.value(testOpt));
    if (parser.isSet(reloadOpt))
        settings.reloadCommand = QProcess::splitCommand(parser.value(reloadOpt));
    settings.probeAfterReload = !parser.isSet(noProbeOpt);
    bool portOk = false;
    const int port = parser.value(portOpt).toInt(&portOk);
    if (!portOk || port < 1 || port > 65535)
        return ctx.failUsage(CliContext::tr("--port takes a number from 1 to 65535."));

    const auto located = ctx.locate(parser.positionalArguments().first(), &exit);
    if (!located)
        return exit;
    CertificateStore& store = *located->store;
    const StoreContents& contents = located->contents;
    const StoreEntry& entry = located->entry;

    auto binder = platformBindingServices().makeBinder(settings);
    auto sites = binder->listSites();
    if (!sites)
        return ctx.fail(sites.error());
    const int suggested = SiteMatch::suggest(*sites, entry.certificate);
    if (!parser.isSet(siteOpt)) {
        printSites(ctx.out(), *sites, suggested);
        ctx.out().flush();
        return ctx.failUsage(CliContext::tr("Choose the site with --site NAME (a host name or an id above)."));
    }
    auto site = BindWorkflow::findSite(*sites, parser.value(siteOpt), parser.isSet(listenerOpt));
    if (!site)
        return ctx.fail(site.error(), site.error().kind == ErrorKind::NotFound ? NotFound : Failure);
    auto request = BindWorkflow::makeRequest(store, contents, entry.id, *site, parser.isSet(listenerOpt), port);
    if (!request)
        return ctx.fail(request.error());
    auto plan = binder->planBinding(*request);
    if (!plan)
        return ctx.fail(plan.error());
    if (!ctx.json())
        ctx.out() << plan->preview() << '\n';
    ctx.out().flush();
    if (parser.isSet(dryOpt)) {
        if (ctx.json())
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("preview"), plan->preview()}}));
        return Success;
    }
    if (!parser.isSet(yesOpt) && !confirm(ctx))
        return ctx.failUsage(CliContext::tr("Nothing was changed. Add --yes to apply without asking."));

    QJsonArray steps;
    auto applied = binder->apply(*plan, [&ctx, &steps](const StepReport& r) {
        if (r.state == StepState::Running)
            return;
        steps.append(QJsonObject{{QStringLiteral("step"), BindingStepText::id(r.step)},
                                 {QStringLiteral("state"), BindingStepText::stateText(r.state)},
                                 {QStringLiteral("message"), r.message}});
        if (!ctx.json()) {
            ctx.out() << QStringLiteral("[%1] %2").arg(BindingStepText::stateText(r.state).leftJustified(7),
                                                       BindingStepText::title(r.step));
            if (!r.message.isEmpty() && r.state != StepState::Failed)
                ctx.out() << ": " << r.message;
            ctx.out() << '\n';
            ctx.out().flush();
        }
    });
    if (!applied) {
        if (ctx.json())
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("steps"), steps}}));
        return ctx.fail(applied.error());
    }
    auto recorded = BindingRegistry::recordIn(store, applied->record);
    if (!recorded)
        ctx.err() << CliContext::tr("warning: the binding works, but it could not be recorded: %1")
                         .arg(recorded.error().message)
                  << '\n';
    QJsonObject result{{QStringLiteral("steps"), steps}, {QStringLiteral("binding"), applied->record.toJson()}};
    if (applied->probe) {
        ProbeAnalysis::Options options;
        options.bound = plan->certificate;
        const ProbeAnalysis analysis = ProbeAnalysis::analyse(*applied->probe, contents, options);
        if (ctx.json())
            result.insert(QStringLiteral("probe"), probeJson(*applied->probe, analysis));
        else
            printProbe(ctx.out(), *applied->probe, analysis);
    }
    if (ctx.json())
        ctx.printJson(QJsonDocument(result));
    else
        ctx.out() << CliContext::tr("Bound %1 to %2.").arg(plan->certificate.subject().displayName(),
                                                         plan->site.displayName())
                  << '\n';
    ctx.out().flush();
    return Success;
}

namespace {
const CommandRegistration runBindRegistration({QStringLiteral("bind"),
                                               QT_TRANSLATE_NOOP("CliContext",
                                                                 "Bind a certificate to an nginx or Apache site."),
                                               runBind, 80});
} // namespace

} // namespace certpilot::cli
