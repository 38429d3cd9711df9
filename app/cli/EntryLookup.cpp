// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryLookup.h"

namespace certpilot::cli {

QString EntryLookup::normalise(const QString& thumbprint)
{
    QString out;
    for (const QChar c : thumbprint) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

Result<StoreEntry> EntryLookup::find(const StoreContents& contents, const QString& thumbprint)
{
    const QString wanted = normalise(thumbprint);
    if (wanted.size() < 8)
        return makeError(ErrorKind::InvalidInput,
                         tr("Give at least 8 digits of the thumbprint (see `certpilot-cli list`)."));
    QList<const StoreEntry*> matches;
    for (const StoreEntry& e : contents.entries) {
        if (e.id.startsWith(wanted, Qt::CaseInsensitive))
            matches << &e;
    }
    if (matches.isEmpty())
        return makeError(ErrorKind::NotFound,
                         tr("No certificate or request with thumbprint %1 is in the store.").arg(thumbprint));
    if (matches.size() > 1)
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 matches %n items; give more digits.", nullptr, int(matches.size())).arg(thumbprint));
    return *matches.first();
}

} // namespace certpilot::cli
