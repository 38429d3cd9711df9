// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpiryThresholds.h"
#include "StoreEntry.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPoint>
#include <QWidget>

#include <array>

class QCustomPlot;
class QCPFinancial;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QResizeEvent;
class QMouseEvent;

namespace certpilot {

// The validity timeline of the expiry dashboard: a horizontal bar per
// certificate from not-before to not-after (soonest expiry at the top), a line
// for today, shaded bands up to today + 7/30/60 days, bars coloured by how
// soon they expire. Drag and wheel pan and zoom; hovering a bar names the
// certificate; clicking it emits certificateActivated.
//
// Drawn with five QCPFinancial plottables, one per urgency (a candlestick body
// is a bar from open to close; its key axis is the y axis, so it lies flat):
// 10,000 certificates are five plottables, not 10,000 items.
class ExpiryTimeline : public QWidget {
    Q_OBJECT
public:
    struct Bar {
        QString sha1;
        QString label;
        int row = 0;        // y coordinate, 0 at the top
        QDateTime start;    // not-before
        QDateTime end;      // not-after
        Urgency urgency = Urgency::None;
        QColor colour;
    };

    explicit ExpiryTimeline(QWidget* parent = nullptr);

    // The certificates of the Personal store, or of every store; requests
    // have no dates and are left out. Rebuilds the plot in one pass.
    void setEntries(const QList<StoreEntry>& entries);
    void setAllStores(bool all);
    bool allStores() const { return m_allStores; }
    void setThresholds(const ExpiryThresholds& thresholds);
    // The clock (tests); invalid means the current time at each rebuild.
    void setNow(const QDateTime& now);
    // Shows every bar from the earliest start to the latest end, the first rows.
    void resetView();

    const QList<Bar>& bars() const { return m_bars; }
    QDateTime now() const { return m_now; }
    // The x coordinate (QCPAxisTickerDateTime key, seconds) of a time.
    static double key(const QDateTime& time);
    // The colour of each urgency's bars, for the palette in use.
    static QColor colour(Urgency urgency, const QPalette& palette);
    // The legend's text for an urgency, with the thresholds in days.
    static QString statusName(Urgency urgency, const ExpiryThresholds& thresholds);

    QCustomPlot* plot() const { return m_plot; }
    QCPItemStraightLine* todayLine() const { return m_today; }
    // Bands from today to today + critical, + warning, + notice days.
    const std::array<QCPItemRect*, 3>& bands() const { return m_bands; }
    // The bar under a point of plot(), or -1.
    int barAt(const QPoint& pos) const;
    // Where a bar's middle is, in plot() pixels (tests click there).
    QPoint barCenter(int index) const;

signals:
    void certificateActivated(const QString& sha1);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void applyColours();
    // As many rows as fit the plot's height readably, from the top row shown.
    void fitRows();
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);

    QCustomPlot* m_plot = nullptr;
    std::array<QCPFinancial*, 5> m_series{};   // indexed by Urgency
    std::array<QCPItemRect*, 3> m_bands{};
    QCPItemStraightLine* m_today = nullptr;
    std::array<QCPItemStraightLine*, 3> m_edges{};   // dashed, at +7, +30, +60 days
    QCPItemText* m_todayLabel = nullptr;
    QCPItemText* m_edgeLabel = nullptr;
    QList<StoreEntry> m_entries;
    QList<Bar> m_bars;
    ExpiryThresholds m_thresholds;
    QDateTime m_fixedNow;
    QDateTime m_now;
    QPoint m_pressPos;
    int m_hovered = -1;
    bool m_allStores = false;
};

} // namespace certpilot
