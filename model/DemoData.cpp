// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "CertificateBuilder.h"
#include "CsrBuilder.h"

namespace certpilot {

namespace {

struct Issued {
    Certificate cert;
    PrivateKey key;
};

Result<Issued> make(const CertificateSpec& spec, const KeySpec& keySpec, const Issued* issuer)
{
    auto key = PrivateKey::generate(keySpec);
    if (!key)
        return key.error();
    auto cert = issuer ? CertificateBuilder::issue(spec, *key, issuer->cert, issuer->key)
                       : CertificateBuilder::selfSigned(spec, *key);
    if (!cert)
        return cert.error();
    return Issued{*cert, *key};
}

CertificateSpec caSpec(const NameSpec& name, const QDateTime& from, int years, int pathLength)
{
    CertificateSpec s;
    s.subject = name;
    s.isCa = true;
    s.pathLength = pathLength;
    s.notBefore = from;
    s.notAfter = from.addYears(years);
    return s;
}

CertificateSpec leafSpec(const NameSpec& name, const QStringList& dns, const QDateTime& from, const QDateTime& to)
{
    CertificateSpec s;
    s.subject = name;
    s.dnsNames = dns;
    s.notBefore = from;
    s.notAfter = to;
    return s;
}

} // namespace

Result<void> DemoData::populate(CertificateStore& store, const QDateTime& now)
{
    const QDateTime longAgo = now.addYears(-3);
    StoreChange change;

    // 3 tiers: root, one issuing CA, servers.
    auto root = make(caSpec({{"C", "TW"}, {"O", "CertPilot Demo"}, {"CN", "CertPilot Demo Root CA"}}, longAgo, 20, -1),
                     KeySpec::ec(QStringLiteral("P-384")), nullptr);
    if (!root)
        return root.error();
    auto issuing = make(caSpec({{"C", "TW"}, {"O", "CertPilot Demo"}, {"CN", "CertPilot Demo Issuing CA"}},
                               longAgo, 10, 0),
                        KeySpec::ec(QStringLiteral("P-256")), &*root);
    if (!issuing)
        return issuing.error();
    const NameSpec org{{"C", "TW"}, {"ST", "TAIWAN"}, {"L", "TAIPEI"}, {"O", "Example Ltd"}, {"OU", "IT"}};
    auto www = make(leafSpec(org + NameSpec{{"CN", "www.example.com"}}, {"www.example.com", "example.com"},
                             now.addDays(-90), now.addDays(275)),
                    KeySpec::rsa(2048), &*issuing);
    auto mail = make(leafSpec(org + NameSpec{{"CN", "mail.example.com"}}, {"mail.example.com"}, now.addDays(-377),
                              now.addDays(20)),
                     KeySpec::rsa(2048), &*issuing);
    auto old = make(leafSpec(org + NameSpec{{"CN", "old.example.com"}}, {"old.example.com"}, now.addDays(-420),
                             now.addDays(-23)),
                    KeySpec::ec(QStringLiteral("P-256")), &*issuing);
    for (const auto* leaf : {&www, &mail, &old}) {
        if (!*leaf)
            return leaf->error();
    }

    // 4 tiers: root, policy CA, issuing CA, servers; names in Chinese too.
    const NameSpec formosa{{"C", "TW"}, {"O", QStringLiteral("福爾摩沙信任服務 Formosa Trust")}};
    auto froot = make(caSpec(formosa + NameSpec{{"CN", "Formosa Trust Root CA"}}, longAgo, 25, -1),
                      KeySpec::ec(QStringLiteral("P-384")), nullptr);
    if (!froot)
        return froot.error();
    auto policy = make(caSpec(formosa + NameSpec{{"CN", "Formosa Trust Policy CA"}}, longAgo, 15, 1),
                       KeySpec::ec(QStringLiteral("P-384")), &*froot);
    if (!policy)
        return policy.error();
    auto ssl = make(caSpec(formosa + NameSpec{{"CN", "Formosa Trust SSL CA G2"}}, longAgo, 8, 0),
                    KeySpec::ec(QStringLiteral("P-256")), &*policy);
    if (!ssl)
        return ssl.error();
    const NameSpec shopOrg{{"C", "TW"}, {"L", "TAICHUNG"}, {"O", QStringLiteral("範例商店 Example Shop")}};
    auto shop = make(leafSpec(shopOrg + NameSpec{{"CN", "shop.example.tw"}}, {"shop.example.tw", "www.shop.example.tw"},
                              now.addDays(-30), now.addDays(335)),
                     KeySpec::rsa(2048), &*ssl);
    auto api = make(leafSpec(shopOrg + NameSpec{{"CN", "api.example.tw"}}, {"api.example.tw"}, now.addDays(-200),
                             now.addDays(165)),
                    KeySpec::ec(QStringLiteral("P-256")), &*ssl);
    if (!shop)
        return shop.error();
    if (!api)
        return api.error();

    change.addCertificate(StoreKind::TrustedRoot, root->cert)
        .addCertificate(StoreKind::Intermediate, issuing->cert)
        .addCertificate(StoreKind::TrustedRoot, froot->cert)
        .addCertificate(StoreKind::Intermediate, policy->cert)
        .addCertificate(StoreKind::Intermediate, ssl->cert)
        .addCertificateWithKey(StoreKind::Personal, www->cert, www->key, tr("Example web site 2026"))
        .addCertificateWithKey(StoreKind::Personal, mail->cert, mail->key, tr("Mail server"))
        .addCertificateWithKey(StoreKind::Personal, old->cert, old->key, tr("Old site (expired)"))
        .addCertificateWithKey(StoreKind::Personal, shop->cert, shop->key, tr("Shop"))
        // Completed on another server: here the certificate has no key (WORKFLOW.md case 5).
        .addCertificate(StoreKind::Personal, api->cert, tr("API (key on another server)"));

    CsrSpec csr;
    csr.subject = org + NameSpec{{"CN", "intranet.example.com"}};
    csr.dnsNames = {"intranet.example.com"};
    auto pendingKey = PrivateKey::generate(KeySpec::rsa(2048));
    if (!pendingKey)
        return pendingKey.error();
    auto request = CsrBuilder::build(csr, *pendingKey);
    if (!request)
        return request.error();
    change.addRequest(*request, *pendingKey);
    return store.commit(change);
}

} // namespace certpilot
