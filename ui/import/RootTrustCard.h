// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Certificate.h"

#include <QFrame>

class QCheckBox;

namespace certpilot {

// One root the import would add to Trusted Root: its name, validity and both
// fingerprints (grouped hex, monospace, selectable, to compare with what the
// CA publishes) and its own box, unticked until the user decides.
class RootTrustCard : public QFrame {
    Q_OBJECT
public:
    RootTrustCard(const Certificate& root, QWidget* parent = nullptr);

    const Certificate& root() const { return m_root; }
    bool isTrusted() const;
    QCheckBox* checkBox() const { return m_trust; }

    // "A1B2 C3D4 ..." in groups of four digits, `perLine` groups to a line.
    static QString groupedHex(const QString& hex, int perLine);

signals:
    void decisionChanged();

private:
    Certificate m_root;
    QCheckBox* m_trust;
};

} // namespace certpilot
