// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/xlsxhandoff.h"

#include "core/domain/dates.h"
#include "core/storage/workspace.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace attain {

Result<HandoffWritten> XlsxHandoff::write(const HandoffTable &table, const QString &path)
{
    const auto bytes = encode(table);
    if (!bytes)
        return bytes.problems();
    return FinanceHandoff::writeFile(table, path, *bytes);
}

Result<QByteArray> XlsxHandoff::encode(const HandoffTable &table)
{
    // libxlsxwriter writes a file by name; write it in a private folder, then hand the bytes to the
    // same atomic writer as the CSV so a failure never leaves a half-written workbook at `path`.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Result<QByteArray>::failure(
            QString(), tr("Could not create a temporary folder: %1").arg(dir.errorString()));
    const QByteArray temp = QFile::encodeName(dir.filePath(QStringLiteral("handoff.xlsx")));

    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    lxw_workbook *book = workbook_new_opt(temp.constData(), &options);
    if (!book)
        return Result<QByteArray>::failure(QString(), tr("Could not start the workbook"));
    lxw_worksheet *sheet = workbook_add_worksheet(book, table.kind.toUtf8().constData());
    lxw_format *head = workbook_add_format(book);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDE7F3);
    format_set_bottom(head, LXW_BORDER_THIN);
    lxw_format *amount = workbook_add_format(book);
    format_set_num_format(amount, "#,##0.00");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd");

    QList<int> widths;
    for (int c = 0; c < table.columns.size(); ++c) {
        const QByteArray key = table.columns.at(c).key.toUtf8();
        worksheet_write_string(sheet, 0, lxw_col_t(c), key.constData(), head);
        widths << int(key.size()) + 2;
    }
    using T = HandoffTable::Type;
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        const lxw_row_t row = lxw_row_t(r + 1);
        for (int c = 0; c < table.columns.size() && c < cells.size(); ++c) {
            const QString &text = cells.at(c);
            const lxw_col_t col = lxw_col_t(c);
            if (text.isEmpty())
                continue;
            switch (table.columns.at(c).type) {
            case T::Amount:
            case T::Integer:
                worksheet_write_number(sheet, row, col, text.toDouble(),
                                       table.columns.at(c).type == T::Amount ? amount : nullptr);
                widths[c] = qMax(widths.at(c), int(text.size()) + 4);
                break;
            case T::Date: {
                const QDate d = QDate::fromString(text, Qt::ISODate);
                if (d.isValid()) {
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
                    worksheet_write_datetime(sheet, row, col, &dt, date);
                } else {
                    worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr);
                }
                widths[c] = qMax(widths.at(c), 12);
                break;
            }
            case T::Text: {
                const QByteArray utf8 = text.toUtf8();
                worksheet_write_string(sheet, row, col, utf8.constData(), nullptr);
                // East Asian characters take two columns of width.
                int w = 0;
                for (QChar ch : text)
                    w += ch.unicode() >= 0x2E80 ? 2 : 1;
                widths[c] = qMax(widths.at(c), qMin(w + 2, 60));
                break;
            }
            }
        }
    }
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.rows.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(table.columns.size() - 1));
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        return Result<QByteArray>::failure(
            QString(), tr("Could not write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(error))));
    QFile file(QFile::decodeName(temp));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QString(), file.errorString());
    return file.readAll();
}

Result<QList<HandoffWritten>> XlsxHandoff::writeHandoff(Workspace &workspace, const Period &period,
                                                        const QString &path,
                                                        std::optional<CsvWriter::Encoding> csv)
{
    const auto deals = FinanceHandoff::deals(workspace, period);
    if (!deals)
        return deals.problems();
    const auto payouts = FinanceHandoff::payouts(workspace, period);
    if (!payouts)
        return payouts.problems();
    const QString payoutsPath = FinanceHandoff::payoutsPath(path);
    Result<QByteArray> dealBytes = csv ? FinanceHandoff::encodeCsv(*deals, *csv) : encode(*deals);
    Result<QByteArray> payoutBytes = csv ? FinanceHandoff::encodeCsv(*payouts, *csv) : encode(*payouts);
    Problems problems = dealBytes.problems();
    for (Problem p : payoutBytes.problems()) {
        p.message = tr("payouts file: %1").arg(p.message);
        problems << p;
    }
    if (!problems.isEmpty())
        return problems;
    const auto dealFiles = FinanceHandoff::prepare(*deals, path, *dealBytes);
    const auto payoutFiles = FinanceHandoff::prepare(*payouts, payoutsPath, *payoutBytes);
    if (Status st = OutputFile::writeAll(dealFiles.parts + payoutFiles.parts, {workspace.path()}); !st)
        return st.problems();
    return QList<HandoffWritten>{dealFiles.written, payoutFiles.written};
}

} // namespace attain
