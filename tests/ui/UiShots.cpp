// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window and its dialogs on a demo store to PNG files, to
// look at layout, truncation and CJK text:  certpilot_ui_shots [DIR]
// Runs offscreen unless QT_QPA_PLATFORM says otherwise. Try LANG=zh_TW.UTF-8.

#include "DialogRunner.h"
#include "MainWindow.h"
#include "StoreSession.h"
#include "TestPki.h"
#include "UiTestSupport.h"
#include "settings/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTreeWidget>

using namespace certpilot;
using namespace certpilot::test;

namespace {

QString g_outDir;

void save(QWidget* widget, const QString& name)
{
    QApplication::processEvents();
    const QString path = g_outDir + QLatin1Char('/') + name + QStringLiteral(".png");
    widget->grab().save(path);
    QTextStream(stdout) << path << '\n';
}

void saveDialog(QDialog& dialog, const QString& name)
{
    dialog.show();
    QApplication::processEvents();
    save(&dialog, name);
    dialog.hide();
}

void selectField(QTreeWidget* tree, const QString& name)
{
    for (QTreeWidgetItem* item : allItems(tree)) {
        if (item->text(0) == name)
            tree->setCurrentItem(item);
    }
}

QPalette darkPalette()
{
    // From button and window colours, so bevels and lines get dark shades too.
    QPalette p(QColor(0x35, 0x35, 0x35), QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    return p;
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
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    g_outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/certpilot-shots");
    QDir().mkpath(g_outDir);
    DialogRunner::setHandler([](QDialog& dialog) {
        if (auto* hint = dialog.findChild<QLabel*>(QStringLiteral("trashHintLabel")))
            (void)waitFor([hint] { return !hint->text().endsWith(QStringLiteral("…")); }, 5000);
        saveDialog(dialog, QStringLiteral("dialog-") + dialog.objectName());
        return int(QDialog::Rejected);
    });

    QTemporaryDir dir;
    auto window = openWindow(copyDemoStore(dir));
    window->setCryptoLibraryVersion(QStringLiteral("OpenSSL (from the app)"));
    auto* table = window->findChild<QTableView*>(QStringLiteral("certificateTableView"));
    auto* tabs = window->findChild<QTabWidget*>(QStringLiteral("detailsTabWidget"));
    auto* fields = window->findChild<QTreeWidget*>(QStringLiteral("detailsTreeWidget"));
    auto* stores = window->findChild<QTreeWidget*>(QStringLiteral("storeTreeWidget"));
    auto* filter = window->findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));

    save(window.get(), QStringLiteral("00-nothing-selected"));
    selectRow(table, QStringLiteral("www.example.com"));
    tabs->setCurrentIndex(0);
    save(window.get(), QStringLiteral("01-www-general"));
    tabs->setCurrentIndex(1);
    selectField(fields, QStringLiteral("Subject Alternative Name"));
    save(window.get(), QStringLiteral("02-www-details"));
    tabs->setCurrentIndex(2);
    save(window.get(), QStringLiteral("03-www-path"));

    selectRow(table, QStringLiteral("shop.example.tw"));
    save(window.get(), QStringLiteral("04-shop-path"));
    tabs->setCurrentIndex(1);
    selectField(fields, QStringLiteral("Subject"));
    save(window.get(), QStringLiteral("05-shop-details-cjk"));

    selectRow(table, QStringLiteral("old.example.com"));
    tabs->setCurrentIndex(2);
    save(window.get(), QStringLiteral("06-old-path-expired"));
    selectRow(table, QStringLiteral("api.example.tw"));
    tabs->setCurrentIndex(0);
    save(window.get(), QStringLiteral("07-api-general-no-key"));

    selectRow(table, QStringLiteral("www.example.com"));
    window->findChild<QAction*>(QStringLiteral("deleteAction"))->trigger();
    window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();

    stores->setCurrentItem(stores->topLevelItem(3));
    selectRow(table, QStringLiteral("intranet.example.com"));
    save(window.get(), QStringLiteral("08-request"));
    stores->setCurrentItem(stores->topLevelItem(1));
    save(window.get(), QStringLiteral("09-roots"));
    stores->setCurrentItem(stores->topLevelItem(0));

    filter->setText(QStringLiteral("formosa"));
    save(window.get(), QStringLiteral("10-filtered"));
    filter->clear();

    // The import wizard's pages: certpilot_import_ui_shots.

    // A second window on the same store: the first holds the lock.
    auto readOnly = openWindow(window->session()->store().location());
    save(readOnly.get(), QStringLiteral("12-read-only"));
    readOnly.reset();

    selectRow(table, QStringLiteral("mail.example.com"));
    DialogRunner::setNextAnswer(QMessageBox::Yes);
    window->findChild<QAction*>(QStringLiteral("deleteAction"))->trigger();
    if (!waitFor([&] { return rowOf(table, QStringLiteral("mail.example.com")) < 0 && !window->session()->isLoading(); }))
        return 1;
    window->findChild<QAction*>(QStringLiteral("showTrashAction"))->trigger();

    QApplication::setPalette(darkPalette());
    selectRow(table, QStringLiteral("old.example.com"));
    tabs->setCurrentIndex(0);
    save(window.get(), QStringLiteral("13-dark-expired-general"));
    return 0;
}
