// SPDX-License-Identifier: GPL-3.0-or-later
// Steps 3 to 6 of the workflow: a CA's cert.zip read, classified, ordered,
// flagged and planned, then committed as one transaction; the server
// certificate handed to Complete Request when its key is pending here.

#include "CaDelivery.h"
#include "ChainVerifier.h"
#include "Permissions.h"
#include "RequestTestSupport.h"
#include "TestPki.h"
#include "import/CaImport.h"
#include "import/ChainOrder.h"
#include "import/InstallationCheck.h"
#include "request/CreateRequest.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

using Role = ImportPlan::Role;
using Action = ImportPlan::Action;
using Flag = ImportPlan::Flag;

class CaImportTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_three = new Hierarchy(makeHierarchy(3, QStringLiteral("www.three.example")));
        s_four = new Hierarchy(makeHierarchy(4, QStringLiteral("www.four.example")));
    }
    static void TearDownTestSuite()
    {
        delete s_three;
        delete s_four;
    }
    static Hierarchy* s_three;
    static Hierarchy* s_four;
    TempStore m_store;
    QTemporaryDir m_dir;

    StoreContents load()
    {
        auto c = m_store.store->load();
        if (!c)
            throw std::runtime_error(c.error().fullText().toStdString());
        return *c;
    }
    ImportPlan prepare(const QStringList& files, const ImportPlan::Options& options = {})
    {
        auto plan = CaImport::prepare(*m_store.store, CaImport::readSources(files), options);
        if (!plan)
            throw std::runtime_error(plan.error().fullText().toStdString());
        return *plan;
    }
    QString zipOf(const QString& name, const QList<ZipEntry>& entries)
    {
        const QString path = m_dir.filePath(name);
        writeZip(path, entries);
        return path;
    }
};
Hierarchy* CaImportTest::s_three = nullptr;
Hierarchy* CaImportTest::s_four = nullptr;

const ImportPlan::Item* itemFor(const ImportPlan& plan, const Certificate& cert)
{
    for (const ImportPlan::Item& item : plan.items()) {
        if (item.certificate == cert)
            return &item;
    }
    return nullptr;
}

ChainResult storeChain(const StoreContents& contents, const Certificate& cert)
{
    return ChainVerifier::forStore(contents)->verify(cert);
}

