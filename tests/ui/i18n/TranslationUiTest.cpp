// SPDX-License-Identifier: GPL-3.0-or-later
// The interface in every language: no text a user reads escapes translation,
// the Chinese translations load and fit their windows, and a CJK font renders
// them. Renders each window to PNG ($CERTPILOT_SHOTS_DIR or
// /tmp/certpilot-shots/i18n) for a person to look at.

#include "TextWalker.h"
#include "UiTestSupport.h"

#include "MainWindow.h"
#include "TrashDialog.h"
#include "CertificateFields.h"
#include "StoreChange.h"
#include "TestPki.h"
#include "binding/BindWizard.h"
#include "binding/PlatformBindingServices.h"
#include "dashboard/DashboardWindow.h"
#include "diagnostics/DiagnosticsDialog.h"
#include "pfx/ExportWizard.h"
#include "renewal/RenewalWindow.h"
#include "verify/VerifyInstallationDialog.h"
#include "StoreView.h"
#include "binding/ProbeDialog.h"
#include "help/HelpWindow.h"
#include "import/CaImportWizard.h"
#include "pfx/ImportPfxWizard.h"
#include "request/CompleteRequestDialog.h"
#include "request/CreateRequestWizard.h"
#include "request/RequestFileDialog.h"
#include "settings/SettingsDialog.h"
#include "settings/Translations.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

#include <functional>

using namespace certpilot;
using namespace certpilot::test;

namespace {

const QChar kOpen(0x27e6);   // ⟦
const QChar kClose(0x27e7);  // ⟧

// Marks every translated text, so a text without the marks was never
// passed through tr() (or QT_TR_NOOP and a later tr()).
class PseudoTranslator : public QTranslator {
public:
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return (source && *source) ? kOpen + QString::fromUtf8(source) + kClose : QString();
    }
    bool isEmpty() const override { return false; }
};

