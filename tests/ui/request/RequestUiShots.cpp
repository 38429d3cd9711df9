// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every page of the request wizards to PNG for looking at (not a test):
//   certpilot_request_ui_shots [DIR]   (default /tmp/certpilot-shots/request)

#include "../../unit/RequestTestSupport.h"
#include "RequestUiFixture.h"
#include "request/CompleteRequestDialog.h"
#include "request/CreateRequest.h"
#include "request/CreateRequestWizard.h"
#include "settings/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace certpilot;
using namespace certpilot::test;

namespace {

QString g_dir;

void shoot(QWidget* w, const QString& name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(g_dir).filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

void type(QWidget* root, const char* name, const QString& text)
{
    auto* e = find<QLineEdit>(root, name);
    typeText(e, text);
}

void clickNext(QWizard& w)
{
    QTest::mouseClick(w.button(w.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton),
                      Qt::LeftButton);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // scripts/update-help-images renders the windows in each language for the user guide.
    if (qEnvironmentVariableIsSet("CERTPILOT_SHOTS_LANGUAGE"))
        Translations::install(app, qEnvironmentVariable("CERTPILOT_SHOTS_LANGUAGE"));
    g_dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/certpilot-shots/request");
    QDir().mkpath(g_dir);
    SessionOnTempStore env;
    const Hierarchy pki = makeHierarchy(3);
    QTemporaryDir work;

    {
        CreateRequestWizard wizard(env.session.get());
        wizard.show();
        shoot(&wizard, QStringLiteral("01-subject-empty"));
        type(&wizard, "commonNameLineEdit", QStringLiteral("http://x/y"));
        type(&wizard, "organizationLineEdit", QStringLiteral("\u53f0\u7063\u79d1\u6280"));
        type(&wizard, "countryLineEdit", QStringLiteral("Taiwan"));
        shoot(&wizard, QStringLiteral("02-subject-errors"));
        for (const char* name : {"commonNameLineEdit", "organizationLineEdit", "countryLineEdit"})
            find<QLineEdit>(&wizard, name)->clear();
        type(&wizard, "commonNameLineEdit", QStringLiteral("www.example.com"));
        type(&wizard, "organizationLineEdit", QStringLiteral("Example Co., Ltd."));
        type(&wizard, "organizationalUnitLineEdit", QStringLiteral("IT"));
        type(&wizard, "localityLineEdit", QStringLiteral("TAIPEI"));
        type(&wizard, "stateLineEdit", QStringLiteral("TAIWAN"));
        type(&wizard, "countryLineEdit", QStringLiteral("TW"));
        shoot(&wizard, QStringLiteral("03-subject-valid"));
        clickNext(wizard);
        typeText(find<QPlainTextEdit>(&wizard, "alternativeNamesPlainTextEdit"),
                         QStringLiteral("shop.example.com\nhttp://bad.example.com/x"));
        shoot(&wizard, QStringLiteral("04-names-error"));
        find<QPlainTextEdit>(&wizard, "alternativeNamesPlainTextEdit")->setPlainText(QStringLiteral("shop.example.com\n192.0.2.10"));
        shoot(&wizard, QStringLiteral("05-names"));
        clickNext(wizard);
        shoot(&wizard, QStringLiteral("06-key"));
        clickNext(wizard);
        shoot(&wizard, QStringLiteral("07-generating"));
        (void)QTest::qWaitFor([&] { return wizard.currentId() == CreateRequestWizard::ResultPageId; }, 60000);
        shoot(&wizard, QStringLiteral("08-result"));
    }

    RequestDraft d;
    d.commonName = QStringLiteral("www.example.com");
    d.key = KeySpec::ec(QStringLiteral("P-256"));
    auto created = CreateRequest::run(d, *env.temp.store);
    env.reload();
    const Certificate signed_ = caSigns(created->request, pki.intermediates[0], work.path());
    const QString p7b = writeP7b(work.path(), QStringLiteral("cert.p7b"), {pki.root.cert, pki.intermediates[0].cert, signed_});
    const QString other = writeTestFile(work.path(), QStringLiteral("server.cer"), pki.leaf.cert.toPem());
    {
        CompleteRequestDialog dialog(env.session.get(), [] {});
        dialog.show();
        shoot(&dialog, QStringLiteral("10-complete-empty"));
        dialog.setFiles({p7b});
        (void)QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000);
        shoot(&dialog, QStringLiteral("11-complete-ready"));
        dialog.setFiles({other});
        (void)QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000);
        shoot(&dialog, QStringLiteral("12-complete-no-key"));
        dialog.setFiles({p7b});
        (void)QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000);
        QTest::mouseClick(find<QAbstractButton>(&dialog, "completePushButton"), Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return dialog.isCompleted(); }, 60000);
        shoot(&dialog, QStringLiteral("13-complete-done"));
    }
    env.session->waitForIdle();
    return 0;
}
