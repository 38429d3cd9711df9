// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Settings dialog to PNG for looking at (not a test):
//   certpilot_settings_ui_shots [DIR]   (default /tmp/certpilot-shots/settings)

#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSpinBox>
#include <QStyleFactory>

#include <cstdio>

using namespace certpilot;

namespace {

void shoot(QWidget* w, const QString& dir, const QString& name)
{
    w->show();
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    w->grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0xd8));
    return p;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/certpilot-shots/settings");
    QDir().mkpath(dir);

    {
        SettingsDialog dialog{AppSettings{}};
        shoot(&dialog, dir, QStringLiteral("settings-defaults"));
    }
    {
        AppSettings s;
        s.expiry = {60, 70, 7};  // out of order: the problem bar and a disabled OK
        SettingsDialog dialog{s};
        shoot(&dialog, dir, QStringLiteral("settings-invalid"));
    }
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        AppSettings s;
        s.language = QStringLiteral("zh_TW");
        s.storePath = QStringLiteral("/srv/certificates/store");
        s.defaultKey = KeySpec::ec(QStringLiteral("P-256"));
        s.pfxProfile = Pkcs12Profile::Id::Legacy;
        SettingsDialog dialog{s};
        shoot(&dialog, dir, QStringLiteral("settings-dark"));
    }
    return 0;
}
