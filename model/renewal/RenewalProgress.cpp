// SPDX-License-Identifier: GPL-3.0-or-later
#include "renewal/RenewalProgress.h"

#include "CertificateRequest.h"

#include <QLocale>

namespace certpilot {

namespace {

using State = RenewalStepState;

const StoreEntry* personal(const StoreContents& contents, const QString& sha1)
{
    return sha1.isEmpty() ? nullptr : contents.find(StoreKind::Personal, sha1);
}

QString day(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat);
}

// "23 Nov 2026 (3 days ago)"
QString since(const QDateTime& t, const QDateTime& now)
{
    const qint64 days = t.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 0)
        return RenewalProgress::tr("%1 (today)").arg(day(t));
    if (days == 1)
        return RenewalProgress::tr("%1 (yesterday)").arg(day(t));
    return RenewalProgress::tr("%1 (%2 days ago)").arg(day(t)).arg(days);
}

// "1 site", "3 sites"
QString sites(int count)
{
    return count == 1 ? RenewalProgress::tr("1 site") : RenewalProgress::tr("%1 sites").arg(count);
}

bool allSites(const RenewalRecord& r, std::initializer_list<RenewalSiteState> states)
{
    for (const RenewalSite& s : r.sites) {
        if (std::find(states.begin(), states.end(), s.state) == states.end())
            return false;
    }
    return true;
}

QString siteName(const RenewalSite& s)
{
    return s.binding.siteName.isEmpty() ? s.binding.siteId : s.binding.siteName;
}

