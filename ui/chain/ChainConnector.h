// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace certpilot {

// The link between two cards of a chain: an arrow from the issuer down to the
// certificate it issued, labelled "issued". Dashed when the issuer above is
// missing (a gap), so the broken link reads as broken.
class ChainConnector : public QWidget {
    Q_OBJECT
    Q_PROPERTY(bool dashed READ isDashed CONSTANT)
public:
    explicit ChainConnector(bool dashed, QWidget* parent = nullptr);

    bool isDashed() const { return m_dashed; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    bool m_dashed;
};

} // namespace certpilot
