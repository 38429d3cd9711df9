// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "Result.h"
#include "renewal/RenewalRecord.h"

#include <QCoreApplication>
#include <QList>

namespace certpilot {

// Every renewal, running or ended, kept in the store's "renewals" document:
//   {"format": "certpilot-renewals", "version": 1, "renewals": [ RenewalRecord... ]}
// Ended renewals stay as a history; a certificate has at most one active one.
class RenewalBook {
    Q_DECLARE_TR_FUNCTIONS(RenewalBook)
public:
    static constexpr const char* kDocument = "renewals";

    // An absent document is an empty book; a damaged one is an error (never
    // silently replaced, so no renewal in progress is forgotten).
    static Result<RenewalBook> read(const CertificateStore& store);
    static Result<RenewalBook> fromJson(const QByteArray& json);
    QByteArray toJson() const;
    // Needs the store's writer lock (taken for the call when not held).
    Result<void> write(CertificateStore& store) const;

    // Reads, replaces the record with the same id (or adds it) and writes.
    static Result<void> saveIn(CertificateStore& store, const RenewalRecord& record);

    void put(const RenewalRecord& record);
    const QList<RenewalRecord>& all() const { return m_records; }
    QList<RenewalRecord> active() const;
    // The active renewal whose old or new certificate is `sha1`.
    std::optional<RenewalRecord> activeFor(const QString& sha1) const;

private:
    QList<RenewalRecord> m_records;
};

} // namespace certpilot
