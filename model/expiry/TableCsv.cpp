// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableCsv.h"

#include <QAbstractItemModel>
#include <QSaveFile>
#include <QStringList>

namespace certpilot {

QString TableCsv::field(const QString& text)
{
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front())) {
        bool number = false;
        value.toDouble(&number);
        if (!number)
            value.prepend(QLatin1Char('\''));
    }
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray TableCsv::fromModel(const QAbstractItemModel& model)
{
    QString text;
    const int columns = model.columnCount();
    QStringList record;
    for (int c = 0; c < columns; ++c)
        record << field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    text += record.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        record.clear();
        for (int c = 0; c < columns; ++c)
            record << field(model.data(model.index(r, c), Qt::DisplayRole).toString());
        text += record.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

Result<void> TableCsv::write(const QString& path, const QByteArray& csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        return Error{ErrorKind::Io,
                     tr("Could not save the inventory to %1. Choose a folder you can write to and try again.")
                         .arg(path),
                     file.errorString()};
    }
    return {};
}

} // namespace certpilot
