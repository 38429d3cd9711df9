// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpiryTimeline.h"

#include "UrgencyColors.h"

#include <QApplication>
#include <QEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>

namespace certpilot {

namespace {

constexpr double kBarWidth = 0.64;       // of a row
constexpr int kRowPixels = 20;           // below this, labels collide; drag for more rows
constexpr qint64 kDay = 24 * 60 * 60;
constexpr std::array<Urgency, 5> kUrgencies = {Urgency::Expired, Urgency::Critical, Urgency::Warning,
                                               Urgency::Notice, Urgency::None};

int slot(Urgency u) { return static_cast<int>(u); }

QString labelOf(const StoreEntry& e)
{
    QString label = e.friendlyName.isEmpty() ? e.certificate.subject().displayName() : e.friendlyName;
    constexpr int kMax = 34;
    if (label.size() > kMax)
        label = label.left(kMax - 1) + QChar(0x2026);
    return label;
}

QString isoDate(const QDateTime& t) { return t.toUTC().date().toString(Qt::ISODate); }

} // namespace

ExpiryTimeline::ExpiryTimeline(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("expiryTimelinePlot"));
    m_plot->setMinimumHeight(220);
    m_plot->setMouseTracking(true);
    layout->addWidget(m_plot);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setTickCount(6);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Validity (UTC)"));
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->yAxis->setRangeReversed(true);   // soonest expiry at the top
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->grid()->setVisible(false);

    m_plot->addLayer(QStringLiteral("bands"), m_plot->layer(QStringLiteral("grid")), QCustomPlot::limBelow);
    for (auto& band : m_bands) {
        band = new QCPItemRect(m_plot);
        band->setLayer(QStringLiteral("bands"));
        band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->setPen(Qt::NoPen);
        band->setSelectable(false);
    }
    m_today = new QCPItemStraightLine(m_plot);
    m_today->setSelectable(false);
    for (auto& edge : m_edges) {
        edge = new QCPItemStraightLine(m_plot);
        edge->setLayer(QStringLiteral("bands"));
        edge->setSelectable(false);
    }
    // "Today" and "+60 days" above the plot, where no bar can hide them.
    m_plot->axisRect()->setMinimumMargins(QMargins(0, 22, 0, 0));
    auto makeLabel = [this](Qt::Alignment alignment) {
        auto* label = new QCPItemText(m_plot);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->setPositionAlignment(alignment);
        label->setPadding(QMargins(3, 0, 3, 2));
        label->setClipToAxisRect(false);
        label->setSelectable(false);
        return label;
    };
    m_todayLabel = makeLabel(Qt::AlignRight | Qt::AlignBottom);
    m_todayLabel->setText(tr("Today"));
    m_edgeLabel = makeLabel(Qt::AlignHCenter | Qt::AlignBottom);

    for (Urgency u : kUrgencies) {
        auto* series = new QCPFinancial(m_plot->yAxis, m_plot->xAxis);
        series->setChartStyle(QCPFinancial::csCandlestick);
        series->setWidthType(QCPFinancial::wtPlotCoords);
        series->setWidth(kBarWidth);
        series->setTwoColored(false);
        series->setSelectable(QCP::stNone);
        series->setAntialiased(false);
        m_series[slot(u)] = series;
    }
    // The legend goes below the plot, in one row, so it never hides a bar.
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, legendRow);
    legendRow->setMargins(QMargins(0, 0, 0, 4));
    legendRow->addElement(0, 0, m_plot->legend);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setVisible(true);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);

    connect(m_plot, &QCustomPlot::mousePress, this, &ExpiryTimeline::onMousePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ExpiryTimeline::onMouseRelease);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ExpiryTimeline::onMouseMove);

    applyColours();
    rebuild();
}

double ExpiryTimeline::key(const QDateTime& time) { return QCPAxisTickerDateTime::dateTimeToKey(time); }

QColor ExpiryTimeline::colour(Urgency urgency, const QPalette& palette)
{
    const bool dark = UrgencyColors::isDark(palette);
    switch (urgency) {
    case Urgency::Expired:
        // Darker than the critical red: over, not about to be.
        return dark ? QColor(0xb0, 0x4a, 0x44) : QColor(0x7a, 0x12, 0x12);
    case Urgency::Critical:
    case Urgency::Warning:
    case Urgency::Notice:
        return UrgencyColors::text(urgency, palette);
    case Urgency::None:
        break;
    }
    return dark ? QColor(0x57, 0xab, 0x5a) : QColor(0x2e, 0x7d, 0x32);
}

QString ExpiryTimeline::statusName(Urgency urgency, const ExpiryThresholds& t)
{
    switch (urgency) {
    case Urgency::Expired:
        return tr("Expired");
    case Urgency::Critical:
        return tr("Under %1 days").arg(t.critical);
    case Urgency::Warning:
        return tr("Under %1 days").arg(t.warning);
    case Urgency::Notice:
        return tr("Under %1 days").arg(t.notice);
    case Urgency::None:
        break;
    }
    return tr("%1 days or more").arg(t.notice);
}

