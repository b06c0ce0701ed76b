// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/financehandoff.h"

#include "core/incentives/periodclose.h"

#include "core/domain/dates.h"
#include "core/domain/deal.h"
#include "core/domain/money.h"
#include "core/incentives/incentivestatement.h"
#include "core/services/rateservice.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <numeric>

namespace attain {

QStringList HandoffTable::header() const
{
    QStringList h;
    for (const Column &c : columns)
        h << c.key;
    return h;
}

int HandoffTable::columnIndex(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return i;
    return -1;
}

Result<HandoffTable> FinanceHandoff::deals(Workspace &workspace, const Period &period)
{
    auto table = liveDeals(workspace, period);
    const auto close = PeriodCloseService(workspace).find(period);
    if (!table || !close || !close->closed)
        return table;
    table->closedOn = close->closedAt.left(10);
    if (close->hasHandoff) {
        table->frozen = true;
        table->rows = close->handoffRows;
        table->totalMinor = close->handoffTotals;
        table->baseTotalMinor = close->handoffBaseTotal;
        // The columns the rows were frozen with; closed before base amounts, every amount counted as the
        // base then.
        const qsizetype width = table->rows.isEmpty() ? table->columns.size() : table->rows.first().size();
        if (width == 18 && table->columns.size() == 15)
            table->columns << HandoffTable::Column{QStringLiteral("base_credited_amount"),
                                                   HandoffTable::Type::Amount}
                           << HandoffTable::Column{QStringLiteral("base_deal_amount"),
                                                   HandoffTable::Type::Amount}
                           << HandoffTable::Column{QStringLiteral("base_currency"), HandoffTable::Type::Text};
        for (QStringList &row : table->rows)
            if (row.size() == 15 && table->columns.size() == 18)
                row << row.at(10) << row.at(11) << table->baseCurrency;
    }
    return table;
}

Result<HandoffTable> FinanceHandoff::liveDeals(Workspace &workspace, const Period &period)
{
    using T = HandoffTable::Type;
    HandoffTable table;
    table.kind = QStringLiteral("deals");
    table.period = period;
    table.totalColumn = QStringLiteral("credited_amount");
    table.columns = {{QStringLiteral("period"), T::Text},
                     {QStringLiteral("external_id"), T::Text},
                     {QStringLiteral("contract_no"), T::Text},
                     {QStringLiteral("customer"), T::Text},
                     {QStringLiteral("owner_login"), T::Text},
                     {QStringLiteral("owner_name"), T::Text},
                     {QStringLiteral("team"), T::Text},
                     {QStringLiteral("credited_login"), T::Text},
                     {QStringLiteral("credited_name"), T::Text},
                     {QStringLiteral("share_percent"), T::Integer},
                     {QStringLiteral("credited_amount"), T::Amount},
                     {QStringLiteral("deal_amount"), T::Amount},
                     {QStringLiteral("currency"), T::Text},
                     {QStringLiteral("closed_on"), T::Date},
                     {QStringLiteral("confirmed_on"), T::Date}};
    // A workspace with exchange rates has deals in more than one currency: three columns give each row in
    // the base currency too (PRODUCT.md "Domain"). One without keeps the brief's columns exactly.
    const bool withBase = RateService(workspace).hasRates();
    if (withBase)
        table.columns << HandoffTable::Column{QStringLiteral("base_credited_amount"), T::Amount}
                      << HandoffTable::Column{QStringLiteral("base_deal_amount"), T::Amount}
                      << HandoffTable::Column{QStringLiteral("base_currency"), T::Text};

    // One query, the deal's credits in login order: the owner's 100% when the deal is not split.
    Statement st(workspace, R"(
        SELECT d.id, COALESCE(d.external_id, d.id), COALESCE(d.contract_no, ''), c.name, o.login, o.name,
               d.amount, d.currency, d.closed_on, COALESCE(d.confirmed_on, ''),
               COALESCE(cm.login, o.login), COALESCE(cm.name, o.name), COALESCE(ct.name, ot.name, ''),
               COALESCE(s.percent, 100), COALESCE(s.credited, d.base_amount), d.base_amount
        FROM deals d
        JOIN customers c ON c.id = d.customer_id
        JOIN members o ON o.id = d.owner_id
        LEFT JOIN teams ot ON ot.id = o.team_id
        LEFT JOIN deal_splits s ON s.deal_id = d.id
        LEFT JOIN members cm ON cm.id = s.member_id
        LEFT JOIN teams ct ON ct.id = cm.team_id
        WHERE d.stage = 'won' AND d.closed_on BETWEEN ? AND ?
        ORDER BY d.closed_on, COALESCE(d.external_id, d.id), COALESCE(cm.login, o.login) COLLATE NOCASE)");
    st.bind(1, Dates::toIso(period.start())).bind(2, Dates::toIso(period.end()));
    const QString periodText = period.toString();
    const QString base = RateService(workspace).baseCurrency();
    table.baseCurrency = base;
    // The rows of one deal, finished together: a deal in another currency shares its own amount among its
    // credits by the same largest-remainder rule as the base amount.
    struct Pending
    {
        QStringList cells;
        qint64 credited = 0;
    };
    QList<Pending> deal;
    QList<Split> shares;
    QStringList logins;
    QString dealId, currency;
    qint64 amount = 0;
    auto finish = [&]() {
        const QList<qint64> own =
            currency == base ? QList<qint64>() : Deal::creditedAmounts(amount, shares, logins);
        for (int i = 0; i < deal.size(); ++i) {
            Pending &row = deal[i];
            const qint64 credited = currency == base ? row.credited : own.at(i);
            row.cells[10] = Money(credited, currency).toDecimalString();
            table.totalMinor[currency] += credited;
            table.rows << row.cells;
        }
        deal.clear();
        shares.clear();
        logins.clear();
    };
    while (st.next()) {
        if (st.text(0) != dealId && !deal.isEmpty())
            finish();
        dealId = st.text(0);
        amount = st.int64(6);
        currency = st.text(7);
        // The base credited amount as DealService stored it: the same fen every other figure uses. A deal of
        // an older file whose currency has no rate yet has none (the workspace check lists it).
        const bool hasBase = !st.isNull(15);
        const qint64 baseCredited = st.int64(14);
        if (hasBase)
            table.baseTotalMinor += baseCredited;
        const int percent = int(st.int64(13));
        shares << Split{QString::number(shares.size()), percent};
        logins << st.text(10);
        QStringList cells{periodText,  st.text(1),
                          st.text(2),  st.text(3),
                          st.text(4),  st.text(5),
                          st.text(12), st.text(10),
                          st.text(11), QString::number(percent),
                          QString(),   Money(amount, currency).toDecimalString(),
                          currency,    st.text(8),
                          st.text(9)};
        if (withBase)
            cells << (hasBase ? Money(baseCredited, base).toDecimalString() : QString())
                  << (hasBase ? Money(st.int64(15), base).toDecimalString() : QString()) << base;
        deal << Pending{cells, baseCredited};
    }
    if (!deal.isEmpty())
        finish();
    if (!st.ok())
        return Result<HandoffTable>::failure(QString(), st.error());
    return table;
}

FinanceHandoff::Prepared FinanceHandoff::prepare(const HandoffTable &table, const QString &path,
                                                 const QByteArray &bytes)
{
    Prepared out;
    HandoffWritten &written = out.written;
    written.path = path;
    written.manifestPath = manifestPath(path);
    written.rows = int(table.rows.size());
    written.totalMinor = table.totalMinor;
    written.baseTotalMinor = table.baseTotalMinor;
    written.baseCurrency = table.baseCurrency;
    written.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();

    // Amounts of different currencies are never added: the total is of the base currency's column, and
    // each currency's own total is given apart.
    QJsonObject totals;
    for (auto it = table.totalMinor.cbegin(); it != table.totalMinor.cend(); ++it)
        totals.insert(it.key(), it.value());
    const bool oneCurrency =
        table.totalMinor.isEmpty() ||
        (table.totalMinor.size() == 1 && table.totalMinor.firstKey() == table.baseCurrency);
    const QString totalColumn = oneCurrency || table.kind != QLatin1String("deals")
                                    ? table.totalColumn
                                    : QStringLiteral("base_credited_amount");
    QJsonObject manifest{{QStringLiteral("file"), QFileInfo(path).fileName()},
                         {QStringLiteral("kind"), table.kind},
                         {QStringLiteral("period"), table.period.toString()},
                         {QStringLiteral("rows"), written.rows},
                         {QStringLiteral("total_column"), totalColumn},
                         {QStringLiteral("total_minor"), table.baseTotalMinor},
                         {QStringLiteral("currency"), table.baseCurrency},
                         {QStringLiteral("total_minor_by_currency"), totals},
                         {QStringLiteral("sha256"), QString::fromLatin1(written.sha256)},
                         {QStringLiteral("bytes"), qint64(bytes.size())}};
    out.parts = {
        OutputFile::Part{path, bytes},
        OutputFile::Part{written.manifestPath, QJsonDocument(manifest).toJson(QJsonDocument::Indented)}};
    return out;
}

Result<HandoffWritten> FinanceHandoff::writeFile(const HandoffTable &table, const QString &path,
                                                 const QByteArray &bytes, const QStringList &inputs)
{
    const Prepared prepared = prepare(table, path, bytes);
    if (Status st = OutputFile::writeAll(prepared.parts, inputs); !st)
        return st.problems();
    return prepared.written;
}

Result<HandoffTable> FinanceHandoff::payouts(Workspace &workspace, const Period &period)
{
    using T = HandoffTable::Type;
    HandoffTable table;
    table.kind = QStringLiteral("payouts");
    table.period = period;
    table.totalColumn = QStringLiteral("total");
    table.columns = {{QStringLiteral("period"), T::Text},        {QStringLiteral("login"), T::Text},
                     {QStringLiteral("name"), T::Text},          {QStringLiteral("team"), T::Text},
                     {QStringLiteral("commission"), T::Amount},  {QStringLiteral("awards"), T::Amount},
                     {QStringLiteral("adjustments"), T::Amount}, {QStringLiteral("total"), T::Amount},
                     {QStringLiteral("currency"), T::Text},      {QStringLiteral("plan"), T::Text}};
    const QString currency = RateService(workspace).baseCurrency();
    table.baseCurrency = currency;
    for (const IncentiveStatement &s : StatementBuilder(workspace).members(period)) {
        auto amount = [&](qint64 minor) { return Money(minor, currency).toDecimalString(); };
        table.rows << QStringList{period.toString(),
                                  s.login,
                                  s.name,
                                  s.team,
                                  amount(s.commissionMinor + s.clawbacksMinor),
                                  amount(s.awardsMinor),
                                  amount(s.adjustmentsMinor),
                                  amount(s.totalMinor),
                                  currency,
                                  s.plan};
        table.totalMinor[currency] += s.totalMinor;
        table.baseTotalMinor += s.totalMinor;
    }
    return table;
}

QString FinanceHandoff::payoutsPath(const QString &dealsPath)
{
    const QFileInfo info(dealsPath);
    const QString suffix = info.suffix();
    const QString stem = suffix.isEmpty() ? info.fileName() : info.completeBaseName();
    return info.dir().filePath(stem + QStringLiteral("-payouts") +
                               (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
}

Result<QByteArray> FinanceHandoff::encodeCsv(const HandoffTable &table, CsvWriter::Encoding encoding)
{
    QList<bool> numeric;
    for (const auto &c : table.columns)
        numeric << (c.type == HandoffTable::Type::Amount || c.type == HandoffTable::Type::Integer);
    CsvWriter writer(encoding, table.header(), numeric);
    Problems problems;
    for (int i = 0; i < table.rows.size(); ++i)
        if (auto s = writer.addRow(table.rows.at(i), i + 2); !s)
            problems << s.problems();
    if (!problems.isEmpty())
        return problems;
    return writer.bytes();
}

Result<HandoffWritten> FinanceHandoff::writeCsv(const HandoffTable &table, const QString &path,
                                                CsvWriter::Encoding encoding)
{
    const auto bytes = encodeCsv(table, encoding);
    if (!bytes)
        return bytes.problems();
    return writeFile(table, path, *bytes);
}

} // namespace attain
