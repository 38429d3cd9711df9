// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreEntry.h"

namespace certpilot {

QString StoreEntry::makeSearchText() const
{
    const bool isReq = isRequest();
    const DistinguishedName& subject = isReq ? request.subject() : certificate.subject();
    QStringList parts{subject.toString(), friendlyName, id, owner, notes};
    if (!isReq) {
        parts << certificate.issuer().toString() << certificate.dnsNames().join(QLatin1Char(' '))
              << certificate.serialHex() << certificate.notAfter().toString(Qt::ISODate);
    }
    return parts.join(QLatin1Char('\n')).toCaseFolded();
}

int StoreContents::count(StoreKind kind) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [kind](const StoreEntry& e) { return e.kind == kind; }));
}

const StoreEntry* StoreContents::find(StoreKind kind, const QString& id) const
{
    for (const StoreEntry& e : entries) {
        if (e.kind == kind && e.id.compare(id, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

const StoreEntry* StoreContents::findByThumbprint(const QString& sha1) const
{
    for (const StoreEntry& e : entries) {
        if (!e.certificate.isNull() && e.certificate.sha1().compare(sha1, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

} // namespace certpilot
