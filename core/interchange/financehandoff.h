// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"
#include "core/domain/result.h"
#include "core/interchange/csvwriter.h"
#include "core/storage/outputfile.h"

#include <QMap>

namespace attain {

class Workspace;

/// A file for finance: named columns of a type, rows of cells as text (amounts as decimal text with
/// all minor digits, dates ISO), and the total of its amount column per currency in minor units.
struct HandoffTable
{
    enum class Type
    {
        Text,
        Integer,
        Amount,
        Date
    };
    struct Column
    {
        QString key;
        Type type = Type::Text;
    };
    QString kind; // "deals"
    Period period;
    QList<Column> columns;
    QList<QStringList> rows;
    /// The column whose amounts the manifest totals.
    QString totalColumn;
    QMap<QString, qint64> totalMinor; // currency → minor units
    /// The workspace's base currency, and the total of the table in it (the base credited amounts of a
    /// deals file, the totals of a payouts file): what the manifest's `total_minor` gives.
    QString baseCurrency;
    qint64 baseTotalMinor = 0;
    /// A closed period's table: the day it was closed, and whether the rows are the ones frozen then
    /// (false only for a period closed before Attain kept them: then the rows are live).
    QString closedOn;
    bool frozen = false;

    QStringList header() const;
    int columnIndex(const QString &key) const;
};

/// What an export wrote: the file, its manifest, and the figures the manifest holds.
struct HandoffWritten
{
    QString path;
    QString manifestPath;
    int rows = 0;
    QMap<QString, qint64> totalMinor;
    qint64 baseTotalMinor = 0;
    QString baseCurrency;
    QByteArray sha256; // hex
};

/// The finance handoff (PRODUCT.md "Interchange"): a period's won deals, one row per credited member,
/// credited amounts split by the largest-remainder rule so that a deal's rows add up to its amount to
/// the fen. Files are written atomically with a manifest beside them (rows, total in minor units,
/// SHA-256 of the file).
class FinanceHandoff
{
    Q_DECLARE_TR_FUNCTIONS(FinanceHandoff)

public:
    /// The period's won deals, one row per credited member: for a closed period the rows frozen at its
    /// close (HandoffTable::frozen), otherwise as the workspace holds them now.
    static Result<HandoffTable> deals(Workspace &workspace, const Period &period);
    /// The rows as the workspace holds them now, closed or not (what a close freezes).
    static Result<HandoffTable> liveDeals(Workspace &workspace, const Period &period);
    /// The period's payouts, one row per member with a statement: `period, login, name, team, commission,
    /// awards, adjustments, total, currency, plan` (clawbacks are negative commission). A closed period
    /// pays its frozen statements. The manifest totals the `total` column.
    static Result<HandoffTable> payouts(Workspace &workspace, const Period &period);
    /// Where the payouts file goes beside a deals file: `NAME-payouts.EXT`.
    static QString payoutsPath(const QString &dealsPath);

    static Result<HandoffWritten> writeCsv(const HandoffTable &table, const QString &path,
                                           CsvWriter::Encoding encoding);
    /// The table encoded as CSV; problems name the row and column of a cell the encoding cannot hold.
    static Result<QByteArray> encodeCsv(const HandoffTable &table, CsvWriter::Encoding encoding);
    /// A file and its manifest `path.manifest.json`, ready to be written together.
    struct Prepared
    {
        HandoffWritten written;
        QList<OutputFile::Part> parts;
    };
    static Prepared prepare(const HandoffTable &table, const QString &path, const QByteArray &bytes);
    /// Writes `bytes` to `path` and the manifest beside it (OutputFile: never over a workspace or an input,
    /// atomically). A failure leaves earlier files of those names as they were.
    static Result<HandoffWritten> writeFile(const HandoffTable &table, const QString &path,
                                            const QByteArray &bytes, const QStringList &inputs = {});
    static QString manifestPath(const QString &path) { return path + QStringLiteral(".manifest.json"); }
};

} // namespace attain