TEST_F(CaImportTest, ThreeAndFourTierCertZipsAreClassifiedOrderedAndInstalled)
{
    for (const Hierarchy* h : {s_three, s_four}) {
        TempStore store;
        const int tiers = int(h->intermediates.size()) + 2;
        SCOPED_TRACE(tiers);
        const QString zip = writeCertZip(m_dir.path(), *h, QStringLiteral("cert%1.zip").arg(tiers));
        auto planned = CaImport::prepare(*store.store, CaImport::readSources({zip}));
        ASSERT_TRUE(planned.ok());
        const ImportPlan& plan = *planned;
        EXPECT_TRUE(plan.problems().isEmpty());
        ASSERT_EQ(plan.items().size(), tiers);
        // Chain order, whatever the archive order (server.cer comes before uca_*.cer there).
        QList<Certificate> expected{h->root.cert};
        expected += certificatesOf(h->intermediates);
        expected << h->leaf.cert;
        for (int i = 0; i < tiers; ++i) {
            const ImportPlan::Item& item = plan.items().at(i);
            EXPECT_EQ(item.certificate, expected.at(i)) << i;
            EXPECT_EQ(item.depth, i);
            EXPECT_EQ(item.parent, i - 1);
            EXPECT_EQ(item.action, Action::Add);
            EXPECT_TRUE(item.chainAfter.trusted) << ImportPlan::statusReason(item).toStdString();
            EXPECT_EQ(ImportPlan::statusText(item), ChainStatusText::shortText(ChainStatus::Ok));
        }
        const ImportPlan::Item& root = plan.items().first();
        EXPECT_EQ(root.role, Role::Root);
        EXPECT_EQ(root.destination, StoreKind::TrustedRoot);
        EXPECT_EQ(root.sourceName, QStringLiteral("cert%1.zip/root.cer").arg(tiers));
        for (int i = 1; i < tiers - 1; ++i) {
            EXPECT_EQ(plan.items().at(i).role, Role::Intermediate);
            EXPECT_EQ(plan.items().at(i).destination, StoreKind::Intermediate);
            EXPECT_FALSE(plan.items().at(i).flags) << "a plain intermediate carries no flag";
        }
        const ImportPlan::Item& server = plan.items().last();
        EXPECT_EQ(server.role, Role::Server);
        EXPECT_EQ(server.destination, StoreKind::Personal);
        EXPECT_EQ(server.flags, ImportPlan::Flags(Flag::NoPrivateKey)) << "no key here and none pending";
        EXPECT_EQ(server.chainAfter.nodes.size(), tiers);
        EXPECT_EQ(plan.importCount(), tiers);
        ASSERT_EQ(plan.rootsToTrust().size(), 1);
        EXPECT_EQ(plan.rootsToTrust().first(), h->root.cert);

        const QStringList willDo = CaImport::describe(plan, false);
        ASSERT_EQ(willDo.size(), tiers);
        EXPECT_EQ(willDo.first(), QStringLiteral("Installs %1 in Trusted Root Certification Authorities.").arg(h->root.cert.subject().displayName()));

        const auto before = storeSnapshot(store.path());
        ASSERT_TRUE(CaImport::commit(*store.store, plan).ok());
        EXPECT_NE(storeSnapshot(store.path()), before);
        auto contents = store.store->load();
        ASSERT_TRUE(contents.ok());
        EXPECT_EQ(contents->count(StoreKind::TrustedRoot), 1);
        EXPECT_EQ(contents->count(StoreKind::Intermediate), tiers - 2);
        EXPECT_EQ(contents->count(StoreKind::Personal), 1);
        const ChainResult chain = storeChain(*contents, h->leaf.cert);
        EXPECT_TRUE(chain.trusted) << chain.summary().toStdString();
        EXPECT_EQ(chain.nodes.size(), tiers);
        EXPECT_TRUE(CaImport::describe(plan, true).first().startsWith(QLatin1String("Installed ")));

        // The same zip again: everything is there, nothing to do.
        auto again = CaImport::prepare(*store.store, CaImport::readSources({zip}));
        ASSERT_TRUE(again.ok());
        EXPECT_EQ(again->importCount(), 0);
        EXPECT_TRUE(again->change().isEmpty());
        for (const ImportPlan::Item& item : again->items()) {
            EXPECT_EQ(item.action, Action::Skip);
            EXPECT_TRUE(item.flags & Flag::DuplicateInStore);
        }
        EXPECT_EQ(again->items().first().note, QStringLiteral("Already in Trusted Root Certification Authorities."));
    }
}

TEST_F(CaImportTest, ChainOrderPutsIssuersFirstAndKeepsChainsApart)
{
    const QList<Certificate> shuffled{s_four->leaf.cert, s_three->intermediates[0].cert, s_four->intermediates[1].cert,
                                      s_three->root.cert, s_four->root.cert, s_four->intermediates[0].cert,
                                      s_three->leaf.cert};
    const ChainOrder o = ChainOrder::of(shuffled);
    QList<Certificate> ordered;
    for (int i : o.order)
        ordered << shuffled.at(i);
    EXPECT_EQ(ordered, (QList<Certificate>{s_three->root.cert, s_three->intermediates[0].cert, s_three->leaf.cert,
                                           s_four->root.cert, s_four->intermediates[0].cert,
                                           s_four->intermediates[1].cert, s_four->leaf.cert}));
    EXPECT_EQ(o.depth.at(0), 3) << "the 4-tier leaf";
    EXPECT_EQ(o.parent.at(0), 2);
    EXPECT_EQ(o.parent.at(3), -1);
    EXPECT_TRUE(ChainOrder::mayHaveIssued(s_four->intermediates[1].cert, s_four->leaf.cert));
    EXPECT_FALSE(ChainOrder::mayHaveIssued(s_three->intermediates[0].cert, s_four->leaf.cert));
    EXPECT_FALSE(ChainOrder::mayHaveIssued(s_four->leaf.cert, s_four->leaf.cert));
}

