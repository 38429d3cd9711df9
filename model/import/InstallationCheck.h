// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateStore.h"
#include "ChainVerifier.h"
#include "PrivateKey.h"
#include "Result.h"
#include "StoreEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace certpilot {

// Step 7 of the workflow: what an administrator checks by hand after
// installing a server certificate (validity dates; "You have a private key
// that corresponds to this certificate"; a Certification Path of 3 or 4
// levels ending "This certificate is OK"), plus what IIS does not show:
// server authentication in the EKU, key and signature strength. Each check
// passes, warns or fails with a sentence that says what to do.
class InstallationCheck {
    Q_DECLARE_TR_FUNCTIONS(InstallationCheck)
public:
    enum class Level { Pass, Warn, Fail };
    enum class Topic { Dates, PrivateKey, Chain, ServerAuth, KeyStrength, Signature };

    struct Item {
        Topic topic = Topic::Dates;
        Level level = Level::Pass;
        QString title;     // "Validity dates"
        QString sentence;  // what was found and what to do
    };

    struct Report {
        Certificate certificate;
        QString friendlyName;
        ChainResult chain;
        QList<Item> items;
        Level overall() const;   // the worst item
        QString summary() const; // one sentence
    };

    static constexpr int kMinRsaBits = 2048;
    static constexpr int kMinEcBits = 256;

    // Checks a Personal certificate of `store` (SHA-1 thumbprint), reading its
    // private key through the store. Slow (key read, chain check): not on the GUI thread.
    static Result<Report> run(CertificateStore& store, const StoreContents& contents, const QString& sha1,
                              const QDateTime& at = {});

    // The same from values already at hand; `key` is the store's answer for
    // the entry's private key (an error when there is none).
    static Report evaluate(const StoreEntry& entry, const Result<PrivateKey>& key, const StoreContents& contents,
                           const QDateTime& at = {});

    static QString levelName(Level level);  // "pass", "warn", "fail": stable, for JSON
    static QString topicId(Topic topic);    // "dates", "private-key", ...
};

} // namespace certpilot
