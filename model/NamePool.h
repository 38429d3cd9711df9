// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DistinguishedName.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QMutex>

#include <optional>

namespace certpilot {

// Names shared by the certificates of one load. The thousands of leaves of a
// large store come from a few issuers, and every unshared copy of a name is a
// list, its strings and its DER: five allocations per certificate, and pages
// of new memory that a whole process pays for at first touch. Thread-safe;
// holds at most kMaxNames, so a store of all-different issuers costs only
// the lookups.
class NamePool {
public:
    static constexpr qsizetype kMaxNames = 1024;

    std::optional<DistinguishedName> find(QByteArrayView der) const
    {
        // A key that borrows the bytes: a lookup allocates nothing.
        const QByteArray key = QByteArray::fromRawData(der.data(), der.size());
        QMutexLocker locker(&m_mutex);
        const auto it = m_names.constFind(key);
        return it == m_names.constEnd() ? std::nullopt : std::optional(*it);
    }

    void add(const DistinguishedName& name)
    {
        QMutexLocker locker(&m_mutex);
        if (m_names.size() < kMaxNames && !name.der().isEmpty())
            m_names.insert(name.der(), name);
    }

    qsizetype size() const
    {
        QMutexLocker locker(&m_mutex);
        return m_names.size();
    }

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, DistinguishedName> m_names;
};

} // namespace certpilot
