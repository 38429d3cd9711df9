// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace certpilot {

// A set of file operations inside a store folder that lands whole or not at all,
// even if the process is killed half-way:
//   1. every new file is written to .txn/<id>/ (flushed),
//   2. the manifest listing all operations is written atomically: from this
//      moment the transaction counts as committed,
//   3. the operations are applied by rename, which is atomic per file,
//   4. .txn/<id>/ is removed.
// recover() finishes committed transactions (step 3 is idempotent) and drops
// uncommitted ones, so the next open sees either the old or the new store.
// Callers hold the store lock.
class PemDirTransaction {
    Q_DECLARE_TR_FUNCTIONS(PemDirTransaction)
public:
    explicit PemDirTransaction(const QString& storeRoot);
    ~PemDirTransaction();

    // Adds a file. Without `replace`, the destination must not exist.
    void put(const QString& relPath, const QByteArray& data, bool secret, bool replace = false);
    // Moves an existing file inside the store (to the trash, back from it). Never replaces.
    void move(const QString& fromRel, const QString& toRel);

    bool isEmpty() const { return m_ops.isEmpty(); }
    Result<void> run();

    // Test seam: stop after this many applied operations, as if killed.
    void setCrashAfterOperationsForTesting(int count) { m_crashAfter = count; }

    // Finishes or drops interrupted transactions; returns one notice per transaction.
    static QStringList recover(const QString& storeRoot);
    static QString stagingDirName() { return QStringLiteral(".txn"); }

private:
    struct Op {
        enum Type { Put, Move } type;
        QString from;   // staged file name (Put) or store-relative source (Move)
        QString to;     // store-relative destination
        bool secret = false;
        bool replace = false;
        QByteArray data;
    };
    static Result<void> apply(const QString& root, const QString& txnDir, const Op& op);
    static QList<Op> readManifest(const QString& path, bool* ok);

    QString m_root;
    QString m_id;
    QList<Op> m_ops;
    int m_crashAfter = -1;
};

} // namespace certpilot
