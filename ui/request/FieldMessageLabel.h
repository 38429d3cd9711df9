// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace certpilot {

// The validation message under a field: one sentence in a warning colour,
// hidden while there is nothing to say. Screen readers get it as the field's
// description (see attachTo).
class FieldMessageLabel : public QLabel {
    Q_OBJECT
public:
    explicit FieldMessageLabel(QWidget* parent = nullptr);

    // Shows `message`, or hides the label when it is empty.
    void setMessage(const QString& message);
    // The field this message describes, for accessibility.
    void attachTo(QWidget* field);

    // A colour for problems that reads on light and dark palettes.
    static QColor warningColor(const QPalette& palette);

private:
    QWidget* m_field = nullptr;
};

} // namespace certpilot
