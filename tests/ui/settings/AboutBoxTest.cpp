// SPDX-License-Identifier: GPL-3.0-or-later
// The About box, opened the way a user does (Help > About CertPilot in the
// real main window on a demo store): it names the version, the licence and the
// Qt and OpenSSL the process runs on, in every language, and is rendered to
// /tmp/certpilot-shots/about*.png for a person to look at.

#include "AppVersion.h"
#include "DialogRunner.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "settings/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>

#include <memory>
#include <vector>

#include <openssl/crypto.h>

#include <gtest/gtest.h>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const QString kShots = QStringLiteral("/tmp/certpilot-shots");

// The menu of the menu bar that holds `action`, or nullptr.
QMenu* menuHolding(MainWindow& window, QAction* action)
{
    for (QAction* top : window.menuBar()->actions()) {
        if (top->menu() && top->menu()->actions().contains(action))
            return top->menu();
    }
    return nullptr;
}

class AboutBoxTest : public ::testing::Test {
protected:
    void TearDown() override
    {
        m_window.reset();
        DialogRunner::reset();
        Translations::install(*qApp, QStringLiteral("en"));
    }

    // Opens About through the Help menu; returns the box's text, saves its image.
    QString openAbout(const QString& language, const QString& png)
    {
        Translations::install(*qApp, language);
        m_window.reset();
        auto& dir = m_dirs.emplace_back(std::make_unique<QTemporaryDir>());  // a store per window
        EXPECT_TRUE(dir->isValid());
        m_window = openWindow(copyDemoStore(*dir));
        // What app/gui tells the window (GuiStartup::cryptoLibraryVersion()).
        m_window->setCryptoLibraryVersion(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)));
        auto* about = m_window->findChild<QAction*>(QStringLiteral("aboutAction"));
        if (!about) {
            ADD_FAILURE() << "no aboutAction";
            return {};
        }
        QMenu* help = menuHolding(*m_window, about);
        EXPECT_NE(help, nullptr) << "About is in no menu of the menu bar";
        if (help) {
            EXPECT_EQ(help->title(), QCoreApplication::translate("certpilot::MainActions", "&Help"));
        }

        QString text;
        int shown = 0;
        DialogRunner::setHandler([&](QDialog& dialog) {
            ++shown;
            auto* box = qobject_cast<QMessageBox*>(&dialog);
            EXPECT_NE(box, nullptr) << dialog.objectName().toStdString();
            if (!box)
                return int(QDialog::Rejected);
            EXPECT_EQ(box->objectName(), QStringLiteral("aboutMessageBox"));
            EXPECT_EQ(box->textFormat(), Qt::RichText);
            text = box->text();
            box->show();
            QApplication::processEvents();
            QDir().mkpath(kShots);
            EXPECT_TRUE(box->grab().save(QDir(kShots).filePath(png)));
            box->hide();
            return int(QMessageBox::Ok);
        });
        about->trigger();
        EXPECT_EQ(shown, 1) << "About opened no dialog";
        return text;
    }

    static void expectVersionsAndLicence(const QString& text)
    {
        EXPECT_TRUE(text.contains(appVersion())) << text.toStdString();
        EXPECT_FALSE(appVersion().isEmpty());
        EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion()))) << "runtime Qt";
        EXPECT_TRUE(text.contains(QStringLiteral(QT_VERSION_STR))) << "Qt built with";
        EXPECT_TRUE(text.contains(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)).toHtmlEscaped()))
            << text.toStdString();
    }

    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(AboutBoxTest, NamesVersionLicenceQtAndOpenSsl)
{
    const QString text = openAbout(QStringLiteral("en"), QStringLiteral("about.png"));
    expectVersionsAndLicence(text);
    EXPECT_TRUE(text.contains(QStringLiteral("CertPilot")));
    // The licence of every source file, in words and as its SPDX identifier, and QCustomPlot's.
    EXPECT_TRUE(text.contains(QStringLiteral("GNU General Public License, version 3 or later"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("(GPL-3.0-or-later)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("QCustomPlot (GPL-3.0)"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("unknown"))) << "the OpenSSL version was not passed on";
}

TEST_F(AboutBoxTest, IsTranslated)
{
    for (const QString& language : {QStringLiteral("zh_TW"), QStringLiteral("zh_CN")}) {
        const QString text = openAbout(language, QStringLiteral("about-%1.png").arg(language));
        expectVersionsAndLicence(text);
        EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later")) && text.contains(QStringLiteral("QCustomPlot")))
            << language.toStdString() << ": " << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Manages TLS server certificates")))
            << language.toStdString() << " shows the English text";
    }
}

} // namespace