TEST_F(CaImportTest, ExpiredCrossSignedAndDuplicateCertificatesAreFlagged)
{
    const Hierarchy& h = *s_three;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Issued expired = makeIntermediate(h.root, QStringLiteral("Old Intermediate CA"), now.addDays(-800),
                                            now.addDays(-2));
    // The intermediate's key and subject, signed by another root: a cross certificate.
    const Issued otherRoot = makeRoot(QStringLiteral("Other Root CA"));
    CertificateSpec spec;
    spec.subject = {{"C", "TW"}, {"O", "CertPilot Test"}, {"CN", h.intermediates[0].cert.subject().displayName()}};
    spec.isCa = true;
    spec.notBefore = now.addDays(-10);
    spec.notAfter = now.addDays(1000);
    auto cross = CertificateBuilder::issue(spec, h.intermediates[0].key, otherRoot.cert, otherRoot.key);
    ASSERT_TRUE(cross.ok());
    ASSERT_EQ(cross->subject(), h.intermediates[0].cert.subject());

    ASSERT_TRUE(m_store.store->commit(StoreChange().addCertificate(StoreKind::TrustedRoot, h.root.cert)).ok());
    const QString zip = zipOf(QStringLiteral("cert.zip"),
                              {{QStringLiteral("root.cer"), h.root.cert.der()},
                               {QStringLiteral("uca.cer"), crlf(h.intermediates[0].cert.toPem())},
                               {QStringLiteral("uca_cross.cer"), cross->der()},
                               {QStringLiteral("uca_old.cer"), expired.cert.toPem()},
                               {QStringLiteral("server.cer"), crlf(h.leaf.cert.toPem())},
                               {QStringLiteral("server-copy.cer"), h.leaf.cert.der()}});
    const ImportPlan plan = prepare({zip});
    ASSERT_EQ(plan.items().size(), 6);

    const ImportPlan::Item* root = itemFor(plan, h.root.cert);
    ASSERT_NE(root, nullptr);
    EXPECT_EQ(root->action, Action::Skip);
    EXPECT_EQ(root->flags, ImportPlan::Flags(Flag::DuplicateInStore));
    EXPECT_TRUE(root->chainAfter.trusted) << "already trusted";
    EXPECT_FALSE(plan.addsTrustedRoot()) << "the root is installed already: no trust decision";

    const ImportPlan::Item* old = itemFor(plan, expired.cert);
    ASSERT_NE(old, nullptr);
    EXPECT_TRUE(old->flags & Flag::Expired);
    EXPECT_FALSE(old->chainAfter.trusted);
    EXPECT_EQ(old->chainAfter.status, ChainStatus::Expired);
    EXPECT_EQ(ImportPlan::statusText(*old), ChainStatusText::shortText(ChainStatus::Expired));
    EXPECT_TRUE(ImportPlan::flagTexts(old->flags).contains(QStringLiteral("expired")));

    const ImportPlan::Item* x = itemFor(plan, *cross);
    ASSERT_NE(x, nullptr);
    EXPECT_TRUE(x->flags & Flag::CrossSigned);
    EXPECT_EQ(x->role, Role::Intermediate);
    EXPECT_EQ(x->chainAfter.status, ChainStatus::IssuerMissing) << "Other Root CA is not sent, not installed";
    const ImportPlan::Item* twin = itemFor(plan, h.intermediates[0].cert);
    ASSERT_NE(twin, nullptr);
    EXPECT_TRUE(twin->flags & Flag::CrossSigned) << "both members of the pair";
    EXPECT_TRUE(twin->chainAfter.trusted);
    EXPECT_EQ(twin->depth, 1);
    EXPECT_EQ(plan.items().at(twin->parent).certificate, h.root.cert);
    EXPECT_TRUE(ImportPlan::flagTexts(twin->flags).contains(QStringLiteral("cross-signed")));

    int copies = 0;
    for (const ImportPlan::Item& item : plan.items()) {
        if (item.certificate != h.leaf.cert)
            continue;
        ++copies;
        if (item.sourceName == QLatin1String("cert.zip/server-copy.cer")) {
            EXPECT_EQ(item.action, Action::Skip);
            EXPECT_TRUE(item.flags & Flag::DuplicateInImport);
            EXPECT_EQ(item.note, QStringLiteral("Appears more than once in this import."));
        } else {
            EXPECT_EQ(item.action, Action::Add);
            EXPECT_TRUE(item.chainAfter.trusted) << "through the intermediate of this import";
        }
    }
    EXPECT_EQ(copies, 2);
    EXPECT_EQ(plan.importCount(), 4) << "intermediate, cross, old intermediate, server";
}