void ExpiryTimeline::setEntries(const QList<StoreEntry>& entries)
{
    m_entries = entries;
    rebuild();
}

void ExpiryTimeline::setAllStores(bool all)
{
    if (all == m_allStores)
        return;
    m_allStores = all;
    rebuild();
}

void ExpiryTimeline::setThresholds(const ExpiryThresholds& thresholds)
{
    m_thresholds = thresholds;
    rebuild();
}

void ExpiryTimeline::setNow(const QDateTime& now)
{
    m_fixedNow = now;
    rebuild();
}

void ExpiryTimeline::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        rebuild();
    }
}

void ExpiryTimeline::applyColours()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    m_plot->setBackground(base);
    m_plot->axisRect()->setBackground(base);
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
    }
    m_plot->xAxis->grid()->setPen(QPen(pal.color(QPalette::Mid), 0, Qt::DotLine));
    m_plot->legend->setBrush(base);
    m_plot->legend->setTextColor(text);
    for (Urgency u : kUrgencies) {
        const QColor c = colour(u, pal);
        m_series[slot(u)]->setPen(QPen(c.darker(130), 1));
        m_series[slot(u)]->setBrush(c);
        m_series[slot(u)]->setName(statusName(u, m_thresholds));
    }
    const std::array<Urgency, 3> bandUrgency = {Urgency::Critical, Urgency::Warning, Urgency::Notice};
    const bool dark = UrgencyColors::isDark(pal);
    for (int i = 0; i < 3; ++i) {
        QColor c = colour(bandUrgency[i], pal);
        m_edges[i]->setPen(QPen(c, 1, Qt::DashLine));
        // Nearer is stronger: the band of the last week stands out most.
        c.setAlpha((dark ? 80 : 64) - i * 16);
        m_bands[i]->setBrush(c);
    }
    m_today->setPen(QPen(text, 2));
    m_todayLabel->setColor(text);
    m_edgeLabel->setColor(colour(Urgency::Notice, pal));
}

void ExpiryTimeline::rebuild()
{
    m_now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    m_hovered = -1;
    // A reload (an owner edited, a certificate added) keeps where the user panned and zoomed.
    const bool keepView = !m_bars.isEmpty();

    QList<const StoreEntry*> shown;
    shown.reserve(m_entries.size());
    for (const StoreEntry& e : m_entries) {
        if (e.isRequest() || e.certificate.isNull())
            continue;
        if (m_allStores || e.kind == StoreKind::Personal)
            shown << &e;
    }
    std::stable_sort(shown.begin(), shown.end(), [](const StoreEntry* a, const StoreEntry* b) {
        return a->certificate.notAfter() < b->certificate.notAfter();
    });

    // One pass: the bars, each urgency's series data and the row labels.
    m_bars.clear();
    m_bars.reserve(shown.size());
    std::array<QVector<QCPFinancialData>, 5> data;
    std::array<QColor, 5> colours;
    for (Urgency u : kUrgencies)
        colours[slot(u)] = colour(u, palette());
    QVector<double> ticks;
    QVector<QString> labels;
    ticks.reserve(shown.size());
    labels.reserve(shown.size());
    for (const StoreEntry* e : shown) {
        const Certificate& cert = e->certificate;
        Bar bar;
        bar.sha1 = cert.sha1();
        bar.label = labelOf(*e);
        bar.row = m_bars.size();
        bar.start = cert.notBefore();
        bar.end = cert.notAfter();
        bar.urgency = m_thresholds.urgency(cert.daysLeft(m_now), cert.isExpired(m_now));
        bar.colour = colours[slot(bar.urgency)];
        const double from = key(bar.start);
        const double to = key(bar.end);
        // open = start, close = end: the candlestick's body is the validity.
        data[slot(bar.urgency)].append(QCPFinancialData(bar.row, from, to, from, to));
        ticks << bar.row;
        labels << bar.label;
        m_bars << bar;
    }
    for (Urgency u : kUrgencies) {
        auto container = QSharedPointer<QCPFinancialDataContainer>::create();
        container->set(data[slot(u)], true);
        m_series[slot(u)]->setData(container);
    }
    qSharedPointerCast<QCPAxisTickerText>(m_plot->yAxis->ticker())->setTicks(ticks, labels);

    const double today = key(m_now);
    m_today->point1->setCoords(today, 0);
    m_today->point2->setCoords(today, 1);
    const std::array<int, 4> edges = {0, m_thresholds.critical, m_thresholds.warning, m_thresholds.notice};
    for (int i = 0; i < 3; ++i) {
        m_bands[i]->topLeft->setCoords(today + edges[i] * kDay, 0);
        m_bands[i]->bottomRight->setCoords(today + edges[i + 1] * kDay, 1);
        m_edges[i]->point1->setCoords(today + edges[i + 1] * kDay, 0);
        m_edges[i]->point2->setCoords(today + edges[i + 1] * kDay, 1);
    }
    m_todayLabel->position->setCoords(today, 0);
    m_edgeLabel->position->setCoords(today + m_thresholds.notice * kDay, 0);
    m_edgeLabel->setText(tr("+%1 days").arg(m_thresholds.notice));
    if (keepView && !m_bars.isEmpty())
        m_plot->replot();
    else
        resetView();
}

