// SPDX-License-Identifier: GPL-3.0-or-later
#include "request/FieldMessageLabel.h"

namespace certpilot {

FieldMessageLabel::FieldMessageLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, warningColor(p));
    setPalette(p);
    hide();
}

QColor FieldMessageLabel::warningColor(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

void FieldMessageLabel::setMessage(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(message);
}

void FieldMessageLabel::attachTo(QWidget* field)
{
    m_field = field;
    setBuddy(field);
}

} // namespace certpilot
