// SPDX-License-Identifier: GPL-3.0-or-later
#include "pfx/PfxImportPlan.h"

#include <QDate>

#include <algorithm>

namespace certpilot {

namespace {

bool inAnyCaStore(const StoreContents& current, const Certificate& cert)
{
    return current.find(StoreKind::TrustedRoot, cert.sha1()) || current.find(StoreKind::Intermediate, cert.sha1())
        || current.find(StoreKind::Personal, cert.sha1());
}

} // namespace

Result<PfxImportPlan> PfxImportPlan::build(const Pkcs12Contents& contents, const StoreContents& current)
{
    // The same key twice (some tools write a key bag per certificate) is one key.
    QList<const Pkcs12Key*> keys;
    for (const Pkcs12Key& k : contents.keys) {
        const bool seen = std::any_of(keys.cbegin(), keys.cend(),
                                      [&](const Pkcs12Key* s) { return s->key.pkcs8Der() == k.key.pkcs8Der(); });
        if (!seen)
            keys << &k;
    }
    if (keys.isEmpty())
        return makeError(ErrorKind::KeyMissing,
                         tr("The file holds no private key, only %n certificate(s). To restore a certificate "
                            "with its key you need the PFX that was exported with the private key; CA "
                            "certificates alone are imported with \"Import certificates\".",
                            nullptr, int(contents.certificates.size())));
    if (keys.size() > 1)
        return makeError(ErrorKind::Ambiguous,
                         tr("The file holds %n different private keys. CertPilot restores one certificate with "
                            "its key at a time; export each certificate to its own PFX file and import them one "
                            "by one.",
                            nullptr, int(keys.size())));
    const int index = contents.certificateFor(keys.first()->key);
    if (index < 0)
        return makeError(ErrorKind::KeyMismatch,
                         tr("The file holds a private key but not the certificate that belongs to it, so there is "
                            "nothing to put in Personal. Export the certificate again together with its key."));

    PfxImportPlan plan;
    const Pkcs12Certificate& leaf = contents.certificates.at(index);
    plan.m_certificate = leaf.certificate;
    plan.m_key = keys.first()->key;
    plan.m_friendlyName = !leaf.friendlyName.isEmpty() ? leaf.friendlyName : keys.first()->friendlyName;
    if (const StoreEntry* existing = current.find(StoreKind::Personal, leaf.certificate.sha1())) {
        plan.m_alreadyRestored = existing->hasPrivateKey;
        plan.m_addsKeyToExisting = !existing->hasPrivateKey;
    }
    for (int i = 0; i < contents.certificates.size(); ++i) {
        const Certificate& cert = contents.certificates.at(i).certificate;
        if (i == index || cert == plan.m_certificate)
            continue;
        if (!cert.isCa()) {
            plan.m_warnings << tr("%1 is not a CA certificate and is not the one with the key; it was left out.")
                                   .arg(cert.subject().displayName());
            continue;
        }
        const bool duplicate = std::any_of(plan.m_chain.cbegin(), plan.m_chain.cend(),
                                           [&](const ChainItem& c) { return c.certificate == cert; });
        if (duplicate)
            continue;
        plan.m_chain.append({cert, cert.isSelfSigned() ? StoreKind::TrustedRoot : StoreKind::Intermediate,
                             inAnyCaStore(current, cert)});
    }
    return plan;
}

QList<Certificate> PfxImportPlan::newRoots() const
{
    QList<Certificate> out;
    for (const ChainItem& c : m_chain) {
        if (c.destination == StoreKind::TrustedRoot && !c.alreadyInStore)
            out << c.certificate;
    }
    return out;
}

QString PfxImportPlan::exportableNote(const QString& sourceName, bool exportable)
{
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    const QString from = sourceName.isEmpty() ? tr("Imported from a PFX file on %1").arg(date)
                                              : tr("Imported from %1 on %2").arg(sourceName, date);
    return from + (exportable ? tr("; private key marked exportable.") : tr("; private key not marked exportable."));
}

Result<StoreChange> PfxImportPlan::change(const Options& options, const StoreContents& current) const
{
    StoreChange change;
    for (const ChainItem& c : m_chain) {
        if (c.alreadyInStore || (c.destination == StoreKind::TrustedRoot && !options.acceptRoots))
            continue;
        change.addCertificate(c.destination, c.certificate);
    }
    if (m_alreadyRestored) {
        if (change.isEmpty())
            return makeError(ErrorKind::AlreadyExists,
                             tr("%1 is already in Personal with its private key, and so is the rest of the file; "
                                "nothing needs restoring.")
                                 .arg(m_certificate.subject().displayName()));
        return change;
    }
    const QString name = options.friendlyName.isEmpty() ? m_friendlyName : options.friendlyName;
    change.addCertificateWithKey(StoreKind::Personal, m_certificate, m_key, name);
    const StoreEntry* existing = current.find(StoreKind::Personal, m_certificate.sha1());
    const QString owner = existing ? existing->owner : QString();
    QString notes = existing ? existing->notes : QString();
    if (!notes.isEmpty())
        notes += QLatin1Char('\n');
    notes += exportableNote(options.sourceName, options.markExportable);
    change.setInventory(StoreKind::Personal, m_certificate.sha1(), owner, notes);
    return change;
}

} // namespace certpilot
