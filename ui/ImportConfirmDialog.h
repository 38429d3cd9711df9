// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportPlan.h"

#include <QDialog>

namespace certpilot {

// Shows what an import will do before anything is written: each certificate
// with its type, destination store and key, what is skipped and why, and for
// a new trusted root its fingerprints to compare with the CA's, since
// installing a root is a trust decision.
class ImportConfirmDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportConfirmDialog(const ImportPlan& plan, QWidget* parent = nullptr);

private:
    QWidget* makeTrustWarning(const ImportPlan& plan);
    QString problemsText(const ImportPlan& plan) const;
};

} // namespace certpilot