TEST_F(CaImportTest, DeclinedRootsStayOutAndTheChainSaysSo)
{
    const Hierarchy& h = *s_four;
    const ImportPlan plan = prepare({writeCertZip(m_dir.path(), h)});
    ASSERT_TRUE(plan.addsTrustedRoot());
    const ImportPlan declined = plan.withRootsDeclined({h.root.cert.sha1()});
    EXPECT_FALSE(declined.addsTrustedRoot());
    EXPECT_EQ(declined.importCount(), 3);
    const ImportPlan::Item& root = declined.items().first();
    EXPECT_EQ(root.action, Action::Skip);
    EXPECT_TRUE(root.note.contains(QLatin1String("did not confirm")));
    for (int i = 1; i < declined.items().size(); ++i) {
        EXPECT_FALSE(declined.items().at(i).chainAfter.trusted);
        EXPECT_EQ(declined.items().at(i).chainAfter.status, ChainStatus::IssuerMissing) << "the store lacks the root";
        EXPECT_TRUE(declined.items().at(i).note.contains(
            QLatin1String("Its root, Test Root CA 4, is not installed because you did not trust it")))
            << declined.items().at(i).note.toStdString();
    }
    EXPECT_TRUE(plan.items().last().chainAfter.trusted) << "the original plan is a value, unchanged";
    EXPECT_EQ(plan.withRootsDeclined({QStringLiteral("00")}).importCount(), plan.importCount());

    ASSERT_TRUE(CaImport::commit(*m_store.store, declined).ok());
    const StoreContents contents = load();
    EXPECT_EQ(contents.count(StoreKind::TrustedRoot), 0);
    EXPECT_EQ(contents.findByThumbprint(h.root.cert.sha1()), nullptr);
    EXPECT_EQ(contents.count(StoreKind::Intermediate), 2);
    EXPECT_EQ(storeChain(contents, h.leaf.cert).status, ChainStatus::IssuerMissing);
}

TEST_F(CaImportTest, ServerCertificateOfAPendingRequestIsHandedToCompleteRequest)
{
    const Hierarchy& h = *s_four;
    RequestDraft draft;
    draft.commonName = QStringLiteral("shop.example.com");
    draft.key = KeySpec::ec(QStringLiteral("P-256"));
    auto created = CreateRequest::run(draft, *m_store.store);
    ASSERT_TRUE(created.ok()) << created.error().fullText().toStdString();
    const Certificate server = caSigns(created->request, h.intermediates[1], m_dir.path(), ResponseFormat::Der);
    const QString zip = zipOf(QStringLiteral("cert.zip"),
                              caDeliveryEntries(h.root.cert, certificatesOf(h.intermediates), server));
    ImportPlan::Options options;
    options.friendlyName = QStringLiteral("Shop 2026");
    const ImportPlan plan = prepare({zip}, options);
    const ImportPlan::Item* item = itemFor(plan, server);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->handsOffToCompleteRequest()) << item->note.toStdString();
    EXPECT_EQ(item->pendingRequestId, created->request.keyId());
    EXPECT_EQ(item->flags, ImportPlan::Flags(Flag::CompletesRequest));
    EXPECT_TRUE(item->chainAfter.trusted);
    EXPECT_TRUE(CaImport::describe(plan, false).last().startsWith(QLatin1String("Completes the pending request")));

    ASSERT_TRUE(CaImport::commit(*m_store.store, plan).ok());
    const StoreContents contents = load();
    EXPECT_EQ(contents.count(StoreKind::Requests), 0) << "the pending request is done";
    const StoreEntry* done = contents.find(StoreKind::Personal, server.sha1());
    ASSERT_NE(done, nullptr);
    EXPECT_TRUE(done->hasPrivateKey);
    EXPECT_EQ(done->friendlyName, QStringLiteral("Shop 2026"));
    EXPECT_EQ(contents.count(StoreKind::Intermediate), 2) << "each intermediate once, not again by Complete Request";
    EXPECT_TRUE(storeChain(contents, server).trusted);
    auto check = InstallationCheck::run(*m_store.store, contents, server.sha1());
    ASSERT_TRUE(check.ok());
    EXPECT_NE(check->overall(), InstallationCheck::Level::Fail) << check->summary().toStdString();
}

