// SPDX-License-Identifier: GPL-3.0-or-later
// `certpilot request.csr`: a request file read for checking before it goes to
// the CA, made by openssl the way admins make them on a server.

#include "OpensslCli.h"
#include "RequestView.h"
#include "StoreSession.h"
#include "TestPki.h"
#include "pemdir/PemDirStore.h"
#include "request/RequestFileDialog.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

class RequestFileDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = PemDirStore::open(m_dir.filePath(QStringLiteral("store")));
        ASSERT_TRUE(store);
        m_session = std::make_unique<StoreSession>(std::shared_ptr<CertificateStore>(std::move(store).value()));
    }

    QString makeCsr(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const CliResult r = runOpenssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                                        QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                        QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                        QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("server.key")),
                                        QStringLiteral("-subj"), QStringLiteral("/CN=shop.example.com/O=Example Co"),
                                        QStringLiteral("-addext"),
                                        QStringLiteral("subjectAltName=DNS:shop.example.com,DNS:www.example.com"),
                                        QStringLiteral("-out"), path});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return path;
    }

    // Waits until the dialog has read its file (its status leaves "Reading").
    QString statusAfterReading(RequestFileDialog* dialog)
    {
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("requestFileStatusLabel"));
        QDeadlineTimer deadline(30000);
        while (status->text().startsWith(QLatin1String("Reading")) && !deadline.hasExpired())
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        return status->text();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<StoreSession> m_session;
};

TEST_F(RequestFileDialogTest, ShowsWhatTheRequestAsksFor)
{
    RequestFileDialog dialog(m_session.get(), makeCsr(QStringLiteral("shop.csr")));
    dialog.show();
    EXPECT_TRUE(statusAfterReading(&dialog).contains(QLatin1String("intact")));
    auto* view = dialog.findChild<RequestView*>();
    ASSERT_TRUE(view->isVisible());
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("requestSubjectLabel"))->text().contains(
        QLatin1String("shop.example.com")));
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("requestNamesLabel"))->text(),
              QStringLiteral("shop.example.com, www.example.com"));
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("requestKeyLabel"))->text().contains(QLatin1String("256")));
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("requestPrivateKeyLabel"))->text().contains(
        QLatin1String("does not hold the private key")));
    EXPECT_TRUE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("requestPemTextEdit"))->toPlainText().startsWith(
        QLatin1String("-----BEGIN CERTIFICATE REQUEST-----")));
}

TEST_F(RequestFileDialogTest, AnAlteredRequestIsNotToBeSent)
{
    // The same request with its subject's CN changed after signing.
    const QString path = makeCsr(QStringLiteral("altered.csr"));
    const CliResult der = runOpenssl({QStringLiteral("req"), QStringLiteral("-in"), path, QStringLiteral("-outform"),
                                      QStringLiteral("DER")});
    ASSERT_EQ(der.exitCode, 0);
    QByteArray bytes = der.out;
    const int at = bytes.indexOf("shop.example.com");
    ASSERT_GE(at, 0);
    bytes[at] = 'x';
    const QString alteredPath = m_dir.filePath(QStringLiteral("altered.req"));
    writeFile(alteredPath, bytes);
    RequestFileDialog dialog(m_session.get(), alteredPath);
    dialog.show();
    EXPECT_TRUE(statusAfterReading(&dialog).contains(QLatin1String("does not match its key")));
}

TEST_F(RequestFileDialogTest, CertificatesInARequestFileGoToImport)
{
    const Issued root = makeRoot(QStringLiteral("Mislabelled Root"));
    const QString path = m_dir.filePath(QStringLiteral("root.csr"));
    writeFile(path, root.cert.toPem());
    RequestFileDialog dialog(m_session.get(), path);
    QSignalSpy found(&dialog, &RequestFileDialog::certificatesFound);
    dialog.show();
    EXPECT_TRUE(statusAfterReading(&dialog).contains(QLatin1String("holds certificates")));
    ASSERT_EQ(found.count(), 1);
    EXPECT_EQ(found.first().first().toString(), path);
}

TEST_F(RequestFileDialogTest, GarbageSaysWhatARequestLooksLike)
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.csr"));
    writeFile(path, QByteArray(512, '\x07'));
    RequestFileDialog dialog(m_session.get(), path);
    dialog.show();
    EXPECT_TRUE(statusAfterReading(&dialog).contains(QLatin1String("cannot be read")));
    EXPECT_FALSE(dialog.findChild<RequestView*>()->isVisible());
}

} // namespace
