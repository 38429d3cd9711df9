// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFormat.h"

#include <QJsonArray>

namespace certpilot::cli {

QString statusId(ChainStatus status)
{
    switch (status) {
    case ChainStatus::Ok: return QStringLiteral("ok");
    case ChainStatus::Expired: return QStringLiteral("expired");
    case ChainStatus::NotYetValid: return QStringLiteral("not-yet-valid");
    case ChainStatus::IssuerMissing: return QStringLiteral("issuer-missing");
    case ChainStatus::RootNotTrusted: return QStringLiteral("root-not-trusted");
    case ChainStatus::SignatureInvalid: return QStringLiteral("signature-invalid");
    case ChainStatus::NotACa: return QStringLiteral("not-a-ca");
    case ChainStatus::SelfSignedLeaf: return QStringLiteral("self-signed");
    case ChainStatus::InvalidPurpose: return QStringLiteral("invalid-purpose");
    case ChainStatus::HostnameMismatch: return QStringLiteral("hostname-mismatch");
    case ChainStatus::NameConstraints: return QStringLiteral("name-constraints");
    case ChainStatus::PathLength: return QStringLiteral("path-length");
    case ChainStatus::WeakCrypto: return QStringLiteral("weak-crypto");
    case ChainStatus::Malformed: return QStringLiteral("malformed");
    case ChainStatus::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QJsonObject certificateJson(const Certificate& c)
{
    QJsonArray sans;
    for (const SubjectAltName& s : c.subjectAltNames())
        sans.append(s.value);
    return QJsonObject{
        {QStringLiteral("subject"), c.subject().toString()},
        {QStringLiteral("issuer"), c.issuer().toString()},
        {QStringLiteral("serial"), c.serialHex()},
        {QStringLiteral("notBefore"), c.notBefore().toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), c.notAfter().toString(Qt::ISODate)},
        {QStringLiteral("daysLeft"), c.daysLeft()},
        {QStringLiteral("subjectAltNames"), sans},
        {QStringLiteral("key"), c.keyDescription()},
        {QStringLiteral("signatureAlgorithm"), c.signatureAlgorithm()},
        {QStringLiteral("keyUsage"), QJsonArray::fromStringList(c.keyUsageNames())},
        {QStringLiteral("extendedKeyUsage"), QJsonArray::fromStringList(c.extendedKeyUsageNames())},
        {QStringLiteral("isCa"), c.isCa()},
        {QStringLiteral("pathLength"), c.pathLength()},
        {QStringLiteral("subjectKeyId"), QString::fromLatin1(c.subjectKeyId().toHex())},
        {QStringLiteral("authorityKeyId"), QString::fromLatin1(c.authorityKeyId().toHex())},
        {QStringLiteral("sha1"), c.sha1()},
        {QStringLiteral("sha256"), c.sha256()},
    };
}

QJsonObject entryJson(const StoreEntry& e)
{
    QJsonObject o;
    if (e.isRequest()) {
        QJsonArray sans;
        for (const SubjectAltName& s : e.request.subjectAltNames())
            sans.append(s.value);
        o = QJsonObject{{QStringLiteral("subject"), e.request.subject().toString()},
                        {QStringLiteral("subjectAltNames"), sans},
                        {QStringLiteral("key"), e.request.keyDescription()}};
    } else {
        o = certificateJson(e.certificate);
    }
    o.insert(QStringLiteral("store"), StoreKindText::id(e.kind));
    o.insert(QStringLiteral("id"), e.id);
    o.insert(QStringLiteral("friendlyName"), e.friendlyName);
    o.insert(QStringLiteral("hasPrivateKey"), e.hasPrivateKey);
    o.insert(QStringLiteral("added"), e.added.toString(Qt::ISODate));
    return o;
}

QJsonObject chainJson(const ChainResult& chain)
{
    QJsonArray nodes;
    for (const ChainNode& n : chain.nodes) {
        QJsonArray problems;
        for (const ChainProblem& p : n.problems)
            problems.append(QJsonObject{{QStringLiteral("status"), statusId(p.status)},
                                        {QStringLiteral("opensslCode"), p.opensslCode},
                                        {QStringLiteral("opensslText"), p.opensslText}});
        QJsonObject node{{QStringLiteral("status"), statusId(n.status())},
                         {QStringLiteral("explanation"), n.explanation()},
                         {QStringLiteral("problems"), problems},
                         {QStringLiteral("trustAnchor"), n.trustAnchor}};
        if (n.isGap()) {
            node.insert(QStringLiteral("missingIssuer"), n.missingIssuer);
        } else {
            node.insert(QStringLiteral("subject"), n.certificate.subject().toString());
            node.insert(QStringLiteral("sha1"), n.certificate.sha1());
            node.insert(QStringLiteral("notAfter"), n.certificate.notAfter().toString(Qt::ISODate));
        }
        nodes.append(node);
    }
    return QJsonObject{{QStringLiteral("trusted"), chain.trusted},
                       {QStringLiteral("status"), statusId(chain.status)},
                       {QStringLiteral("summary"), chain.summary()},
                       {QStringLiteral("opensslError"), chain.opensslError},
                       {QStringLiteral("chain"), nodes}};
}

} // namespace certpilot::cli
