// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"
#include "RequestTestSupport.h"
#include "TestPki.h"
#include "request/CreateRequest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <gtest/gtest.h>

#include <cstdio>
#include <unistd.h>

using namespace certpilot;
using namespace certpilot::cli;
using namespace certpilot::test;

namespace {

struct CliRun {
    int exit = -1;
    QString out;
    QString err;
};

// Runs a certpilot-cli command in this process, with stdout and stderr
// redirected to files (CliContext writes to the real streams).
CliRun runCli(const QString& command, const QStringList& args, const QString& store, bool json = false)
{
    CliRun r;
    QTemporaryFile outFile, errFile;
    if (!outFile.open() || !errFile.open())
        return r;
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = ::dup(1);
    const int savedErr = ::dup(2);
    ::dup2(outFile.handle(), 1);
    ::dup2(errFile.handle(), 2);
    for (const Command& c : commands()) {
        if (c.name == command) {
            CliContext ctx(args, store, json);
            r.exit = c.run(ctx);
        }
    }
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(savedOut, 1);
    ::dup2(savedErr, 2);
    ::close(savedOut);
    ::close(savedErr);
    outFile.seek(0);
    errFile.seek(0);
    r.out = QString::fromUtf8(outFile.readAll());
    r.err = QString::fromUtf8(errFile.readAll());
    return r;
}

class RequestCliTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_pki = new Hierarchy(makeHierarchy(3)); }
    static void TearDownTestSuite() { delete s_pki; }
    static Hierarchy* s_pki;
    TempStore m_store;
    QTemporaryDir m_dir;
};
Hierarchy* RequestCliTest::s_pki = nullptr;

TEST_F(RequestCliTest, CommandsAreRegisteredInWorkflowOrder)
{
    QStringList names;
    for (const Command& c : commands()) {
        if (c.name == QLatin1String("request"))
            EXPECT_EQ(c.order, 40);
        if (c.name == QLatin1String("complete"))
            EXPECT_EQ(c.order, 50);
        names << c.name;
    }
    EXPECT_LT(names.indexOf(QStringLiteral("request")), names.indexOf(QStringLiteral("complete")));
}

TEST_F(RequestCliTest, RequestPrintsTheCsrAndKeepsTheKeyPending)
{
    const CliRun r = runCli(QStringLiteral("request"),
                         {QStringLiteral("--cn"), QStringLiteral("www.example.com"), QStringLiteral("--o"),
                          QStringLiteral("Example"), QStringLiteral("--c"), QStringLiteral("TW"), QStringLiteral("--san"),
                          QStringLiteral("example.com,192.0.2.1"), QStringLiteral("--san"), QStringLiteral("api.example.com"),
                          QStringLiteral("--key"), QStringLiteral("ec:P-256")},
                         m_store.path());
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QLatin1String("-----BEGIN CERTIFICATE REQUEST-----"))) << "stdout is the CSR alone";
    EXPECT_TRUE(r.out.trimmed().endsWith(QLatin1String("-----END CERTIFICATE REQUEST-----")));
    EXPECT_TRUE(r.err.contains(QLatin1String("Alternative names: www.example.com, example.com, api.example.com, 192.0.2.1")))
        << r.err.toStdString();
    auto decoded = FileDecoder::decode(r.out.toLatin1());
    ASSERT_TRUE(decoded.ok());
    ASSERT_EQ(decoded->requests.size(), 1);
    auto contents = m_store.store->load();
    const StoreEntry* pending = contents->find(StoreKind::Requests, decoded->requests.first().keyId());
    ASSERT_NE(pending, nullptr);
    EXPECT_TRUE(pending->hasPrivateKey);
}

TEST_F(RequestCliTest, RequestOutWritesTheFileAndRefusesToOverwriteOthers)
{
    const QString out = m_dir.filePath(QStringLiteral("site.csr"));
    const CliRun r = runCli(QStringLiteral("request"),
                         {QStringLiteral("--cn"), QStringLiteral("site.example.com"), QStringLiteral("--key"),
                          QStringLiteral("ec:P-384"), QStringLiteral("--hash"), QStringLiteral("sha384"),
                          QStringLiteral("--out"), out},
                         m_store.path());
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("Request saved to"))) << r.out.toStdString();
    auto decoded = FileDecoder::decodeFile(out);
    ASSERT_TRUE(decoded.ok());
    ASSERT_EQ(decoded->requests.size(), 1);
    EXPECT_EQ(decoded->requests.first().keyDescription(), QStringLiteral("ECDSA P-384"));
    EXPECT_EQ(decoded->requests.first().signatureAlgorithm(), QStringLiteral("ecdsa-with-SHA384"));

    // An older request may be replaced; a key file never.
    EXPECT_EQ(runCli(QStringLiteral("request"),
                     {QStringLiteral("--cn"), QStringLiteral("site.example.com"), QStringLiteral("--key"),
                      QStringLiteral("ec:P-256"), QStringLiteral("--out"), out},
                     m_store.path())
                  .exit,
              0);
    const QString keyFile = writeTestFile(m_dir.path(), QStringLiteral("server.key"), s_pki->leaf.key.toPem().view());
    const auto storeBefore = storeSnapshot(m_store.path());
    const CliRun refused = runCli(QStringLiteral("request"),
                               {QStringLiteral("--cn"), QStringLiteral("site.example.com"), QStringLiteral("--out"), keyFile},
                               m_store.path());
    EXPECT_EQ(refused.exit, 2);
    EXPECT_TRUE(refused.err.contains(QLatin1String("is not a certificate request"))) << refused.err.toStdString();
    EXPECT_EQ(storeSnapshot(m_store.path()), storeBefore) << "checked before any key is made";
}

