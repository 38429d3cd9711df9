// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"

#include <QList>
#include <QWidget>

class QCheckBox;

namespace certpilot {

// Asks the user to trust root certificates before they go to Trusted Root: a
// trust decision, never a classification. Shows each root's name, validity and
// fingerprints to compare with the CA's published ones, and one unticked box.
// Kept small and self-contained so the CA-import's shared widget can replace it.
class TrustConfirmationWidget : public QWidget {
    Q_OBJECT
public:
    explicit TrustConfirmationWidget(QWidget* parent = nullptr);

    void setRoots(const QList<Certificate>& roots);
    bool isAccepted() const;

signals:
    void decisionChanged(bool accepted);

private:
    QWidget* m_list;
    QCheckBox* m_accept;
};

} // namespace certpilot
