// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/ChainCard.h"

#include "settings/AppSettings.h"
#include "UrgencyColors.h"

#include <QEnterEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>

namespace certpilot {

namespace {

constexpr int kStripe = 5;
constexpr qreal kRadius = 6;

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

QString day(const QDateTime& t) { return t.toUTC().date().toString(Qt::ISODate); }

QLabel* makeLabel(QWidget* parent, const char* name, Qt::TextFormat format = Qt::PlainText)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(format);
    label->setWordWrap(true);
    // The card paints a Base-coloured background, so text takes the Base's partner.
    label->setForegroundRole(QPalette::Text);
    // Clicks go to the card (selection), not to text selection.
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    return label;
}

} // namespace

ChainCard::ChainCard(const ChainNode& node, Position position, const QDateTime& now, QWidget* parent)
    : QFrame(parent)
    , m_node(node)
    , m_position(position)
    , m_now(now.isValid() ? now : QDateTime::currentDateTimeUtc())
    , m_icon(new QLabel(this))
    , m_title(makeLabel(this, "chainCardTitleLabel"))
    , m_role(makeLabel(this, "chainCardRoleLabel"))
    , m_issuer(makeLabel(this, "chainCardIssuerLabel"))
    , m_validity(makeLabel(this, "chainCardValidityLabel", Qt::RichText))
    , m_status(makeLabel(this, "chainCardStatusLabel", Qt::RichText))
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    if (!isGap()) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(tr("%1\nClick, or press Enter, to select this certificate.").arg(m_node.certificate.subject().toString()));
    }
    m_icon->setObjectName(QStringLiteral("chainCardIconLabel"));
    m_icon->setPixmap(StatusIcons::icon(kind()).pixmap(24, 24));
    m_icon->setFixedSize(24, 24);
    m_icon->setAttribute(Qt::WA_TransparentForMouseEvents);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_role->setWordWrap(false);
    m_role->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_role->setForegroundRole(QPalette::PlaceholderText);

    auto* head = new QHBoxLayout;
    head->setSpacing(12);
    head->addWidget(m_title, 1);
    head->addWidget(m_role, 0, Qt::AlignTop);
    auto* text = new QVBoxLayout;
    text->setSpacing(3);
    text->addLayout(head);
    text->addWidget(m_issuer);
    text->addWidget(m_validity);
    text->addSpacing(2);
    text->addWidget(m_status);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(kStripe + 10, 10, 12, 10);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    m_issuer->setVisible(!isGap());
    m_validity->setVisible(!isGap());
    fillTexts();
}

QString ChainCard::sha1() const { return isGap() ? QString() : m_node.certificate.sha1(); }

StatusIcons::Kind ChainCard::kind() const
{
    return isGap() ? StatusIcons::Kind::Error : StatusIcons::kindOf(m_node.status());
}

QString ChainCard::statusKind() const
{
    if (isGap())
        return QStringLiteral("gap");
    switch (kind()) {
    case StatusIcons::Kind::Ok:
        return QStringLiteral("ok");
    case StatusIcons::Kind::Warning:
        return QStringLiteral("warning");
    default:
        return QStringLiteral("error");
    }
}

QColor ChainCard::accent() const
{
    const QPalette& pal = palette();
    switch (kind()) {
    case StatusIcons::Kind::Ok:
        // The green of StatusIcons' OK disk, lightened on dark backgrounds (4.5:1 on both).
        return UrgencyColors::isDark(pal) ? QColor(0x6c, 0xcb, 0x70) : QColor(0x2e, 0x7d, 0x32);
    case StatusIcons::Kind::Warning:
        return UrgencyColors::text(Urgency::Warning, pal);
    case StatusIcons::Kind::Error:
        return UrgencyColors::text(Urgency::Critical, pal);
    case StatusIcons::Kind::Checking:
    case StatusIcons::Kind::Pending:
        break;
    }
    return pal.color(QPalette::PlaceholderText);
}

QString ChainCard::daysLeftText(const Certificate& certificate, const QDateTime& now)
{
    // Whole days, rounded down both ways: 4 days and an hour ago is "4 days ago".
    // Singular strings of their own: English has no plural forms without a translation.
    if (certificate.isNotYetValid(now)) {
        const qint64 days = std::max<qint64>(1, (now.secsTo(certificate.notBefore()) + 86399) / 86400);
        return days == 1 ? tr("starts in 1 day") : tr("starts in %n days", nullptr, int(days));
    }
    const qint64 secs = now.secsTo(certificate.notAfter());
    if (certificate.isExpired(now)) {
        const qint64 ago = -secs / 86400;
        return ago == 0 ? tr("expired today")
            : ago == 1  ? tr("expired yesterday")
                        : tr("expired %n days ago", nullptr, int(ago));
    }
    const qint64 left = secs / 86400;
    return left == 0 ? tr("expires today")
        : left == 1  ? tr("expires in 1 day")
                     : tr("expires in %n days", nullptr, int(left));
}

