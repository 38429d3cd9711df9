// SPDX-License-Identifier: GPL-3.0-or-later
#include "renewal/RenewalSiteRunner.h"

#include "binding/BindWorkflow.h"
#include "binding/BindingRegistry.h"
#include "binding/EndpointProbe.h"
#include "binding/ProbeAnalysis.h"
#include "binding/SiteBinder.h"

#include <QSettings>

#include <tuple>

namespace certpilot {

RenewalSiteRunner::RenewalSiteRunner(BindingServices services, SettingsFor settingsFor)
    : m_services(std::move(services))
    , m_settingsFor(settingsFor ? std::move(settingsFor) : SettingsFor(&RenewalSiteRunner::savedSettings))
{
}

BinderSettings RenewalSiteRunner::savedSettings(const BindingRecord& record)
{
    QSettings settings;
    BinderSettings s = BinderSettings::load(record.serverType, settings);
    if (!record.configRoot.isEmpty())
        s.configRoot = record.configRoot;
    return s;
}

Result<BindingRecord> RenewalSiteRunner::bind(CertificateStore& store, const StoreContents& contents,
                                              const BindingRecord& site, const QString& sha1) const
{
    if (!m_services.canBind())
        return makeError(ErrorKind::Unsupported, tr("This build of CertPilot cannot bind certificates to sites."));
    auto binder = m_services.makeBinder(m_settingsFor(site));
    if (!binder)
        return makeError(ErrorKind::Unsupported, tr("CertPilot cannot reach this kind of server here."));
    auto sites = binder->listSites();
    if (!sites)
        return sites.error();
    const auto found = std::find_if(sites->begin(), sites->end(), [&site](const Site& s) { return s.id == site.siteId; });
    if (found == sites->end())
        return makeError(ErrorKind::NotFound,
                         tr("The site %1 is no longer in the configuration at %2. Bind the new certificate with "
                            "Site > Bind to Site.")
                             .arg(site.siteName.isEmpty() ? site.siteId : site.siteName, site.configRoot));
    auto request = BindWorkflow::makeRequest(store, contents, sha1, *found);
    if (!request)
        return request.error();
    auto plan = binder->planBinding(*request);
    if (!plan)
        return plan.error();
    auto applied = binder->apply(*plan);
    if (!applied)
        return applied.error();
    BindingRecord record = applied->record;
    // Keep checking where the user checked before, when this binding had no probe of its own.
    if (record.probeHost.isEmpty()) {
        record.probeHost = site.probeHost;
        record.probePort = site.probePort;
        record.probeSni = site.probeSni;
    }
    if (auto recorded = BindingRegistry::recordIn(store, record); !recorded)
        return recorded.error();
    return record;
}

Result<QString> RenewalSiteRunner::serving(const BindingRecord& site, const Certificate& expected,
                                           const StoreContents& contents) const
{
    if (!m_services.canProbe())
        return makeError(ErrorKind::Unsupported, tr("This build of CertPilot cannot connect to sites."));
    ProbeTarget target;
    target.host = site.probeHost.isEmpty() ? site.serverNames.value(0) : site.probeHost;
    target.port = site.probePort > 0 ? site.probePort : 443;
    target.sni = site.probeSni.isEmpty() ? site.serverNames.value(0) : site.probeSni;
    if (target.host.isEmpty() || target.host.startsWith(QLatin1Char('*')))
        return makeError(ErrorKind::InvalidInput,
                         tr("CertPilot does not know where %1 can be reached. Check it with Site > Check Site.")
                             .arg(site.siteName));
    auto probed = m_services.makeProbe()->probe(target);
    if (!probed)
        return probed.error();
    ProbeAnalysis::Options options;
    options.bound = expected;
    const ProbeAnalysis analysis = ProbeAnalysis::analyse(*probed, contents, options);
    if (analysis.leafIsBound.value_or(false))
        return QString();
    const Certificate leaf = probed->leaf();
    return tr("%1 serves another certificate (%2, thumbprint %3).")
        .arg(target.displayName(), leaf.subject().displayName(), leaf.sha1().left(8));
}

namespace {

bool onNewCertificate(const RenewalSite& site)
{
    return site.state == RenewalSiteState::Rebound || site.state == RenewalSiteState::Serving;
}

// Runs `work` on each site `wanted` picks, reporting progress; `work` says
// where the site ends up (its new state, and a message when something failed).
void eachSite(RenewalRecord& record, const RenewalSiteRunner::Progress& progress,
              const std::function<bool(const RenewalSite&)>& wanted,
              const std::function<std::pair<RenewalSiteState, QString>(const RenewalSite&)>& work)
{
    const int count = int(record.sites.size());
    for (int i = 0; i < count; ++i) {
        RenewalSite& site = record.sites[i];
        if (!wanted(site))
            continue;
        if (progress)
            progress(i, count);
        std::tie(site.state, site.message) = work(site);
        site.checkedAt = QDateTime::currentDateTimeUtc();
    }
}

} // namespace

void RenewalSiteRunner::rebind(RenewalRecord& record, CertificateStore& store, const StoreContents& contents,
                               const Progress& progress) const
{
    eachSite(record, progress, [](const RenewalSite& s) { return !onNewCertificate(s); },
             [&](const RenewalSite& s) -> std::pair<RenewalSiteState, QString> {
                 auto bound = bind(store, contents, s.binding, record.newCertificate);
                 if (!bound)
                     return {RenewalSiteState::Failed, bound.error().message};
                 return {RenewalSiteState::Rebound, {}};
             });
}

void RenewalSiteRunner::check(RenewalRecord& record, const StoreContents& contents, const Progress& progress) const
{
    const StoreEntry* fresh = contents.find(StoreKind::Personal, record.newCertificate);
    eachSite(record, progress, onNewCertificate, [&](const RenewalSite& s) -> std::pair<RenewalSiteState, QString> {
        if (!fresh)
            return {RenewalSiteState::Rebound, tr("The new certificate is no longer in Personal.")};
        auto seen = serving(s.binding, fresh->certificate, contents);
        if (!seen)
            return {RenewalSiteState::Rebound, seen.error().message};
        return {seen->isEmpty() ? RenewalSiteState::Serving : RenewalSiteState::Rebound, *seen};
    });
}

void RenewalSiteRunner::rollBack(RenewalRecord& record, CertificateStore& store, const StoreContents& contents,
                                 const Progress& progress) const
{
    eachSite(record, progress, onNewCertificate, [&](const RenewalSite& s) -> std::pair<RenewalSiteState, QString> {
        auto bound = bind(store, contents, s.binding, record.oldCertificate);
        if (!bound)
            return {s.state, tr("Roll-back failed: %1").arg(bound.error().message)};
        return {RenewalSiteState::RolledBack, {}};
    });
    record.rolledBackAt = QDateTime::currentDateTimeUtc();
}

} // namespace certpilot
