// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/Diagnostician.h"

#include "binding/BindingRegistry.h"
#include "binding/BindingServices.h"
#include "binding/SiteBinder.h"
#include "diagnostics/CertificateChecks.h"
#include "diagnostics/EndpointChecks.h"

namespace certpilot {

Result<DiagnosisFacts> Diagnostician::gather(CertificateStore& store, const StoreContents& contents,
                                             const QString& sha1, const QDateTime& at)
{
    const QString wanted = sha1.toUpper();
    const StoreEntry* entry = contents.find(StoreKind::Personal, wanted);
    if (!entry)
        entry = contents.findByThumbprint(wanted);
    if (!entry || entry->certificate.isNull())
        return makeError(ErrorKind::NotFound,
                         tr("No certificate with thumbprint %1 is in the store. It may have been deleted or moved: "
                            "refresh the list and choose an installed certificate.")
                             .arg(sha1));
    DiagnosisFacts facts;
    facts.entry = *entry;
    facts.contents = contents;
    facts.at = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    if (entry->hasPrivateKey)
        facts.key = store.privateKey(entry->kind, entry->id);
    // A damaged bindings document costs only the checks that use it.
    if (auto registry = BindingRegistry::read(store)) {
        facts.recorded = registry->all();
        facts.bindings = registry->forCertificate(entry->certificate.sha1());
    }
    // What HTTP.sys really binds, where this build can read it (the IIS binder, on Windows).
    const BindingServices services = BindingServices::installed();
    if (services.canBind() && services.servers.contains(ServerType::Iis)) {
        if (auto binder = services.makeBinder(BinderSettings::defaults(ServerType::Iis))) {
            if (auto sites = binder->listSites())
                facts.httpSys = *sites;
        }
    }
    return facts;
}

Result<void> Diagnostician::setTarget(DiagnosisFacts& facts, const QString& host, const QString& sni, int timeoutMs)
{
    auto target = ProbeTarget::parse(host.trimmed());
    if (!target)
        return target.error();
    target->sni = sni.trimmed();
    target->timeoutMs = timeoutMs;
    BindingRegistry registry;
    for (const BindingRecord& r : facts.recorded)
        registry.record(r);
    QList<BindingRecord> records = registry.forEndpoint(target->serverName(), target->port);
    if (records.isEmpty())
        records = registry.forEndpoint(target->host, target->port);
    facts.endpointBindings = records;
    facts.target = *target;
    facts.probe.reset();
    facts.analysis.reset();
    return {};
}

void Diagnostician::probeEndpoint(DiagnosisFacts& facts, EndpointProbe& probe, const std::atomic_bool* cancel)
{
    if (!facts.target)
        return;
    facts.probe = probe.probe(*facts.target, cancel);
}

DiagnosisReport Diagnostician::evaluate(DiagnosisFacts facts)
{
    VerifyOptions options;
    options.at = facts.when();
    facts.chain = ChainVerifier::forStore(facts.contents, options)->verify(facts.entry.certificate);
    if (const ProbeResult* served = facts.probeResult()) {
        ProbeAnalysis::Options ao;
        ao.bound = facts.entry.certificate;
        ao.hostname = facts.target->serverName();
        ao.at = options.at;
        facts.analysis = ProbeAnalysis::analyse(*served, facts.contents, ao);
    }

    DiagnosisReport report;
    report.certificate = facts.entry.certificate;
    report.kind = facts.entry.kind;
    report.friendlyName = facts.entry.friendlyName;
    report.at = options.at;
    report.chain = facts.chain;
    if (facts.target)
        report.endpoint = facts.target->displayName();
    if (const ProbeResult* served = facts.probeResult())
        report.probe = *served;
    report.checks << CertificateChecks::validity(facts) << CertificateChecks::intermediateMissing(facts)
                  << CertificateChecks::rootNotTrusted(facts) << CertificateChecks::hostName(facts)
                  << CertificateChecks::privateKeyMissing(facts) << CertificateChecks::keyMismatch(facts)
                  << CertificateChecks::serverAuth(facts) << CertificateChecks::weakKey(facts)
                  << CertificateChecks::weakSignature(facts) << EndpointChecks::weakProtocol(facts)
                  << EndpointChecks::servedCertificate(facts) << EndpointChecks::httpSysBinding(facts)
                  << CertificateChecks::keyAccess(facts) << EndpointChecks::servedChain(facts);
    return report;
}

Result<DiagnosisReport> Diagnostician::run(CertificateStore& store, const StoreContents& contents, const QString& sha1,
                                           const Options& options, EndpointProbe* probe,
                                           const std::atomic_bool* cancel)
{
    auto facts = gather(store, contents, sha1, options.at);
    if (!facts)
        return facts.error();
    if (!options.host.trimmed().isEmpty()) {
        auto targeted = setTarget(*facts, options.host, options.sni, options.timeoutMs);
        if (!targeted)
            return targeted.error();
        if (probe)
            probeEndpoint(*facts, *probe, cancel);
    }
    return evaluate(std::move(*facts));
}

QStringList Diagnostician::checkIds()
{
    return {QStringLiteral("validity"),          QStringLiteral("intermediate-missing"),
            QStringLiteral("root-not-trusted"),  QStringLiteral("host-name"),
            QStringLiteral("private-key-missing"), QStringLiteral("key-mismatch"),
            QStringLiteral("server-auth"),       QStringLiteral("weak-key"),
            QStringLiteral("weak-signature"),    QStringLiteral("weak-protocol"),
            QStringLiteral("served-certificate"), QStringLiteral("http-sys-binding"),
            QStringLiteral("key-access"),        QStringLiteral("served-chain")};
}

} // namespace certpilot
