// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interchange/csvreader.h"

#include <QList>
#include <QStringList>

class QTableWidget;
class QWidget;

namespace attain {

/// The first records of a file as the reader sees them with the chosen options — what the import wizard's
/// pages show before anything is checked.
struct ImportPreview
{
    static constexpr int rowCount = 20;

    QString error;
    QString encoding;
    QChar delimiter;
    QList<QStringList> rows; // the header first

    static ImportPreview read(const QString &path, const CsvReader::Options &options);
    /// A read-only table for previews, rows as tall as one line.
    static QTableWidget *makeTable(QWidget *parent);
    /// Shows `rows` under `header`, line breaks as ⏎, columns no wider than 240 pixels.
    static void fill(QTableWidget *table, const QList<QStringList> &rows, const QStringList &header);
};

} // namespace attain
