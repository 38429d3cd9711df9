// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpWindow.h"

#include "HelpTopic.h"
#include "settings/Translations.h"

#include <QApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPointer>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace certpilot {

namespace {

QPointer<HelpWindow>& instance()
{
    static QPointer<HelpWindow> window;
    return window;
}

// F1 is handled for the whole application, so that every wizard and dialog
// has help without knowing about it.
class F1Filter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
            return false;
        auto* key = static_cast<QKeyEvent*>(event);
        if (!key->matches(QKeySequence::HelpContents))
            return false;
        QWidget* front = QApplication::activeWindow();
        if (qobject_cast<HelpWindow*>(front))
            return false;
        HelpWindow::showPage(HelpTopic::forWidget(front ? front : static_cast<QWidget*>(watched)));
        return true;
    }
};

QToolButton* toolButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& text, const char* name)
{
    auto* button = new QToolButton(parent);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setText(text);
    button->setToolTip(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(QString::fromLatin1(name));
    return button;
}

} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("CertPilot Help"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_back = toolButton(this, QStyle::SP_ArrowBack, tr("Back"), "backToolButton");
    m_forward = toolButton(this, QStyle::SP_ArrowForward, tr("Forward"), "forwardToolButton");
    auto* home = toolButton(this, QStyle::SP_DirHomeIcon, tr("Contents"), "contentsToolButton");
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpTextBrowser"));
    m_browser->setOpenExternalLinks(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addWidget(home);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_browser);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QToolButton::clicked, this, [this] { open(QStringLiteral("index")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    resize(760, 640);
}

QString HelpWindow::pageUrl(const QString& page, const QString& language)
{
    const QString name = page.section(QLatin1Char('#'), 0, 0);
    const QString anchor = page.section(QLatin1Char('#'), 1);
    QString path = QStringLiteral(":/help/%1/%2.html").arg(language, name);
    if (!QFile::exists(path))
        path = QStringLiteral(":/help/en/%1.html").arg(name);
    if (!QFile::exists(path))
        path = QStringLiteral(":/help/en/index.html");
    return QLatin1String("qrc") + path + (anchor.isEmpty() ? QString() : QLatin1Char('#') + anchor);
}

void HelpWindow::open(const QString& page)
{
    const QString name = page.isEmpty() ? QStringLiteral("index") : page;
    m_browser->setSource(QUrl(pageUrl(name, Translations::current())));
}

QString HelpWindow::currentPage() const
{
    return m_browser->source().toString();
}

HelpWindow* HelpWindow::showPage(const QString& page)
{
    if (!instance())
        instance() = new HelpWindow;
    HelpWindow* window = instance();
    window->open(page);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void HelpWindow::installF1()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    qApp->installEventFilter(new F1Filter(qApp));
}

} // namespace certpilot
