// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/InstallationCheck.h"

#include "DisplayText.h"

#include <algorithm>

namespace certpilot {

namespace {

using Item = InstallationCheck::Item;
using Level = InstallationCheck::Level;
using Topic = InstallationCheck::Topic;

QString day(const QDateTime& t) { return t.toUTC().date().toString(Qt::ISODate); }

Item datesItem(const Certificate& c, const QDateTime& at)
{
    Item item{Topic::Dates, Level::Pass, InstallationCheck::tr("Validity dates"), {}};
    const qint64 left = c.daysLeft(at);
    if (c.isNotYetValid(at)) {
        item.level = Level::Fail;
        item.sentence = InstallationCheck::tr("Not valid yet: it starts on %1. If it was just issued, wait; "
                                              "otherwise check this computer's clock.")
                            .arg(day(c.notBefore()));
    } else if (c.isExpired(at)) {
        item.level = Level::Fail;
        item.sentence = InstallationCheck::tr("Expired on %1. Renew the certificate, or check the computer's "
                                              "clock if the date looks wrong.")
                            .arg(day(c.notAfter()));
    } else if (left < 30) {
        item.level = Level::Warn;
        item.sentence = InstallationCheck::tr("Valid from %1 to %2, but only %n day(s) left: renew it now.", nullptr,
                                              int(left))
                            .arg(day(c.notBefore()), day(c.notAfter()));
    } else {
        item.sentence = InstallationCheck::tr("Valid from %1 to %2 (%n days left).", nullptr, int(left))
                            .arg(day(c.notBefore()), day(c.notAfter()));
    }
    return item;
}

Item keyItem(const StoreEntry& entry, const Result<PrivateKey>& key)
{
    Item item{Topic::PrivateKey, Level::Pass, InstallationCheck::tr("Private key"), {}};
    if (!entry.hasPrivateKey) {
        item.level = Level::Fail;
        item.sentence = InstallationCheck::tr(
            "There is no private key for this certificate, so no server can use it. The request was completed "
            "elsewhere or its pending key was lost: import the PFX backup that holds the key, or create a new "
            "request and ask the CA to re-issue the certificate.");
    } else if (!key) {
        item.level = Level::Fail;
        item.sentence = InstallationCheck::tr("The private key is listed but cannot be read: %1").arg(key.error().message);
    } else if (!key->matches(entry.certificate)) {
        item.level = Level::Fail;
        item.sentence = InstallationCheck::tr(
            "The private key stored with this certificate does not match it. Import the right key (from the "
            "original PFX backup) or request a new certificate.");
    } else {
        item.sentence = InstallationCheck::tr("You have a private key that corresponds to this certificate.");
    }
    return item;
}

Item chainItem(const ChainResult& chain)
{
    Item item{Topic::Chain, Level::Pass, InstallationCheck::tr("Certification path"), {}};
    QStringList names;
    const ChainNode* gap = nullptr;
    for (const ChainNode& n : chain.nodes) {
        names << (n.isGap() ? InstallationCheck::tr("(missing)") : n.certificate.subject().displayName());
        if (n.isGap() && !gap)
            gap = &n;
    }
    const int levels = int(chain.nodes.size());
    const QString path = names.join(QStringLiteral(" > "));
    if (!chain.trusted) {
        item.level = Level::Fail;
        item.sentence = gap ? InstallationCheck::tr("Incomplete: issuer not found: %1. Install the intermediate "
                                                    "certificate from your CA.")
                                  .arg(gap->missingIssuer)
                            : InstallationCheck::tr("Not trusted (%1): %2").arg(path, chain.summary());
    } else if (levels <= 1) {
        item.level = Level::Warn;
        item.sentence = InstallationCheck::tr("The certificate is itself a trusted root (self-signed). Browsers "
                                              "elsewhere will not trust it; use a certificate issued by a CA.");
    } else {
        item.sentence = InstallationCheck::tr("Complete to a trusted root, %n levels: %1. This certificate is OK.",
                                              nullptr, levels)
                            .arg(path);
    }
    return item;
}

Item ekuItem(const Certificate& c)
{
    Item item{Topic::ServerAuth, Level::Pass, InstallationCheck::tr("Server authentication"), {}};
    const QStringList& eku = c.extendedKeyUsage();
    if (!c.hasExtendedKeyUsage()) {
        item.level = Level::Warn;
        item.sentence = InstallationCheck::tr("The certificate has no Extended Key Usage. Most clients accept "
                                              "that, but some require Server Authentication; CAs include it.");
    } else if (eku.contains(QLatin1String("1.3.6.1.5.5.7.3.1"))) {
        item.sentence = InstallationCheck::tr("Valid for Server Authentication (Extended Key Usage).");
    } else if (eku.contains(QLatin1String("2.5.29.37.0"))) {
        item.level = Level::Warn;
        item.sentence = InstallationCheck::tr("Only \"any purpose\" in its Extended Key Usage; browsers expect "
                                              "Server Authentication.");
    } else {
        item.level = Level::Fail;
        item.sentence = InstallationCheck::tr("Not valid for Server Authentication (its Extended Key Usage is: "
                                              "%1). Ask your CA for a TLS server certificate.")
                            .arg(c.extendedKeyUsageNames().join(QLatin1String(", ")));
    }
    return item;
}

Item strengthItem(const Certificate& c)
{
    Item item{Topic::KeyStrength, Level::Pass, InstallationCheck::tr("Key strength"), {}};
    const QString key = c.keyDescription();
    switch (c.keyAlgorithm()) {
    case KeyAlgorithm::Rsa:
    case KeyAlgorithm::Ec: {
        const int minimum = c.keyAlgorithm() == KeyAlgorithm::Rsa ? InstallationCheck::kMinRsaBits
                                                                   : InstallationCheck::kMinEcBits;
        if (c.keyBits() < minimum) {
            item.level = Level::Fail;
            item.sentence = InstallationCheck::tr("%1 is too weak (at least %2 bits are needed). Create a new "
                                                  "request with a stronger key.")
                                .arg(key)
                                .arg(minimum);
        } else {
            item.sentence = InstallationCheck::tr("%1: strong enough.").arg(key);
        }
        break;
    }
    case KeyAlgorithm::Ed25519:
    case KeyAlgorithm::Ed448:
        item.level = Level::Warn;
        item.sentence = InstallationCheck::tr("%1 is strong, but many clients do not accept it in TLS server "
                                              "certificates yet.")
                            .arg(key);
        break;
    case KeyAlgorithm::Dsa:
    case KeyAlgorithm::Unknown:
        item.level = Level::Fail;
        item.sentence = InstallationCheck::tr("%1 is not accepted by browsers. Create a new request with RSA "
                                              "2048 or more, or ECDSA P-256.")
                            .arg(key);
        break;
    }
    return item;
}

bool weakDigest(const QString& digest)
{
    const QString d = digest.toUpper();
    return d == QLatin1String("SHA1") || d == QLatin1String("MD5") || d == QLatin1String("MD2")
        || d == QLatin1String("MD4");
}

Item signatureItem(const Certificate& c, const ChainResult& chain)
{
    Item item{Topic::Signature, Level::Pass, InstallationCheck::tr("Signature"), {}};
    // A root's own signature does not matter (it is trusted by being there);
    // every other signature on the path does.
    QStringList weak;
    if (weakDigest(c.signatureDigest()))
        weak << c.subject().displayName();
    for (const ChainNode& n : chain.nodes) {
        if (!n.isGap() && !n.trustAnchor && n.certificate.sha1() != c.sha1()
            && weakDigest(n.certificate.signatureDigest()))
            weak << n.certificate.subject().displayName();
    }
    if (!weak.isEmpty()) {
        item.level = Level::Fail;
        item.sentence = InstallationCheck::tr("Signed with a broken hash (SHA-1 or older): %1. Browsers reject "
                                              "it; ask your CA to re-issue with SHA-256.")
                            .arg(weak.join(QLatin1String(", ")));
    } else {
        item.sentence = InstallationCheck::tr("Signed with %1.").arg(c.signatureAlgorithm());
    }
    return item;
}

} // namespace

Result<InstallationCheck::Report> InstallationCheck::run(CertificateStore& store, const StoreContents& contents,
                                                         const QString& sha1, const QDateTime& at)
{
    const StoreEntry* entry = contents.find(StoreKind::Personal, sha1.toUpper());
    if (!entry)
        return makeError(ErrorKind::NotFound,
                         tr("No certificate with thumbprint %1 is in Personal. Verify installation checks a server "
                            "certificate in Personal.")
                             .arg(sha1));
    const Result<PrivateKey> key = entry->hasPrivateKey
        ? store.privateKey(StoreKind::Personal, entry->id)
        : Result<PrivateKey>(makeError(ErrorKind::KeyMissing, tr("No private key.")));
    return evaluate(*entry, key, contents, at);
}

InstallationCheck::Report InstallationCheck::evaluate(const StoreEntry& entry, const Result<PrivateKey>& key,
                                                      const StoreContents& contents, const QDateTime& at)
{
    Report report;
    report.certificate = entry.certificate;
    report.friendlyName = entry.friendlyName;
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    VerifyOptions options;
    options.at = when;
    report.chain = ChainVerifier::forStore(contents, options)->verify(entry.certificate);
    report.items << datesItem(entry.certificate, when) << keyItem(entry, key) << chainItem(report.chain)
                 << ekuItem(entry.certificate) << strengthItem(entry.certificate)
                 << signatureItem(entry.certificate, report.chain);
    return report;
}

InstallationCheck::Level InstallationCheck::Report::overall() const
{
    Level worst = Level::Pass;
    for (const Item& i : items)
        worst = std::max(worst, i.level);
    return worst;
}

QString InstallationCheck::Report::summary() const
{
    switch (overall()) {
    case Level::Pass:
        return tr("The certificate is installed correctly.");
    case Level::Warn:
        return tr("The certificate is installed and usable; see the warnings.");
    case Level::Fail:
        break;
    }
    return tr("The certificate is not ready for a server: fix the failed checks.");
}

QString InstallationCheck::levelName(Level level)
{
    switch (level) {
    case Level::Pass:
        return QStringLiteral("pass");
    case Level::Warn:
        return QStringLiteral("warn");
    case Level::Fail:
        break;
    }
    return QStringLiteral("fail");
}

QString InstallationCheck::topicId(Topic topic)
{
    switch (topic) {
    case Topic::Dates:
        return QStringLiteral("dates");
    case Topic::PrivateKey:
        return QStringLiteral("private-key");
    case Topic::Chain:
        return QStringLiteral("chain");
    case Topic::ServerAuth:
        return QStringLiteral("server-auth");
    case Topic::KeyStrength:
        return QStringLiteral("key-strength");
    case Topic::Signature:
        break;
    }
    return QStringLiteral("signature");
}

} // namespace certpilot