void ExpiryTimeline::resetView()
{
    const double today = key(m_now);
    double lower = today - 30 * kDay;
    double upper = today + 120 * kDay;
    for (const Bar& bar : std::as_const(m_bars)) {
        lower = std::min(lower, key(bar.start));
        upper = std::max(upper, key(bar.end));
    }
    // A 20-year root would squeeze every server certificate into a sliver;
    // what matters is where each bar ends, around today.
    lower = std::max(lower, today - 365 * kDay);
    upper = std::min(upper, today + 2 * 365 * kDay);
    const double pad = (upper - lower) * 0.02;
    m_plot->xAxis->setRange(lower - pad, upper + pad);
    m_plot->yAxis->setRange(-0.6, 0.6);
    fitRows();
}

void ExpiryTimeline::fitRows()
{
    int height = m_plot->axisRect()->height();
    if (height <= 0)   // not laid out yet
        height = m_plot->height() - 120;
    const int fit = std::max(1, height / kRowPixels);
    const int rows = std::max(1, std::min<int>(m_bars.size(), fit));
    const double top = m_plot->yAxis->range().lower;
    m_plot->yAxis->setRange(top, top + rows);
    m_plot->replot();
}

void ExpiryTimeline::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // A date label is about 80 pixels wide: one every 160 or so stays readable.
    m_plot->xAxis->ticker()->setTickCount(std::clamp(event->size().width() / 160, 2, 8));
    // QCustomPlot lays out its axis rect on the next replot; then fit.
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    fitRows();
}

int ExpiryTimeline::barAt(const QPoint& pos) const
{
    if (m_bars.isEmpty() || !m_plot->axisRect()->rect().contains(pos))
        return -1;
    const double y = m_plot->yAxis->pixelToCoord(pos.y());
    const int row = qRound(y);
    if (row < 0 || row >= m_bars.size() || std::abs(y - row) > kBarWidth / 2)
        return -1;
    const Bar& bar = m_bars.at(row);
    // A few pixels of slack, so a short bar in a long view can still be hit.
    const double left = m_plot->xAxis->coordToPixel(key(bar.start)) - 3;
    const double right = m_plot->xAxis->coordToPixel(key(bar.end)) + 3;
    return pos.x() >= left && pos.x() <= right ? row : -1;
}

QPoint ExpiryTimeline::barCenter(int index) const
{
    const Bar& bar = m_bars.at(index);
    const QRect area = m_plot->axisRect()->rect();
    double left = m_plot->xAxis->coordToPixel(key(bar.start));
    double right = m_plot->xAxis->coordToPixel(key(bar.end));
    left = std::max<double>(left, area.left());
    right = std::min<double>(right, area.right());
    return QPoint(qRound((left + right) / 2), qRound(m_plot->yAxis->coordToPixel(bar.row)));
}

void ExpiryTimeline::onMousePress(QMouseEvent* event) { m_pressPos = event->position().toPoint(); }

void ExpiryTimeline::onMouseRelease(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton
        || (event->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return;   // a drag pans; only a click selects
    const int index = barAt(event->position().toPoint());
    if (index >= 0)
        emit certificateActivated(m_bars.at(index).sha1);
}

void ExpiryTimeline::onMouseMove(QMouseEvent* event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const int index = barAt(event->position().toPoint());
    if (index == m_hovered)
        return;
    m_hovered = index;
    if (index < 0) {
        m_plot->unsetCursor();
        QToolTip::hideText();
        return;
    }
    m_plot->setCursor(Qt::PointingHandCursor);
    const Bar& bar = m_bars.at(index);
    const QString left = bar.end <= m_now ? tr("Expired")
                                          : tr("Days left: %1").arg(m_now.secsTo(bar.end) / kDay);
    const QString text = QStringLiteral("<b>%1</b><br>%2<br>%3<br>%4")
                             .arg(bar.label.toHtmlEscaped(),
                                  tr("Valid from %1 to %2").arg(isoDate(bar.start), isoDate(bar.end)),
                                  left.toHtmlEscaped(), tr("Thumbprint %1").arg(bar.sha1));
    QToolTip::showText(m_plot->mapToGlobal(event->position().toPoint()), text, m_plot);
}

} // namespace certpilot