TEST_F(CaImportTest, AKeyInTheSameImportGoesWithItsCertificate)
{
    const Hierarchy& h = *s_three;
    QList<ZipEntry> entries = caDeliveryEntries(h.root.cert, certificatesOf(h.intermediates), h.leaf.cert);
    entries << ZipEntry{QStringLiteral("server.key"), h.leaf.key.toPem().view()};
    const ImportPlan plan = prepare({zipOf(QStringLiteral("cert.zip"), entries)});
    const ImportPlan::Item& server = plan.items().last();
    EXPECT_EQ(server.certificate, h.leaf.cert);
    EXPECT_FALSE(server.key.isNull());
    EXPECT_EQ(server.keySourceName, QStringLiteral("cert.zip/server.key"));
    EXPECT_FALSE(server.flags & Flag::NoPrivateKey);
    ASSERT_TRUE(CaImport::commit(*m_store.store, plan).ok());
    const StoreContents contents = load();   // find() points into it: keep it alive
    const StoreEntry* stored = contents.find(StoreKind::Personal, h.leaf.cert.sha1());
    ASSERT_NE(stored, nullptr);
    EXPECT_TRUE(stored->hasPrivateKey);

    // A certificate in Personal without its key gets the key later (case 5 cured).
    TempStore other;
    ASSERT_TRUE(other.store->commit(StoreChange().addCertificate(StoreKind::Personal, h.leaf.cert)).ok());
    const QString keyFile = m_dir.filePath(QStringLiteral("server.key"));
    writeFile(keyFile, h.leaf.key.toPem().view());
    auto addKey = CaImport::prepare(*other.store, CaImport::readSources({keyFile}));
    ASSERT_TRUE(addKey.ok());
    ASSERT_EQ(addKey->items().size(), 1);
    EXPECT_EQ(addKey->items().first().action, Action::AddKey);
    ASSERT_TRUE(CaImport::commit(*other.store, *addKey).ok());
    auto after = other.store->load();
    EXPECT_TRUE(after->find(StoreKind::Personal, h.leaf.cert.sha1())->hasPrivateKey);
}

TEST_F(CaImportTest, AFailingCommitLeavesTheStoreByteForByteUnchanged)
{
    const Hierarchy& h = *s_four;
    ASSERT_TRUE(m_store.store->commit(StoreChange().addCertificate(StoreKind::Intermediate, h.intermediates[0].cert)).ok());
    const ImportPlan plan = prepare({writeCertZip(m_dir.path(), h)});
    ASSERT_EQ(plan.importCount(), 3) << "root, second intermediate, server";
    const QString personal = m_store.path() + QStringLiteral("/personal");
    ASSERT_EQ(::chmod(QFile::encodeName(personal).constData(), 0500), 0);
    {
        EnforceFilePermissions enforce;
        const auto before = storeSnapshot(m_store.path());
        auto done = CaImport::commit(*m_store.store, plan);
        ASSERT_FALSE(done.ok()) << "Personal cannot be written";
        EXPECT_TRUE(done.error().message.startsWith(QLatin1String("Nothing was imported:")))
            << done.error().message.toStdString();
        EXPECT_TRUE(done.error().message.contains(QLatin1String("The store is as it was before.")));
        EXPECT_EQ(storeSnapshot(m_store.path()), before) << "no root, no intermediate written either";
    }
    ::chmod(QFile::encodeName(personal).constData(), 0700);
    const StoreContents contents = load();
    EXPECT_EQ(contents.count(StoreKind::TrustedRoot), 0);
    EXPECT_EQ(contents.count(StoreKind::Intermediate), 1);
}