bool hasCjk(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

// Texts that are the same in every language: product and program names,
// algorithm and format names, key sizes, shortcuts.
bool languageNeutral(const QString& text)
{
    static const QRegularExpression technical(QStringLiteral(
        R"(^(CertPilot|nginx|Apache|IIS|OpenSSL|Windows|[A-Z0-9][A-Z0-9 .#/:+_\-()]*|(RSA|ECDSA)( P-\d+| \d+)?.*)$)"));
    if (technical.match(text).hasMatch())
        return true;
    // A path shown as an example of the user's own folder.
    if (text.startsWith(QLatin1Char('/')) || QDir::isAbsolutePath(text))
        return true;
    // Each language in its own words (the language menu): not translated on purpose.
    return text == QLatin1String("English") || hasCjk(text);
}

class ShotDir {
public:
    ShotDir()
    {
        m_dir = qEnvironmentVariable("CERTPILOT_SHOTS_DIR", QStringLiteral("/tmp/certpilot-shots/i18n"));
        QDir().mkpath(m_dir);
    }
    void save(QWidget* w, const QString& name) const
    {
        QApplication::processEvents();
        w->grab().save(QDir(m_dir).filePath(name + QStringLiteral(".png")));
    }

private:
    QString m_dir;
};

struct Window {
    QString name;
    std::function<QWidget*(MainWindow&)> open;
};

// Every window that opens without a certificate selected.
QList<Window> windows()
{
    return {
        {QStringLiteral("main-window"), [](MainWindow& w) -> QWidget* { return &w; }},
        {QStringLiteral("create-request"),
         [](MainWindow& w) -> QWidget* { return CreateRequestWizard::open(&w, w.session()); }},
        {QStringLiteral("complete-request"),
         [](MainWindow& w) -> QWidget* { return CompleteRequestDialog::open(&w, w.session()); }},
        {QStringLiteral("ca-import"), [](MainWindow& w) -> QWidget* { return CaImportWizard::open(&w, w.session()); }},
        {QStringLiteral("pfx-import"), [](MainWindow& w) -> QWidget* { return ImportPfxWizard::open(&w, w.session()); }},
        {QStringLiteral("check-site"), [](MainWindow& w) -> QWidget* { return ProbeDialog::open(&w, w.session()); }},
        {QStringLiteral("settings"), [](MainWindow& w) -> QWidget* { return SettingsDialog::open(&w); }},
        {QStringLiteral("help"), [](MainWindow&) -> QWidget* { return HelpWindow::showPage(QStringLiteral("request")); }},
        {QStringLiteral("request-file"),
         [](MainWindow& w) -> QWidget* {
             return RequestFileDialog::open(&w, w.session(), QStringLiteral("/nonexistent/request.csr"));
         }},
        {QStringLiteral("trash"),
         [](MainWindow& w) -> QWidget* {
             auto* dialog = new TrashDialog(w.session(), &w);
             dialog->setAttribute(Qt::WA_DeleteOnClose);
             dialog->show();
             return dialog;
         }},
    };
}

// Every window that shows one certificate, on `sha1`.
QList<Window> certificateWindows(const QString& sha1)
{
    return {
        {QStringLiteral("main-window-selected"),
         [sha1](MainWindow& w) -> QWidget* {
             w.findChild<StoreView*>()->selectCertificate(sha1);
             return &w;
         }},
        {QStringLiteral("export"), [sha1](MainWindow& w) -> QWidget* { return ExportWizard::open(&w, w.session(), sha1); }},
        {QStringLiteral("bind"), [sha1](MainWindow& w) -> QWidget* { return BindWizard::open(&w, w.session(), sha1); }},
        {QStringLiteral("verify"),
         [sha1](MainWindow& w) -> QWidget* { return VerifyInstallationDialog::open(&w, w.session(), sha1); }},
        {QStringLiteral("diagnose"),
         [sha1](MainWindow& w) -> QWidget* { return DiagnosticsDialog::open(&w, w.session(), sha1); }},
        {QStringLiteral("dashboard"), [](MainWindow& w) -> QWidget* { return DashboardWindow::open(&w, w.session()); }},
        {QStringLiteral("renew"),
         [sha1](MainWindow& w) -> QWidget* {
             auto* window = RenewalWindow::open(&w, w.session(), sha1);
             QDeadlineTimer limit(30000);
             while (!window->isReady() && !limit.hasExpired())
                 QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
             return window;
         }},
    };
}

class TranslationUiTest : public ::testing::Test {
protected:
    // The site check needs the endpoint probe, as in the application.
    void SetUp() override { installPlatformBindingServices(); }
    void TearDown() override { Translations::install(*qApp, QStringLiteral("en")); }

    std::unique_ptr<MainWindow> openMainWindow()
    {
        auto window = openWindow(m_temp.path() + QStringLiteral("/store"));
        window->resize(1100, 720);
        return window;
    }

    // A root, an intermediate and a server certificate with its key.
    QString fillStore()
    {
        const Hierarchy pki = makeHierarchy(3);
        auto store = PemDirStore::open(m_temp.path() + QStringLiteral("/store"));
        EXPECT_TRUE(store);
        StoreChange change;
        change.addCertificate(StoreKind::TrustedRoot, pki.root.cert)
            .addCertificate(StoreKind::Intermediate, pki.intermediates[0].cert)
            .addCertificateWithKey(StoreKind::Personal, pki.leaf.cert, pki.leaf.key, QStringLiteral("Shop"));
        EXPECT_TRUE((*store)->commit(change).ok());
        for (const Certificate& c : {pki.root.cert, pki.intermediates[0].cert, pki.leaf.cert}) {
            // Dates are localised by QLocale, not by translation.
            m_data << c.sha1() << c.sha256() << c.serialHex() << CertificateFields::dateTime(c.notBefore())
                   << CertificateFields::dateTime(c.notAfter());
            for (const auto& dn : {c.subject(), c.issuer()})
                m_data << dn.toString() << dn.displayName();
            for (const QString& name : c.dnsNames())
                m_data << name;
        }
        m_data << QStringLiteral("Shop") << m_temp.path();
        return pki.leaf.cert.sha1();
    }

    // The text without the certificates' own names, numbers and dates.
    QString withoutData(QString text) const
    {
        for (const QString& d : m_data)
            if (!d.isEmpty())
                text.remove(d);
        return text;
    }

    // Opens each window, hands it to `check`, closes it.
    void forEachWindow(const std::function<void(const QString&, QWidget*)>& check, const QList<Window>& list = windows())
    {
        auto main = openMainWindow();
        for (const Window& w : list) {
            QWidget* widget = w.open(*main);
            ASSERT_NE(widget, nullptr) << w.name.toStdString();
            widget->show();
            QApplication::processEvents();
            check(w.name, widget);
            if (widget != main.get())
                widget->close();
            QApplication::processEvents();
        }
    }

    QTemporaryDir m_temp;
    QStringList m_data;
};

// Texts a user reads that never went through tr(), from each window of `list`.
QStringList untranslatedTexts(const std::function<void(const std::function<void(const QString&, QWidget*)>&)>& walk,
                              const std::function<QString(const QString&)>& strip, int* checked)
{
    QStringList untranslated;
    walk([&](const QString& name, QWidget* widget) {
        for (const VisibleText& t : collectTexts(widget)) {
            ++*checked;
            const QString text = strip(t.text);
            if (!text.contains(kOpen) && text.contains(QRegularExpression(QStringLiteral("[A-Za-z]")))
                && !languageNeutral(text.trimmed()))
                untranslated << QStringLiteral("%1: %2: \"%3\"").arg(name, t.where, t.text);
        }
    });
    return untranslated;
}

TEST_F(TranslationUiTest, EveryTextAUserReadsGoesThroughTranslation)
{
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    int checked = 0;
    const QStringList untranslated = untranslatedTexts(
        [this](const auto& check) { forEachWindow(check); }, [](const QString& t) { return t; }, &checked);
    QCoreApplication::removeTranslator(&pseudo);
    EXPECT_GT(checked, 300) << "the walk found too few texts to mean anything";
    EXPECT_TRUE(untranslated.isEmpty()) << "Not wrapped in tr():\n" << untranslated.join(QLatin1Char('\n')).toStdString();
}

TEST_F(TranslationUiTest, EveryTextAboutACertificateGoesThroughTranslation)
{
    const QString sha1 = fillStore();
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    int checked = 0;
    const QStringList untranslated = untranslatedTexts(
        [this, sha1](const auto& check) { forEachWindow(check, certificateWindows(sha1)); },
        [this](const QString& t) { return withoutData(t); }, &checked);
    QCoreApplication::removeTranslator(&pseudo);
    EXPECT_GT(checked, 300) << "the walk found too few texts to mean anything";
    EXPECT_TRUE(untranslated.isEmpty()) << "Not wrapped in tr():\n" << untranslated.join(QLatin1Char('\n')).toStdString();
}

class ChineseUiTest : public TranslationUiTest, public ::testing::WithParamInterface<const char*> {};

TEST_P(ChineseUiTest, WindowsAreTranslatedAndFit)
{
    const QString language = QString::fromLatin1(GetParam());
    const QFontDatabase::WritingSystem script =
        language == QLatin1String("zh_TW") ? QFontDatabase::TraditionalChinese : QFontDatabase::SimplifiedChinese;
    ASSERT_FALSE(QFontDatabase::families(script).isEmpty())
        << "no CJK font installed (scripts/install-deps installs fonts-noto-cjk)";
    ASSERT_TRUE(QFile::exists(Translations::resourcePath(language)));
    ASSERT_EQ(Translations::install(*qApp, language), language);

    ShotDir shots;
    QStringList problems;
    forEachWindow([&](const QString& name, QWidget* widget) {
        shots.save(widget, language + QLatin1Char('-') + name);
        for (const QString& p : layoutProblems(widget))
            problems << name + QStringLiteral(": ") + p;
        EXPECT_TRUE(hasCjk(widget->windowTitle()) || name == QLatin1String("main-window"))
            << name.toStdString() << " title: " << widget->windowTitle().toStdString();
        if (auto* main = qobject_cast<MainWindow*>(widget)) {
            for (QAction* menu : main->menuBar()->actions())
                EXPECT_TRUE(hasCjk(menu->text())) << "menu " << menu->text().toStdString();
        }
    });
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST_P(ChineseUiTest, RequestWizardPagesFit)
{
    const QString language = QString::fromLatin1(GetParam());
    Translations::install(*qApp, language);
    auto main = openMainWindow();
    auto* wizard = CreateRequestWizard::open(main.get(), main->session());
    ShotDir shots;
    const std::pair<const char*, const char*> fields[] = {
        {"commonNameLineEdit", "www.example.com"}, {"organizationLineEdit", "Example Co., Ltd."},
        {"organizationalUnitLineEdit", "IT"},      {"localityLineEdit", "TAIPEI"},
        {"stateLineEdit", "TAIWAN"},               {"countryLineEdit", "TW"}};
    for (const auto& [name, value] : fields) {
        auto* edit = wizard->findChild<QLineEdit*>(QString::fromLatin1(name));
        ASSERT_NE(edit, nullptr) << name;
        edit->setText(QString::fromLatin1(value));
    }
    // Subject, names and key pages: the ones a user fills in.
    for (int page = 0; page < 3; ++page) {
        QApplication::processEvents();
        shots.save(wizard, QStringLiteral("%1-create-request-page%2").arg(language).arg(page + 1));
        EXPECT_TRUE(hasCjk(wizard->currentPage()->title())) << wizard->currentPage()->title().toStdString();
        const QStringList problems = layoutProblems(wizard);
        EXPECT_TRUE(problems.isEmpty()) << "page " << page + 1 << ":\n" << problems.join(QLatin1Char('\n')).toStdString();
        if (page < 2) {
            ASSERT_TRUE(wizard->currentPage()->isComplete()) << "page " << page + 1;
            wizard->next();
        }
    }
    wizard->close();
}

TEST_P(ChineseUiTest, CertificateWindowsAreTranslatedAndFit)
{
    const QString language = QString::fromLatin1(GetParam());
    const QString sha1 = fillStore();
    Translations::install(*qApp, language);
    ShotDir shots;
    QStringList problems;
    forEachWindow(
        [&](const QString& name, QWidget* widget) {
            shots.save(widget, language + QLatin1Char('-') + name);
            for (const QString& p : layoutProblems(widget))
                problems << name + QStringLiteral(": ") + p;
            EXPECT_TRUE(hasCjk(widget->windowTitle()) || name.startsWith(QLatin1String("main-window")))
                << name.toStdString() << " title: " << widget->windowTitle().toStdString();
        },
        certificateWindows(sha1));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Languages, ChineseUiTest, ::testing::Values("zh_TW", "zh_CN"),
                         [](const auto& info) { return std::string(info.param); });

// Tab moves through a window as it is read: down a column, then on to the
// next column to the right. A step that jumps back up within the same column
// (or up and to the left) is a tab order no one would guess.
QStringList tabOrderJumps(QWidget* window)
{
    QList<QWidget*> chain;
    QWidget* w = window;
    for (int guard = 0; guard < 2000; ++guard) {
        w = w->nextInFocusChain();
        if (w == window)
            break;
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && w->window() == window
            && !qobject_cast<QAbstractScrollArea*>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
            chain << w;
    }
    QStringList jumps;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a(chain[i - 1]->mapTo(window, QPoint()), chain[i - 1]->size());
        const QRect b(chain[i]->mapTo(window, QPoint()), chain[i]->size());
        const bool up = b.bottom() < a.top();
        const bool newColumnToTheRight = b.left() >= a.right() - 4;
        // The chain is a ring: from the dialog's buttons it goes back to the top.
        const bool wraps = qobject_cast<QDialogButtonBox*>(chain[i - 1]->parentWidget())
            || chain[i - 1]->objectName().startsWith(QLatin1String("qt_wizard_"));
        const auto name = [](QWidget* x) {
            return QStringLiteral("%1(%2)").arg(x->objectName(), QString::fromLatin1(x->metaObject()->className()));
        };
        if (up && !newColumnToTheRight && !wraps)
            jumps << QStringLiteral("%1 -> %2").arg(name(chain[i - 1]), name(chain[i]));
    }
    return jumps;
}

TEST_F(TranslationUiTest, TabFollowsTheReadingOrderInEveryWindow)
{
    const QString sha1 = fillStore();
    QStringList problems;
    const auto check = [&](const QString& name, QWidget* widget) {
        QWidget* window = widget->window();
        for (const QString& jump : tabOrderJumps(window))
            problems << name + QStringLiteral(": ") + jump;
    };
    forEachWindow(check);
    forEachWindow(check, certificateWindows(sha1));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(TranslationsTest, SystemLanguageChoosesTheChineseVariant)
{
    EXPECT_EQ(Translations::resolve(QStringLiteral("system"), QLocale(QStringLiteral("zh_TW"))), QStringLiteral("zh_TW"));
    EXPECT_EQ(Translations::resolve(QStringLiteral("system"), QLocale(QStringLiteral("zh_HK"))), QStringLiteral("zh_TW"));
    EXPECT_EQ(Translations::resolve(QStringLiteral("system"), QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
    EXPECT_EQ(Translations::resolve(QStringLiteral("system"), QLocale(QStringLiteral("zh_SG"))), QStringLiteral("zh_CN"));
    EXPECT_EQ(Translations::resolve(QStringLiteral("system"), QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
    EXPECT_EQ(Translations::resolve(QStringLiteral("system"), QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    EXPECT_EQ(Translations::resolve(QStringLiteral("zh_CN"), QLocale(QStringLiteral("zh_TW"))), QStringLiteral("zh_CN"));
}

TEST(TranslationsTest, InstallReplacesTheLanguageInUse)
{
    const char* source = "System default";
    Translations::install(*qApp, QStringLiteral("zh_TW"));
    const QString traditional = QCoreApplication::translate("AppSettings", source);
    Translations::install(*qApp, QStringLiteral("zh_CN"));
    const QString simplified = QCoreApplication::translate("AppSettings", source);
    Translations::install(*qApp, QStringLiteral("en"));
    const QString english = QCoreApplication::translate("AppSettings", source);
    EXPECT_TRUE(hasCjk(traditional)) << traditional.toStdString();
    EXPECT_TRUE(hasCjk(simplified)) << simplified.toStdString();
    EXPECT_NE(traditional, simplified);
    EXPECT_EQ(english, QLatin1String(source));
    // Qt's own texts too (wizard buttons): qt6-translations-l10n.
    Translations::install(*qApp, QStringLiteral("zh_TW"));
    EXPECT_TRUE(hasCjk(QCoreApplication::translate("QWizard", "&Next"))) << "qtbase_zh_TW.qm not loaded";
    Translations::install(*qApp, QStringLiteral("en"));
}

} // namespace
