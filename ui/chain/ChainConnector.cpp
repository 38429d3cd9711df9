// SPDX-License-Identifier: GPL-3.0-or-later
#include "chain/ChainConnector.h"

#include <QPainter>
#include <QPainterPath>

namespace certpilot {

namespace {
constexpr int kHeight = 30;
constexpr qreal kHead = 6;   // half width of the arrow head
}

ChainConnector::ChainConnector(bool dashed, QWidget* parent)
    : QWidget(parent)
    , m_dashed(dashed)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(dashed ? tr("missing link") : tr("issued"));
}

QSize ChainConnector::sizeHint() const { return {60, kHeight}; }

void ChainConnector::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Placeholder text: the palette's own muted colour, readable in light and dark.
    const QColor colour = palette().color(QPalette::PlaceholderText);
    // Under the centre of the cards' status icons (ChainCard's left margin 15 +
    // half the 24-pixel icon), so the path reads as one column from the root down.
    const qreal x = 15 + 12;
    const qreal top = 0;
    const qreal bottom = height() - 1;
    QPen pen(colour, 1.6, m_dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap);
    p.setPen(pen);
    p.drawLine(QPointF(x, top), QPointF(x, bottom - kHead));
    QPainterPath head;
    head.moveTo(x - kHead, bottom - kHead - 2);
    head.lineTo(x, bottom);
    head.lineTo(x + kHead, bottom - kHead - 2);
    head.closeSubpath();
    p.fillPath(head, colour);

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p.setFont(small);
    p.setPen(colour);
    const QString label = m_dashed ? tr("issuer not installed") : tr("issued");
    p.drawText(QRectF(x + 14, 0, width() - x - 14, height()), Qt::AlignVCenter | Qt::AlignLeft, label);
}

} // namespace certpilot
