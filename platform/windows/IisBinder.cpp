// SPDX-License-Identifier: GPL-3.0-or-later
#include "IisBinder.h"

#include "IisSiteMapping.h"
#include "SslBindingAudit.h"
#include "SslBindingService.h"
#include "SystemStore.h"
#include "WindowsErrorText.h"
#include "WindowsStoreMapping.h"
#include "binding/ConfigFileBinder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

namespace certpilot {

namespace {

using Map = WindowsStoreMapping;

QString lower(const std::string& s) { return QString::fromStdString(s).toLower(); }

bool sameEndpoint(const win::SslBinding& a, const win::SslBinding& b)
{
    return a.kind == b.kind && a.port == b.port && lower(a.host) == lower(b.host);
}

std::optional<std::vector<std::string>> installedThumbprints()
{
    auto store = win::SystemStore::open(win::StoreName::My, true);
    if (!store)
        return std::nullopt;
    auto list = store->list();
    if (!list)
        return std::nullopt;
    std::vector<std::string> out;
    for (const auto& c : *list)
        out.push_back(c.thumbprint);
    return out;
}

} // namespace

IisBinder::IisBinder(const BinderSettings& settings, std::shared_ptr<EndpointProbe> probe)
    : m_settings(settings)
    , m_probe(std::move(probe))
{
    m_settings.serverType = ServerType::Iis;
}

Result<std::vector<win::SslBinding>> IisBinder::bindings() const
{
    auto list = win::SslBindingService::list();
    if (!list)
        return WindowsErrorText::toError(list.error(), tr("Reading the HTTP.sys SSL bindings"));
    return *list;
}

std::optional<win::SslBinding> IisBinder::find(const std::vector<win::SslBinding>& list, const win::SslBinding& endpoint)
{
    for (const win::SslBinding& b : list) {
        if (sameEndpoint(b, endpoint))
            return b;
    }
    return std::nullopt;
}

Result<QList<Site>> IisBinder::listSites()
{
    auto list = bindings();
    if (!list)
        return list.error();
    QList<Site> sites;
    for (const win::SslBinding& b : *list)
        sites << IisSiteMapping::toSite(b);
    return sites;
}

Result<QStringList> IisBinder::auditNotes()
{
    auto list = bindings();
    if (!list)
        return list.error();
    QStringList notes;
    for (const win::BindingProblem& p : win::SslBindingAudit::audit(*list, installedThumbprints()))
        notes << IisSiteMapping::noteFor(p);
    return notes;
}

Result<BindingPlan> IisBinder::planBinding(const BindingRequest& request)
{
    auto endpoint = IisSiteMapping::endpointFor(request.site, request.port);
    if (!endpoint)
        return makeError(ErrorKind::InvalidInput,
                         tr("Choose an HTTP.sys endpoint: an IP address and port (0.0.0.0:443) or a host name and "
                            "port (www.example.com:443)."));
    if (request.certificate.isNull())
        return makeError(ErrorKind::InvalidInput, tr("There is no certificate to bind."));
    if (!request.key.isNull() && !request.key.matches(request.certificate))
        return makeError(ErrorKind::KeyMismatch, tr("The private key does not belong to this certificate."));
    const QString sha1 = request.certificate.sha1();
    auto my = win::SystemStore::open(win::StoreName::My, true);
    if (!my)
        return WindowsErrorText::toError(my.error(), tr("Opening Personal (MY)"));
    auto installed = my->find(Map::toThumbprint(sha1));
    if (!installed)
        return makeError(ErrorKind::NotFound,
                         tr("HTTP.sys takes certificates from the Local Computer's Personal store, and this one is "
                            "not there. Import it (with its private key) into Personal first."));
    if (!installed->hasPrivateKey)
        return makeError(ErrorKind::KeyMissing,
                         tr("The certificate in Personal has no private key, so HTTP.sys cannot use it. Complete the "
                            "request on this computer, or import the PFX that has the key."));
    auto list = bindings();
    if (!list)
        return list.error();
    const std::optional<win::SslBinding> current = find(*list, *endpoint);
    win::SslBinding next = *endpoint;
    next.certificateHash = Map::toThumbprint(sha1);
    next.storeName = "MY";
    next.applicationId = current && !win::SslBindingAudit::isZeroGuid(current->applicationId)
        ? current->applicationId
        : IisSiteMapping::iisApplicationId().toStdString();

    BindingPlan plan;
    plan.serverType = ServerType::Iis;
    plan.configRoot = IisSiteMapping::configName();
    plan.site = current ? IisSiteMapping::toSite(*current) : IisSiteMapping::toSite(next);
    plan.certificate = request.certificate;
    plan.intermediates = request.intermediates;
    plan.addListener = !current;
    plan.port = next.port;
    plan.configChanges << ConfigChange{IisSiteMapping::configName() + QLatin1Char(' ') + QString::fromStdString(next.endpoint()),
                                       IisSiteMapping::netshText(current), IisSiteMapping::netshText(next)};
    if (m_settings.probeAfterReload) {
        plan.probe = ConfigFileBinder::probeTargetFor(IisSiteMapping::toSite(next), request.certificate, next.port);
        if (next.kind == win::SslBinding::Kind::HostnamePort)
            plan.probe.sni = QString::fromStdString(next.host);
    }
    plan.testCommand = tr("read the binding back from HTTP.sys");
    plan.reloadCommand = tr("none: HTTP.sys uses a new binding at once");
    plan.notes = request.notes;
    plan.notes << (current ? tr("Replaces the HTTP.sys binding %1, which used certificate %2.")
                                 .arg(QString::fromStdString(next.endpoint()),
                                      QString::fromStdString(current->certificateHash))
                           : tr("Adds the HTTP.sys binding %1.").arg(QString::fromStdString(next.endpoint())));
    // HTTP.sys sends the intermediates it finds in the CA store, not a file.
    if (auto ca = win::SystemStore::open(win::StoreName::Ca, true)) {
        for (const Certificate& i : request.intermediates) {
            if (!ca->find(Map::toThumbprint(i.sha1())))
                plan.notes << tr("The intermediate %1 is not in Intermediate Certification Authorities, so HTTP.sys "
                                 "cannot send it. Import it there first.").arg(i.subject().displayName());
        }
    }
    std::vector<win::SslBinding> after = *list;
    std::erase_if(after, [&](const win::SslBinding& b) { return sameEndpoint(b, next); });
    after.push_back(next);
    plan.notes << IisSiteMapping::notesFor(win::SslBindingAudit::audit(after, installedThumbprints()), next);
    return plan;
}

Result<void> IisBinder::restore(const win::SslBinding& endpoint, const std::optional<win::SslBinding>& previous)
{
    auto removed = win::SslBindingService::remove(endpoint);
    if (!removed && WindowsErrorText::win32Code(removed.error().code()) != 2)   // ERROR_FILE_NOT_FOUND: none there
        return WindowsErrorText::toError(removed.error(), tr("Removing the new binding"));
    if (previous) {
        if (auto added = win::SslBindingService::add(*previous); !added)
            return WindowsErrorText::toError(added.error(), tr("Putting the old binding back"));
    }
    return {};
}

Result<AppliedBinding> IisBinder::apply(const BindingPlan& plan, const StepCallback& progress)
{
    auto report = [&](BindingStep step, StepState state, const QString& message = {}, const QString& detail = {}) {
        if (progress)
            progress(StepReport{step, state, message, detail});
    };
    auto endpoint = IisSiteMapping::endpointFor(plan.site, plan.port);
    if (!endpoint || plan.configChanges.size() != 1)
        return makeError(ErrorKind::InvalidInput, tr("This plan was not made for IIS."));
    win::SslBinding next = *endpoint;
    next.certificateHash = Map::toThumbprint(plan.certificate.sha1());
    next.storeName = "MY";
    const QByteArray expectedBefore = plan.configChanges.first().before;
    std::optional<win::SslBinding> previous;
    bool changed = false;
    auto fail = [&](BindingStep step, const Error& cause) -> Error {
        report(step, StepState::Failed, cause.message, cause.detail);
        if (!changed)
            return cause;
        report(BindingStep::RollBack, StepState::Running);
        auto undone = restore(next, previous);
        report(BindingStep::RollBack, undone ? StepState::Done : StepState::Failed,
               undone ? tr("The previous binding is back.") : undone.error().message);
        Error error = cause;
        error.message += QLatin1Char(' ')
            + (undone ? tr("The previous binding was put back.")
                      : tr("The previous binding could not be put back: %1").arg(undone.error().message));
        return error;
    };

    report(BindingStep::WriteFiles, StepState::Skipped, tr("HTTP.sys takes the certificate from the store."));
    report(BindingStep::EditConfig, StepState::Running);
    auto list = bindings();
    if (!list)
        return fail(BindingStep::EditConfig, list.error());
    previous = find(*list, next);
    if (IisSiteMapping::netshText(previous) != expectedBefore)
        return fail(BindingStep::EditConfig,
                    makeError(ErrorKind::InvalidInput, tr("The HTTP.sys binding changed since the preview. Nothing "
                                                          "was changed; plan the binding again.")));
    // The application id of what is there now, as the plan showed it.
    next.applicationId = previous && !win::SslBindingAudit::isZeroGuid(previous->applicationId)
        ? previous->applicationId
        : IisSiteMapping::iisApplicationId().toStdString();
    if (previous) {
        if (auto removed = win::SslBindingService::remove(*previous); !removed)
            return fail(BindingStep::EditConfig, WindowsErrorText::toError(removed.error(), tr("Removing the old binding")));
    }
    changed = true;
    if (auto added = win::SslBindingService::add(next); !added)
        return fail(BindingStep::EditConfig, WindowsErrorText::toError(added.error(), tr("Adding the binding")));
    report(BindingStep::EditConfig, StepState::Done, QString::fromStdString(next.endpoint()));

    // Read back: an API that says yes and stores nothing (Wine's stub) must not pass.
    report(BindingStep::ConfigTest, StepState::Running);
    auto readBack = bindings();
    const auto stored = readBack ? find(*readBack, next) : std::nullopt;
    if (!stored || win::SslBindingAudit::normalizeHash(stored->certificateHash) != next.certificateHash)
        return fail(BindingStep::ConfigTest,
                    readBack ? makeError(ErrorKind::ServerRejected,
                                         tr("HTTP.sys accepted the binding but does not list it afterwards."))
                             : readBack.error());
    report(BindingStep::ConfigTest, StepState::Done);
    report(BindingStep::Reload, StepState::Skipped, tr("HTTP.sys uses the new binding at once."));

    AppliedBinding applied;
    if (m_probe && m_settings.probeAfterReload && !plan.probe.host.isEmpty()) {
        report(BindingStep::Probe, StepState::Running);
        ProbeTarget target = plan.probe;
        target.timeoutMs = m_settings.probeTimeoutMs;
        QElapsedTimer waited;
        waited.start();
        std::optional<Result<ProbeResult>> last;
        do {
            last = m_probe->probe(target);
            if (last->ok() && (*last)->leaf().sha1() == plan.certificate.sha1())
                break;
            QThread::msleep(200);
        } while (waited.elapsed() < m_settings.probeWaitMs);
        if (!last->ok())
            return fail(BindingStep::Probe, last->error());
        if ((*last)->leaf().sha1() != plan.certificate.sha1())
            return fail(BindingStep::Probe,
                        makeError(ErrorKind::ServerRejected,
                                  tr("%1 still serves another certificate (%2). Is another binding answering first?")
                                      .arg(target.displayName(), (*last)->leaf().subject().displayName())));
        report(BindingStep::Probe, StepState::Done,
               tr("%1 serves the new certificate (%2).").arg(target.displayName(), (*last)->protocol));
        applied.probe = **last;
    } else {
        report(BindingStep::Probe, StepState::Skipped, tr("The live site was not checked."));
    }

    BindingRecord& r = applied.record;
    r.certificate = plan.certificate.sha1();
    r.serverType = ServerType::Iis;
    r.configRoot = IisSiteMapping::configName();
    r.siteId = QString::fromStdString(next.endpoint());
    r.siteName = plan.site.displayName();
    r.serverNames = plan.site.serverNames;
    r.configFile = IisSiteMapping::configName();
    r.probeHost = plan.probe.host;
    r.probePort = plan.probe.host.isEmpty() ? 0 : plan.probe.port;
    r.probeSni = plan.probe.sni;
    r.boundAt = QDateTime::currentDateTimeUtc();
    return applied;
}

} // namespace certpilot
