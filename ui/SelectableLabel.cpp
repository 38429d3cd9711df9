// SPDX-License-Identifier: GPL-3.0-or-later
#include "SelectableLabel.h"

#include <QLabel>

namespace certpilot {

QLabel* makeSelectableLabel(QWidget* parent, const QString& text, const char* objectName)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace certpilot
