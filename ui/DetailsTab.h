// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;

namespace certpilot {

class Certificate;

// The Details tab: every field of the certificate in a field/value list, and
// the selected value in full below it. Ctrl+C copies the selected value.
class DetailsTab : public QWidget {
    Q_OBJECT
public:
    explicit DetailsTab(QWidget* parent = nullptr);

    void setCertificate(const Certificate& certificate, const QString& friendlyName);
    void clear();
    // The full value of the selected field, what Ctrl+C copies.
    QString selectedValue() const;
    void copySelectedValue() const;

private:
    QTreeWidget* m_fields;
    QPlainTextEdit* m_value;
};

} // namespace certpilot