TEST_F(CaImportTest, MissingIntermediateShowsInTheStatusAfterImport)
{
    const Hierarchy& h = *s_four;
    const QString zip = zipOf(QStringLiteral("cert.zip"), {{QStringLiteral("root.cer"), h.root.cert.der()},
                                                           {QStringLiteral("uca_1.cer"), h.intermediates[0].cert.der()},
                                                           {QStringLiteral("server.cer"), h.leaf.cert.der()}});
    const ImportPlan plan = prepare({zip});
    const ImportPlan::Item* server = itemFor(plan, h.leaf.cert);
    ASSERT_NE(server, nullptr);
    EXPECT_EQ(server->depth, 0) << "its issuer is not in the import";
    EXPECT_EQ(server->parent, -1);
    EXPECT_EQ(server->chainAfter.status, ChainStatus::IssuerMissing);
    EXPECT_FALSE(ImportPlan::statusReason(*server).isEmpty());
    EXPECT_TRUE(itemFor(plan, h.intermediates[0].cert)->chainAfter.trusted);
}

TEST_F(CaImportTest, ExplicitRolesAreTheUsersChoice)
{
    const Hierarchy& h = *s_three;
    const QString rootFile = m_dir.filePath(QStringLiteral("root.cer"));
    writeFile(rootFile, h.root.cert.der());
    ImportPlan::Options options;
    options.role = ImportPlan::RoleChoice::Intermediate;
    const ImportPlan plan = prepare({rootFile}, options);
    ASSERT_EQ(plan.items().size(), 1);
    const ImportPlan::Item& item = plan.items().first();
    EXPECT_EQ(item.role, Role::Intermediate);
    EXPECT_EQ(item.destination, StoreKind::Intermediate);
    EXPECT_TRUE(item.flags & Flag::ExplicitRole);
    EXPECT_TRUE(item.flags & Flag::SelfSignedNotAnchor);
    EXPECT_FALSE(plan.addsTrustedRoot()) << "never a trust anchor this way";

    const QString ucaFile = m_dir.filePath(QStringLiteral("uca.cer"));
    writeFile(ucaFile, h.intermediates[0].cert.toPem());
    options.role = ImportPlan::RoleChoice::Root;
    const ImportPlan asRoot = prepare({ucaFile}, options);
    EXPECT_EQ(asRoot.items().first().role, Role::Root);
    EXPECT_TRUE(asRoot.items().first().flags & Flag::ExplicitRole);
    EXPECT_TRUE(asRoot.addsTrustedRoot());
}

TEST_F(CaImportTest, WhatCannotBeImportedIsListedInWords)
{
    const Hierarchy& h = *s_three;
    RequestDraft draft;
    draft.commonName = QStringLiteral("csr.example.com");
    draft.key = KeySpec::ec(QStringLiteral("P-256"));
    auto made = CreateRequest::generate(draft);
    ASSERT_TRUE(made.ok());
    const Issued stranger = makeLeaf(h.root, QStringLiteral("stranger.example"));
    const QString zip = zipOf(QStringLiteral("cert.zip"),
                              {{QStringLiteral("request.csr"), made->request.toPem()},
                               {QStringLiteral("orphan.key"), stranger.key.toPem().view()},
                               {QStringLiteral("notes.txt"), QByteArray("hello")}});
    const ImportPlan plan = prepare({zip});
    EXPECT_TRUE(plan.items().isEmpty());
    ASSERT_EQ(plan.problems().size(), 3);
    EXPECT_TRUE(plan.problems().at(0).message.contains(QLatin1String("requests are not imported")));
    EXPECT_EQ(plan.problems().at(2).sourceName, QStringLiteral("cert.zip/orphan.key"));
    EXPECT_TRUE(plan.problems().at(2).message.contains(QLatin1String("belongs to no certificate")));
    EXPECT_TRUE(plan.change().isEmpty());
}

} // namespace
