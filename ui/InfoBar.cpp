// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfoBar.h"

#include "MessageBox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace certpilot {

namespace {
QColor accentFor(InfoBar::Level level)
{
    switch (level) {
    case InfoBar::Level::Information:
        return QColor(0x1e, 0x88, 0xe5);
    case InfoBar::Level::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case InfoBar::Level::Error:
        return QColor(0xe5, 0x39, 0x35);
    }
    return {};
}

QColor mix(const QColor& a, const QColor& b, qreal amount)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}
} // namespace

InfoBar::InfoBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("Details…"), this))
    , m_closeButton(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("infoBarTextLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(QStringLiteral("infoBarDetailsButton"));
    m_closeButton->setObjectName(QStringLiteral("infoBarCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_detailsButton, &QPushButton::clicked, this,
            [this] { MessageBox::information(this, tr("Details"), m_text->text(), m_details); });
    hide();
}

void InfoBar::showMessage(const QString& text, Level level, const QString& details)
{
    m_level = level;
    m_details = details;
    m_text->setText(text);
    m_detailsButton->setVisible(!details.isEmpty());
    const QStyle::StandardPixmap pixmap = level == Level::Information ? QStyle::SP_MessageBoxInformation
        : level == Level::Warning                                     ? QStyle::SP_MessageBoxWarning
                                                                      : QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    applyTint();
    show();
}

QString InfoBar::text() const { return m_text->text(); }

void InfoBar::setClosable(bool closable) { m_closeButton->setVisible(closable); }

void InfoBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTint();
}

void InfoBar::applyTint()
{
    // A light wash of the accent over the window colour keeps the palette's
    // own text colour readable, in light and dark themes alike.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QPalette p = palette();
    const QColor window = base.color(QPalette::Window);
    p.setColor(QPalette::Window, mix(window, accentFor(m_level), 0.22));
    p.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    setPalette(p);
}

} // namespace certpilot
