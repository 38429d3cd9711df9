// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "Result.h"
#include "binding/BindingRecord.h"

#include <QCoreApplication>
#include <QList>

namespace certpilot {

// Every site binding the user made, per certificate ("used by"), kept in the
// store's "bindings" document:
//   {"format": "certpilot-bindings", "version": 1, "bindings": [ BindingRecord... ]}
// A site has one certificate at a time: recording a binding replaces the
// site's earlier record, whichever certificate that named.
class BindingRegistry {
    Q_DECLARE_TR_FUNCTIONS(BindingRegistry)
public:
    static constexpr const char* kDocument = "bindings";

    // An absent document is an empty registry; a damaged one is an error
    // (never silently replaced, so no record is lost).
    static Result<BindingRegistry> read(const CertificateStore& store);
    static Result<BindingRegistry> fromJson(const QByteArray& json);
    QByteArray toJson() const;
    // Needs the store's writer lock (taken for the call when not held).
    Result<void> write(CertificateStore& store) const;

    // Reads, records and writes in one go: what a finished binding calls.
    static Result<void> recordIn(CertificateStore& store, const BindingRecord& record);

    void record(const BindingRecord& record);
    bool remove(const BindingRecord& site);

    const QList<BindingRecord>& all() const { return m_records; }
    QList<BindingRecord> forCertificate(const QString& sha1) const;
    // Records whose site was checked at host:port (for `probe`: which certificate should be there).
    QList<BindingRecord> forEndpoint(const QString& host, int port) const;

private:
    QList<BindingRecord> m_records;
};

} // namespace certpilot
