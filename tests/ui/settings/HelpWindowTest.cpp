// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled guide: every page in every language, links that lead somewhere,
// a screenshot on every page that loads and has alt text, pages that fit the
// window, the page for the window in front on F1, the interface's language.

#include "StoreSession.h"
#include "help/HelpTopic.h"
#include "help/HelpWindow.h"
#include "pemdir/PemDirStore.h"
#include "request/CreateRequestWizard.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QRegularExpression>
#include <QScrollBar>
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

// A closed help window deletes itself later: let that happen now, so that the
// next showPage() makes a new one instead of handing out one about to go.
void closeHelp(HelpWindow* window)
{
    window->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
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

// The <img> tags of a page, each as its attributes (src, alt, ...).
QList<QMap<QString, QString>> images(const QString& text)
{
    static const QRegularExpression img(QStringLiteral(R"(<img\b([^>]*)>)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(QStringLiteral(R"re((\w+)\s*=\s*"([^"]*)")re"));
    QList<QMap<QString, QString>> found;
    for (auto m = img.globalMatch(text); m.hasNext();) {
        QMap<QString, QString> attributes;
        for (auto a = attribute.globalMatch(m.next().captured(1)); a.hasNext();) {
            const auto match = a.next();
            attributes.insert(match.captured(1).toLower(), match.captured(2));
        }
        found << attributes;
    }
    return found;
}

TEST(HelpWindowTest, EveryPageShowsAnImageThatLoadsAndHasAltText)
{
    HelpWindow* window = HelpWindow::showPage();
    QTextBrowser* view = browser(window);
    int checked = 0;
    for (const QString& language : kLanguages) {
        for (const QString& page : pages(language)) {
            const QString where = language + QLatin1Char('/') + page;
            const QUrl url(QStringLiteral("qrc:/help/%1.html").arg(where));
            const auto tags = images(readPage(QLatin1Char(':') + url.path()));
            EXPECT_FALSE(tags.isEmpty()) << where.toStdString() << " shows no screenshot";
            view->setSource(url);
            for (const auto& tag : tags) {
                const QString src = tag.value(QStringLiteral("src"));
                ++checked;
                EXPECT_FALSE(tag.value(QStringLiteral("alt")).trimmed().isEmpty())
                    << where.toStdString() << ": " << src.toStdString() << " has no alt text";
                // Relative to the page, into the embedded resources, as the browser resolves it.
                const QUrl resolved = url.resolved(QUrl(src));
                EXPECT_EQ(resolved.scheme(), QStringLiteral("qrc")) << where.toStdString() << ": " << src.toStdString();
                EXPECT_TRUE(QFile::exists(QLatin1Char(':') + resolved.path()))
                    << where.toStdString() << ": " << src.toStdString() << " is not embedded";
                const QVariant loaded = view->loadResource(QTextDocument::ImageResource, QUrl(src));
                QImage image = loaded.value<QImage>();
                if (image.isNull())
                    image = QImage::fromData(loaded.toByteArray());
                EXPECT_FALSE(image.isNull()) << where.toStdString() << ": " << src.toStdString() << " does not load";
                // Chinese pages show the Chinese interface: the image of their own language.
                EXPECT_TRUE(resolved.path().startsWith(QStringLiteral("/help/images/%1/").arg(language)))
                    << where.toStdString() << ": " << src.toStdString();
            }
        }
    }
    EXPECT_GE(checked, 30);
    closeHelp(window);
}

// Every page, rendered in its language to /tmp/certpilot-shots/help/ for a person
// to look at: nothing in it (images, tables, code) is wider than the window.
TEST(HelpWindowTest, EveryPageFitsTheWindowWidth)
{
    const QString dir = QStringLiteral("/tmp/certpilot-shots/help");
    QDir().mkpath(dir);
    for (const QString& language : kLanguages) {
        Translations::install(*qApp, language);
        for (const QString& page : pages(language)) {
            HelpWindow* window = HelpWindow::showPage(page);
            QTextBrowser* view = browser(window);
            (void)QTest::qWaitForWindowExposed(window);
            QApplication::processEvents();
            const auto* document = view->document();
            EXPECT_LE(document->size().width(), view->viewport()->width())
                << language.toStdString() << "/" << page.toStdString() << " is wider than the window";
            EXPECT_EQ(view->horizontalScrollBar()->maximum(), 0) << language.toStdString() << "/" << page.toStdString();
            window->grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, language, page));
        }
        closeHelp(HelpWindow::showPage());  // the next language gets a window with its own buttons
    }
    Translations::install(*qApp, QStringLiteral("en"));
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
