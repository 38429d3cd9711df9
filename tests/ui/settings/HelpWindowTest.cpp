// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled guide: every page in every language, links that lead somewhere,
// the page for the window in front on F1, the interface's language.

#include "StoreSession.h"
#include "help/HelpTopic.h"
#include "help/HelpWindow.h"
#include "pemdir/PemDirStore.h"
#include "request/CreateRequestWizard.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace certpilot;

namespace {

const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("zh_TW"), QStringLiteral("zh_CN")};

QStringList pages(const QString& language)
{
    QStringList names;
    QDirIterator it(QStringLiteral(":/help/") + language, {QStringLiteral("*.html")});
    while (it.hasNext())
        names << QFileInfo(it.next()).completeBaseName();
    names.sort();
    return names;
}

QString readPage(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QTextBrowser* browser(HelpWindow* window)
{
    return window->findChild<QTextBrowser*>(QStringLiteral("helpTextBrowser"));
}

TEST(HelpWindowTest, EveryLanguageHasEveryPage)
{
    const QStringList english = pages(QStringLiteral("en"));
    for (const char* page : {"index", "request", "install-ca", "complete", "verify", "bind", "backup", "renew",
                             "troubleshooting", "cli"})
        EXPECT_TRUE(english.contains(QString::fromLatin1(page))) << page;
    for (const QString& language : kLanguages)
        EXPECT_EQ(pages(language), english) << language.toStdString();
}

TEST(HelpWindowTest, EveryLinkLeadsToAPageAndAnchorThatExist)
{
    static const QRegularExpression href(QStringLiteral(R"(href="([^"]+)\")"));
    int links = 0;
    for (const QString& language : kLanguages) {
        for (const QString& page : pages(language)) {
            const QString text = readPage(QStringLiteral(":/help/%1/%2.html").arg(language, page));
            for (auto m = href.globalMatch(text); m.hasNext();) {
                const QString target = m.next().captured(1);
                if (target.startsWith(QLatin1String("http")))
                    continue;
                ++links;
                const QString file = target.section(QLatin1Char('#'), 0, 0);
                const QString anchor = target.section(QLatin1Char('#'), 1);
                const QString path = QStringLiteral(":/help/%1/%2").arg(language, file.isEmpty() ? page + QStringLiteral(".html") : file);
                ASSERT_TRUE(QFile::exists(path)) << language.toStdString() << "/" << page.toStdString() << " -> "
                                                 << target.toStdString();
                if (!anchor.isEmpty()) {
                    const QString linked = readPage(path);
                    EXPECT_TRUE(linked.contains(QStringLiteral("name=\"%1\"").arg(anchor))
                                || linked.contains(QStringLiteral("id=\"%1\"").arg(anchor)))
                        << language.toStdString() << "/" << page.toStdString() << " -> " << target.toStdString();
                }
            }
        }
    }
    EXPECT_GT(links, 60);
}

TEST(HelpWindowTest, TroubleshootingHasTheTwelveCases)
{
    for (const QString& language : kLanguages) {
        const QString text = readPage(QStringLiteral(":/help/%1/troubleshooting.html").arg(language));
        for (int i = 1; i <= 12; ++i)
            EXPECT_TRUE(text.contains(QStringLiteral("name=\"case-%1\"").arg(i))) << language.toStdString() << " " << i;
    }
}

TEST(HelpWindowTest, OpensInTheInterfaceLanguage)
{
    Translations::install(*qApp, QStringLiteral("zh_TW"));
    HelpWindow* window = HelpWindow::showPage(QStringLiteral("backup"));
    EXPECT_TRUE(window->currentPage().endsWith(QLatin1String("/help/zh_TW/backup.html")))
        << window->currentPage().toStdString();
    EXPECT_TRUE(browser(window)->toPlainText().contains(QStringLiteral("PFX")));
    Translations::install(*qApp, QStringLiteral("en"));
    EXPECT_EQ(HelpWindow::showPage(QStringLiteral("troubleshooting#case-3")), window) << "one help window";
    EXPECT_TRUE(window->currentPage().endsWith(QLatin1String("/help/en/troubleshooting.html#case-3")));
    EXPECT_EQ(HelpWindow::pageUrl(QStringLiteral("no-such-page"), QStringLiteral("zh_CN")),
              QStringLiteral("qrc:/help/en/index.html"));
    window->close();
}

TEST(HelpWindowTest, F1InAWizardOpensItsPage)
{
    QTemporaryDir dir;
    auto store = PemDirStore::open(dir.path() + QStringLiteral("/store"));
    ASSERT_TRUE(store);
    StoreSession session(std::shared_ptr<CertificateStore>(std::move(store).value()));
    HelpWindow::installF1();
    auto* wizard = CreateRequestWizard::open(nullptr, &session);
    QApplication::setActiveWindow(wizard);
    EXPECT_EQ(HelpTopic::forWidget(wizard), QStringLiteral("request"));
    QTest::keyClick(wizard->focusWidget() ? wizard->focusWidget() : wizard, Qt::Key_F1);
    auto* help = qobject_cast<HelpWindow*>(
        [] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (qobject_cast<HelpWindow*>(w) && w->isVisible())
                    return w;
            return static_cast<QWidget*>(nullptr);
        }());
    ASSERT_NE(help, nullptr) << "F1 opened no help window";
    EXPECT_TRUE(help->currentPage().endsWith(QLatin1String("/request.html"))) << help->currentPage().toStdString();
    help->close();
    wizard->close();   // deletes itself (WA_DeleteOnClose) before the session goes
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace
