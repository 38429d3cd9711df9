// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace certpilot {

namespace {

QColor fillOf(StatusIcons::Kind kind)
{
    switch (kind) {
    case StatusIcons::Kind::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case StatusIcons::Kind::Warning:
        return QColor(0xef, 0x8f, 0x00);
    case StatusIcons::Kind::Error:
        return QColor(0xc6, 0x28, 0x28);
    case StatusIcons::Kind::Checking:
        return QColor(0x9e, 0x9e, 0x9e);
    case StatusIcons::Kind::Pending:
        return QColor(0x15, 0x65, 0xc0);
    }
    return {};
}

QPixmap draw(StatusIcons::Kind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(fillOf(kind));
    p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
    QPen mark(Qt::white, std::max(1.5, s / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(mark);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case StatusIcons::Kind::Ok: {
        QPainterPath tick;
        tick.moveTo(s * 0.27, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.69);
        tick.lineTo(s * 0.74, s * 0.34);
        p.drawPath(tick);
        break;
    }
    case StatusIcons::Kind::Error:
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case StatusIcons::Kind::Warning:
        p.drawLine(QPointF(s * 0.5, s * 0.24), QPointF(s * 0.5, s * 0.56));
        p.drawPoint(QPointF(s * 0.5, s * 0.75));
        break;
    case StatusIcons::Kind::Checking:
    case StatusIcons::Kind::Pending:
        // Clock hands: waiting for a result, or for the CA.
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.26));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6));
        break;
    }
    return pixmap;
}

} // namespace

QIcon StatusIcons::icon(Kind kind)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(kind));
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48})
        icon.addPixmap(draw(kind, size));
    cache.insert(int(kind), icon);
    return icon;
}

StatusIcons::Kind StatusIcons::kindOf(ChainStatus status)
{
    switch (status) {
    case ChainStatus::Ok:
        return Kind::Ok;
    // Fixable without a new certificate, or not fatal everywhere.
    case ChainStatus::NotYetValid:
    case ChainStatus::InvalidPurpose:
    case ChainStatus::HostnameMismatch:
    case ChainStatus::WeakCrypto:
        return Kind::Warning;
    default:
        return Kind::Error;
    }
}

} // namespace certpilot
