// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every page of the PFX wizards to PNG files, for people to look at
// (not a test): certpilot_pfx_ui_shots [DIR]   (default /tmp/certpilot-shots/pfx)

#include "PfxUiFixture.h"
#include "pfx/ExportResultPage.h"
#include "pfx/ExportWizard.h"
#include "pfx/ImportPfxContentsPage.h"
#include "pfx/ImportPfxWizard.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace certpilot;
using namespace certpilot::test;

namespace {

QString g_dir;

void shoot(QWidget* w, const QString& name)
{
    QApplication::processEvents();
    w->grab().save(QDir(g_dir).filePath(name + QStringLiteral(".png")));
}

void exportShots()
{
    PfxUiWorld world;
    {
        ExportWizard w(world.session.get(), world.leafEntry());
        w.show();
        (void)QTest::qWaitForWindowExposed(&w);
        shoot(&w, QStringLiteral("export-1-format"));
        w.next();
        auto* profile = find<QComboBox>(&w, "profileComboBox");
        profile->setCurrentIndex(profile->findData(QStringLiteral("legacy")));
        find<QCheckBox>(&w, "showAlgorithmsCheckBox")->setChecked(true);
        QTest::keyClicks(find<QLineEdit>(&w, "passwordLineEdit"), QStringLiteral("Backup2025"));
        QTest::keyClicks(find<QLineEdit>(&w, "confirmPasswordLineEdit"), QStringLiteral("Backup202"));
        shoot(&w, QStringLiteral("export-2-protection-weak-mismatch"));
        find<QLineEdit>(&w, "passwordLineEdit")->setText(QStringLiteral("correct horse battery staple"));
        find<QLineEdit>(&w, "confirmPasswordLineEdit")->setText(QStringLiteral("correct horse battery staple"));
        shoot(&w, QStringLiteral("export-3-protection-strong"));
        w.next();
        writeFile(world.out.filePath(QStringLiteral("www.pfx.example.pfx")), "old");
        find<QLineEdit>(&w, "pathLineEdit")->setText(world.out.filePath(QStringLiteral("www.pfx.example.pfx")));
        shoot(&w, QStringLiteral("export-4-file-exists"));
        find<QCheckBox>(&w, "replaceCheckBox")->setChecked(true);
        w.next();
        auto* result = static_cast<ExportResultPage*>(w.page(ExportWizard::ResultPageId));
        waitFor([result] { return !result->isBusy(); });
        shoot(&w, QStringLiteral("export-5-result"));
    }
    {
        ExportWizard w(world.session.get(), world.leafEntry());
        w.show();
        (void)QTest::qWaitForWindowExposed(&w);
        find<QRadioButton>(&w, "nginxRadioButton")->setChecked(true);
        w.next();
        shoot(&w, QStringLiteral("export-6-nginx-key"));
    }
    {
        const StoreEntry root = *world.session->contents().find(StoreKind::TrustedRoot,
                                                                PfxUiWorld::pki().root.cert.sha1());
        ExportWizard w(world.session.get(), root);
        w.show();
        (void)QTest::qWaitForWindowExposed(&w);
        shoot(&w, QStringLiteral("export-7-format-no-key"));
    }
}

void importShots()
{
    PfxUiWorld world(false);
    const QString file = world.writePfx(QStringLiteral("backup.pfx"), QStringLiteral("pw for shots"), true,
                                        Pkcs12Profile::legacy());
    ImportPfxWizard w(world.session.get(), file);
    w.show();
    (void)QTest::qWaitForWindowExposed(&w);
    QTest::keyClicks(find<QLineEdit>(&w, "passwordLineEdit"), QStringLiteral("wrong"));
    shoot(&w, QStringLiteral("import-1-file"));
    auto* contents = static_cast<ImportPfxContentsPage*>(w.page(ImportPfxWizard::ContentsPageId));
    w.next();
    waitFor([contents] { return !contents->isBusy(); });
    shoot(&w, QStringLiteral("import-2-wrong-password"));
    w.back();
    find<QLineEdit>(&w, "passwordLineEdit")->setText(QStringLiteral("pw for shots"));
    w.next();
    waitFor([contents] { return !contents->isBusy(); });
    shoot(&w, QStringLiteral("import-3-contents"));
    w.next();
    shoot(&w, QStringLiteral("import-4-trust"));
    find<QCheckBox>(&w, "trustRootCheckBox")->setChecked(true);
    w.next();
    waitFor([&w] { return w.currentPage()->isComplete(); });
    shoot(&w, QStringLiteral("import-5-result"));
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // scripts/update-help-images renders the windows in each language for the user guide.
    if (qEnvironmentVariableIsSet("CERTPILOT_SHOTS_LANGUAGE"))
        Translations::install(app, qEnvironmentVariable("CERTPILOT_SHOTS_LANGUAGE"));
    g_dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/certpilot-shots/pfx");
    QDir().mkpath(g_dir);
    exportShots();
    importShots();
    return 0;
}