TEST_F(RequestCliTest, ValidationErrorsExitTwoWithTheFieldsMessage)
{
    const auto before = storeSnapshot(m_store.path());
    const CliRun r = runCli(QStringLiteral("request"),
                         {QStringLiteral("--cn"), QStringLiteral("http://x/y"), QStringLiteral("--c"), QStringLiteral("Taiwan")},
                         m_store.path());
    EXPECT_EQ(r.exit, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("Common name (--cn): Enter the host name only, without \"http://\": for "
                                             "example x.")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("Country/region (--c): Enter the 2-letter country code, not the name: TW "
                                             "for Taiwan.")));
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(runCli(QStringLiteral("request"), {}, m_store.path()).exit, 2) << "--cn is required";
    EXPECT_EQ(runCli(QStringLiteral("request"), {QStringLiteral("--cn"), QStringLiteral("a.example.com"),
                                                 QStringLiteral("--key"), QStringLiteral("rsa:1024")},
                     m_store.path())
                  .exit,
              2);
    EXPECT_EQ(storeSnapshot(m_store.path()), before);
}

TEST_F(RequestCliTest, CompleteWithTheCasResponse)
{
    RequestDraft d;
    d.commonName = QStringLiteral("cli.example.com");
    d.key = KeySpec::ec(QStringLiteral("P-256"));
    auto created = CreateRequest::run(d, *m_store.store);
    ASSERT_TRUE(created.ok());
    const Certificate signed_ = caSigns(created->request, s_pki->intermediates[0], m_dir.path());
    const QString response = writeTestFile(m_dir.path(), QStringLiteral("server.cer"), signed_.der());

    const CliRun r = runCli(QStringLiteral("complete"), {response, QStringLiteral("--friendly-name"), QStringLiteral("CLI site")},
                         m_store.path());
    ASSERT_EQ(r.exit, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("Request completed."))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(signed_.sha1()));
    auto contents = m_store.store->load();
    const StoreEntry* done = contents->find(StoreKind::Personal, signed_.sha1());
    ASSERT_NE(done, nullptr);
    EXPECT_TRUE(done->hasPrivateKey);
    EXPECT_EQ(done->friendlyName, QStringLiteral("CLI site"));

    // Again: already completed, exit 1, nothing changed.
    const auto before = storeSnapshot(m_store.path());
    const CliRun again = runCli(QStringLiteral("complete"), {response}, m_store.path(), true);
    EXPECT_EQ(again.exit, 1);
    EXPECT_EQ(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("status")).toString(),
              QStringLiteral("already-completed"));
    EXPECT_EQ(storeSnapshot(m_store.path()), before);
}

TEST_F(RequestCliTest, CompleteWithoutAMatchingKeyExplainsCaseFive)
{
    RequestDraft d;
    d.commonName = QStringLiteral("pending.example.com");
    d.key = KeySpec::ec(QStringLiteral("P-256"));
    ASSERT_TRUE(CreateRequest::run(d, *m_store.store).ok());
    const auto before = storeSnapshot(m_store.path());
    const QString response = writeTestFile(m_dir.path(), QStringLiteral("server.cer"), s_pki->leaf.cert.toPem());
    const CliRun r = runCli(QStringLiteral("complete"), {response}, m_store.path());
    EXPECT_EQ(r.exit, 1);
    EXPECT_TRUE(r.err.contains(QLatin1String("No private key in this store belongs to"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("pending.example.com"))) << "lists what it searched";
    EXPECT_TRUE(r.err.contains(QLatin1String("PFX backup")));
    EXPECT_EQ(storeSnapshot(m_store.path()), before);

    const CliRun json = runCli(QStringLiteral("complete"), {response}, m_store.path(), true);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("no-matching-key"));
    EXPECT_EQ(o.value(QStringLiteral("searched")).toArray().size(), 1);
    EXPECT_EQ(runCli(QStringLiteral("complete"), {}, m_store.path()).exit, 2);
}

} // namespace