// "www.example.com: refused" lines of the sites in `state`.
QString siteLines(const RenewalRecord& r, RenewalSiteState state)
{
    QStringList lines;
    for (const RenewalSite& s : r.sites) {
        if (s.state == state)
            lines << (s.message.isEmpty() ? siteName(s) : siteName(s) + QStringLiteral(": ") + s.message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool RenewalProgress::refresh(RenewalRecord& record, const StoreContents& contents)
{
    bool changed = false;
    // While the request is pending nothing completed it: no need to hash every key in Personal.
    if (record.newCertificate.isEmpty() && !record.requestKeyId.isEmpty()
        && !contents.find(StoreKind::Requests, record.requestKeyId)) {
        for (const StoreEntry& e : contents.entries) {
            if (e.kind == StoreKind::Personal && e.hasPrivateKey
                && publicKeyId(e.certificate.publicKeyDer()) == record.requestKeyId) {
                record.newCertificate = e.certificate.sha1();
                changed = true;
                break;
            }
        }
    }
    // Retired here or in the main window: either way the old certificate is gone.
    if (record.isActive() && !record.newCertificate.isEmpty() && personal(contents, record.newCertificate)
        && !personal(contents, record.oldCertificate) && canRetire(record, contents)) {
        if (!record.retiredAt.isValid())
            record.retiredAt = QDateTime::currentDateTimeUtc();
        record.phase = RenewalPhase::Finished;
        record.endedAt = QDateTime::currentDateTimeUtc();
        changed = true;
    }
    return changed;
}

bool RenewalProgress::canRetire(const RenewalRecord& record, const StoreContents& contents)
{
    return personal(contents, record.newCertificate) != nullptr
        && allSites(record, {RenewalSiteState::Serving});
}

bool RenewalProgress::canRollBack(const RenewalRecord& record, const StoreContents& contents)
{
    const StoreEntry* old = personal(contents, record.oldCertificate);
    if (!old || !old->hasPrivateKey || !record.isActive())
        return false;
    for (const RenewalSite& s : record.sites) {
        if (s.state == RenewalSiteState::Rebound || s.state == RenewalSiteState::Serving)
            return true;
    }
    return false;
}

QList<RenewalStepStatus> RenewalProgress::steps(const RenewalRecord& r, const StoreContents& contents,
                                                const ChainResult* newChain, const QDateTime& now)
{
    QList<RenewalStepStatus> list;
    auto add = [&list](RenewalStep step, State state, const QString& detail) {
        list.append(RenewalStepStatus{step, state, detail});
    };
    const StoreEntry* newCert = personal(contents, r.newCertificate);
    const bool requestKept = !r.requestKeyId.isEmpty() && contents.find(StoreKind::Requests, r.requestKeyId);
    const bool submitted = r.submittedAt.isValid() || newCert;

    // 1. The request.
    if (newCert || requestKept)
        add(RenewalStep::Request, State::Done,
            tr("Request made on %1 with a new private key, kept in Requests.").arg(day(r.requestedAt)));
    else if (!r.requestKeyId.isEmpty())
        add(RenewalStep::Request, State::Problem,
            tr("The request made on %1 is no longer in Requests (deleted, or completed in another store). "
               "Create a new request.").arg(day(r.requestedAt)));
    else
        add(RenewalStep::Request, State::Next,
            tr("Create a new request from the old certificate's names and key type. A new private key is made; "
               "the old one stays in use until the sites change."));
    const bool requested = list.last().state == State::Done;

    // 2-3. Submit, wait.
    if (submitted)
        add(RenewalStep::Submit, State::Done,
            newCert && !r.submittedAt.isValid() ? tr("The CA answered.")
                                                : tr("Submitted on %1.").arg(day(r.submittedAt)));
    else
        add(RenewalStep::Submit, requested ? State::Next : State::Waiting,
            tr("Copy the request text into the CA's renewal form (or send the .csr file), then mark it as submitted."));
    if (newCert)
        add(RenewalStep::Wait, State::Done, tr("The CA's certificate arrived."));
    else if (submitted)
        add(RenewalStep::Wait, State::Next,
            tr("Waiting for the CA since %1. CAs answer by e-mail with a cert.zip or a .cer file; CertPilot "
               "remembers where you are if you close it.")
                .arg(since(r.submittedAt, now)));
    else
        add(RenewalStep::Wait, State::Waiting, tr("After the request is submitted."));

    // 4-5. Install the CA's certificates, complete.
    bool issuerMissing = false;
    QString missingIssuer;
    if (newChain) {
        for (const ChainNode& n : newChain->nodes) {
            if (n.isGap()) {
                issuerMissing = true;
                missingIssuer = n.missingIssuer;
            }
        }
    }
    if (newCert && newChain && !issuerMissing)
        add(RenewalStep::InstallCa, State::Done, tr("The issuing CA certificates are in the store."));
    else if (newCert && issuerMissing)
        add(RenewalStep::InstallCa, State::Problem,
            tr("Issuer not found: %1. Install the intermediate certificate from your CA's delivery.").arg(missingIssuer));
    else if (newCert)
        add(RenewalStep::InstallCa, State::Waiting, tr("Checking the new certificate's chain…"));
    else
        add(RenewalStep::InstallCa, submitted ? State::Next : State::Waiting,
            tr("Open the CA's delivery (cert.zip, .p7b, .cer): roots go to Trusted Root, intermediates to "
               "Intermediate, and the server certificate completes the request."));
    if (newCert)
        add(RenewalStep::Complete, State::Done,
            tr("The new certificate is in Personal with its private key, valid until %1.")
                .arg(day(newCert->certificate.notAfter())));
    else
        add(RenewalStep::Complete, submitted ? State::Next : State::Waiting,
            tr("Pair the CA's server certificate with the pending private key."));

    // 6. Verify.
    bool verified = false;
    if (!newCert)
        add(RenewalStep::Verify, State::Waiting, tr("After the request is completed."));
    else if (!newChain)
        add(RenewalStep::Verify, State::Waiting, tr("Checking the new certificate's chain…"));
    else if (newChain->trusted) {
        verified = true;
        add(RenewalStep::Verify, State::Done, tr("The chain of the new certificate is complete and trusted."));
    } else
        add(RenewalStep::Verify, State::Problem, newChain->summary());

    // 7-8. Re-bind, probe.
    const int siteCount = int(r.sites.size());
    if (r.sites.isEmpty()) {
        const QString none = tr("No site was recorded with the old certificate. If a server uses it, bind the new "
                                "one with Site > Bind to Site.");
        add(RenewalStep::Rebind, State::Skipped, none);
        add(RenewalStep::Probe, State::Skipped, none);
    } else {
        const int moved = r.count(RenewalSiteState::Rebound) + r.count(RenewalSiteState::Serving);
        if (moved == siteCount)
            add(RenewalStep::Rebind, State::Done, tr("Moved to the new certificate: %1.").arg(sites(siteCount)));
        else if (r.count(RenewalSiteState::Failed) > 0)
            add(RenewalStep::Rebind, State::Problem,
                tr("Re-binding failed and was undone; these sites keep the old certificate:\n%1")
                    .arg(siteLines(r, RenewalSiteState::Failed)));
        else if (!verified)
            add(RenewalStep::Rebind, State::Waiting,
                tr("Using the old certificate: %1. They are re-bound once the new one is verified.")
                    .arg(sites(siteCount)));
        else if (r.rolledBackAt.isValid() && r.count(RenewalSiteState::RolledBack) > 0)
            add(RenewalStep::Rebind, State::Next,
                tr("Rolled back on %1: the old certificate is served again (%2). Re-bind when the problem is fixed.")
                    .arg(day(r.rolledBackAt), sites(r.count(RenewalSiteState::RolledBack))));
        else
            add(RenewalStep::Rebind, State::Next,
                tr("To move to the new certificate: %1. Each is tested and reloaded, and restored if anything "
                   "fails.").arg(sites(siteCount - moved)));
        if (r.count(RenewalSiteState::Serving) == siteCount)
            add(RenewalStep::Probe, State::Done,
                tr("Every live site serves the new certificate (checked: %1).").arg(sites(siteCount)));
        else if (moved < siteCount)
            add(RenewalStep::Probe, State::Waiting, tr("After the sites are re-bound."));
        else if (std::any_of(r.sites.begin(), r.sites.end(), [](const RenewalSite& s) {
                     return s.state == RenewalSiteState::Rebound && !s.message.isEmpty();
                 }))
            add(RenewalStep::Probe, State::Problem,
                tr("Not yet serving the new certificate:\n%1").arg(siteLines(r, RenewalSiteState::Rebound)));
        else
            add(RenewalStep::Probe, State::Next, tr("Connect to each site and check it serves the new certificate."));
    }

    // 9. Backup.
    if (r.backedUpAt.isValid())
        add(RenewalStep::Backup, State::Done, tr("Backed up on %1 to %2.").arg(day(r.backedUpAt), r.backupFile));
    else if (r.backupSkipped)
        add(RenewalStep::Backup, State::Skipped, tr("Skipped. Export a PFX later with Certificate > Export."));
    else
        add(RenewalStep::Backup, newCert ? State::Next : State::Waiting,
            tr("Export the new certificate with its key and chain to a password-protected PFX and keep it "
               "somewhere safe."));

    // 10. Retire.
    if (r.retiredAt.isValid() || (newCert && !personal(contents, r.oldCertificate)))
        add(RenewalStep::Retire, State::Done, tr("The old certificate is in the trash (restore it from View > Show Trash)."));
    else if (canRetire(r, contents))
        add(RenewalStep::Retire, State::Next,
            tr("Every site serves the new certificate: move the old one to the trash."));
    else
        add(RenewalStep::Retire, State::Waiting,
            tr("The old certificate stays until every live site serves the new one."));
    return list;
}

RenewalStep RenewalProgress::current(const QList<RenewalStepStatus>& steps)
{
    for (const RenewalStepStatus& s : steps) {
        if (s.state != State::Done && s.state != State::Skipped)
            return s.step;
    }
    return RenewalStep::Retire;
}

QString RenewalProgress::title(RenewalStep step)
{
    switch (step) {
    case RenewalStep::Request: return tr("Create the renewal request");
    case RenewalStep::Submit: return tr("Submit it to the CA");
    case RenewalStep::Wait: return tr("Wait for the CA");
    case RenewalStep::InstallCa: return tr("Install the CA's certificates");
    case RenewalStep::Complete: return tr("Complete the request");
    case RenewalStep::Verify: return tr("Verify the new certificate");
    case RenewalStep::Rebind: return tr("Re-bind the sites");
    case RenewalStep::Probe: return tr("Check the live sites");
    case RenewalStep::Backup: return tr("Back up as PFX");
    case RenewalStep::Retire: return tr("Retire the old certificate");
    }
    return {};
}

QString RenewalProgress::stateText(RenewalStepState state)
{
    switch (state) {
    case State::Done: return tr("Done");
    case State::Next: return tr("Next");
    case State::Waiting: return tr("Waiting");
    case State::Problem: return tr("Needs attention");
    case State::Skipped: return tr("Skipped");
    }
    return {};
}

} // namespace certpilot
