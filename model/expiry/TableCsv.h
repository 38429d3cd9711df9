// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

namespace certpilot {

// A table as CSV for spreadsheets (the expiry inventory): RFC 4180 (fields
// with a comma, quote or line break quoted, quotes doubled, CRLF between
// records), UTF-8 with a byte-order mark so Excel reads Chinese names right.
class TableCsv {
    Q_DECLARE_TR_FUNCTIONS(TableCsv)
public:
    // The header and every row's Qt::DisplayRole text, in the model's order
    // (pass the sorted proxy to export what the user sees).
    static QByteArray fromModel(const QAbstractItemModel& model);
    // One field, quoted when needed. Text a spreadsheet would run as a formula
    // (=, +, -, @ first, but not a number such as -3) gets a leading apostrophe.
    static QString field(const QString& text);
    // Writes atomically (QSaveFile): the old file stays whole if anything fails.
    static Result<void> write(const QString& path, const QByteArray& csv);
};

} // namespace certpilot