QString ChainCard::roleText() const
{
    if (isGap())
        return tr("Not installed");
    const Certificate& c = m_node.certificate;
    switch (m_position) {
    case Position::Leaf:
        return m_node.trustAnchor ? tr("This certificate, trusted root") : tr("This certificate");
    case Position::Root:
        if (m_node.trustAnchor)
            return tr("Trusted root");
        return c.isSelfIssued() ? tr("Root, not trusted") : tr("Intermediate CA");
    case Position::Intermediate:
        break;
    }
    return tr("Intermediate CA");
}

void ChainCard::fillTexts()
{
    const QColor accentColor = accent();
    m_role->setText(roleText());
    if (isGap()) {
        m_title->setText(tr("Missing issuer certificate"));
        // The title already says what is wrong; the sentence names who is missing and what to do.
        m_status->setText(m_node.explanation().toHtmlEscaped());
        setAccessibleName(tr("Missing issuer certificate"));
        setAccessibleDescription(m_node.explanation());
        return;
    }
    const Certificate& c = m_node.certificate;
    m_title->setText(c.subject().displayName());
    m_issuer->setText(c.isSelfIssued() ? tr("Issued by: itself (self-signed)")
                                       : tr("Issued by: %1").arg(c.issuer().displayName()));
    m_issuer->setToolTip(c.issuer().toString());

    const QString left = daysLeftText(c, m_now);
    const Urgency urgency = c.isNotYetValid(m_now) ? Urgency::Warning
                                                   : AppSettings::load().expiry.urgency(c.daysLeft(m_now), c.isExpired(m_now));
    const QColor urgent = UrgencyColors::text(urgency, palette());
    const QString leftHtml = urgent.isValid()
        ? QStringLiteral("<b style=\"color:%1\">%2</b>").arg(urgent.name(), left.toHtmlEscaped())
        : left.toHtmlEscaped();
    m_validity->setText(tr("Valid %1 to %2 (%3)").arg(day(c.notBefore()), day(c.notAfter()), leftHtml));

    const ChainStatus st = m_node.status();
    m_status->setText(QStringLiteral("<b style=\"color:%1\">%2.</b> %3")
                          .arg(accentColor.name(), ChainStatusText::shortText(st).toHtmlEscaped(),
                               m_node.explanation().toHtmlEscaped()));
    setAccessibleName(tr("%1, %2, %3").arg(c.subject().displayName(), roleText(), ChainStatusText::shortText(st)));
    setAccessibleDescription(tr("Issued by %1. Valid %2 to %3, %4. %5")
                                 .arg(c.issuer().displayName(), day(c.notBefore()), day(c.notAfter()), left,
                                      m_node.explanation()));
}

void ChainCard::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool dark = UrgencyColors::isDark(pal);
    const QColor accentColor = accent();
    const QColor base = pal.color(QPalette::Base);
    const QRectF box = QRectF(rect()).adjusted(2.5, 2.5, -2.5, -2.5);
    QPainterPath shape;
    shape.addRoundedRect(box, kRadius, kRadius);

    qreal tint = dark ? 0.16 : 0.07;
    if (m_hover && !isGap())
        tint += 0.05;
    if (isGap()) {
        p.fillPath(shape, base);
        QPen pen(accentColor, 1.6, Qt::DashLine);
        p.setPen(pen);
        p.drawPath(shape);
    } else {
        p.fillPath(shape, mix(base, accentColor, tint));
        p.save();
        p.setClipPath(shape);
        p.fillRect(QRectF(box.left(), box.top(), kStripe, box.height()), accentColor);
        p.restore();
        p.setPen(QPen(mix(base, accentColor, 0.6), 1));
        p.drawPath(shape);
    }
    if (hasFocus()) {
        QPainterPath ring;
        ring.addRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), kRadius + 1, kRadius + 1);
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(ring);
    }
}

void ChainCard::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!isGap())
            emit activated(sha1());
        event->accept();
        return;
    case Qt::Key_Up:
        focusNextPrevChild(false);
        event->accept();
        return;
    case Qt::Key_Down:
        focusNextPrevChild(true);
        event->accept();
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void ChainCard::mousePressEvent(QMouseEvent* event)
{
    m_pressed = event->button() == Qt::LeftButton;
    QFrame::mousePressEvent(event);
}

void ChainCard::mouseReleaseEvent(QMouseEvent* event)
{
    const bool click = m_pressed && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint());
    m_pressed = false;
    if (click && !isGap())
        emit activated(sha1());
    QFrame::mouseReleaseEvent(event);
}

void ChainCard::focusInEvent(QFocusEvent* event)
{
    QFrame::focusInEvent(event);
    update();
    emit focused();
}

void ChainCard::focusOutEvent(QFocusEvent* event)
{
    QFrame::focusOutEvent(event);
    update();
}

void ChainCard::enterEvent(QEnterEvent* event)
{
    m_hover = true;
    update();
    QFrame::enterEvent(event);
}

void ChainCard::leaveEvent(QEvent* event)
{
    m_hover = false;
    update();
    QFrame::leaveEvent(event);
}

void ChainCard::changeEvent(QEvent* event)
{
    // Colours inside the rich text follow the palette (light/dark switch).
    if (event->type() == QEvent::PaletteChange)
        fillTexts();
    QFrame::changeEvent(event);
}

} // namespace certpilot
