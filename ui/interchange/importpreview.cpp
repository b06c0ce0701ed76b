// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/interchange/importpreview.h"

#include <QHeaderView>
#include <QTableWidget>

namespace attain {

ImportPreview ImportPreview::read(const QString &path, const CsvReader::Options &options)
{
    ImportPreview p;
    auto reader = CsvReader::open(path, options);
    if (!reader) {
        p.error = reader.message();
        return p;
    }
    p.encoding = (*reader)->encoding();
    p.delimiter = (*reader)->delimiter();
    QStringList fields;
    while (p.rows.size() <= rowCount) {
        fields.clear();
        if (!(*reader)->next(&fields))
            break;
        p.rows << fields;
    }
    if (!(*reader)->error().isEmpty())
        p.error = (*reader)->error();
    return p;
}

void ImportPreview::fill(QTableWidget *table, const QList<QStringList> &rows, const QStringList &header)
{
    table->clear();
    int columns = int(header.size());
    for (const QStringList &r : rows)
        columns = qMax(columns, int(r.size()));
    table->setColumnCount(columns);
    table->setRowCount(int(rows.size()));
    table->setHorizontalHeaderLabels(header);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c) {
            QString text = rows.at(r).at(c);
            text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            table->setItem(r, c, new QTableWidgetItem(text));
        }
    table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), 240));
}

QTableWidget *ImportPreview::makeTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setWordWrap(false);
    return table;
}

} // namespace attain
