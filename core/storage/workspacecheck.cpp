// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/workspacecheck.h"

#include "core/storage/schema.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

#include <QScopeGuard>

namespace attain {

bool WorkspaceCheck::allPassed(const QList<Item> &items)
{
    return std::all_of(items.begin(), items.end(), [](const Item &i) { return i.passed; });
}

WorkspaceCheck::Item WorkspaceCheck::countQuery(const QString &key, const QString &title,
                                                const QByteArray &countSql, const QByteArray &exampleSql)
{
    Item item{key, title};
    Statement count(m_workspace, countSql);
    if (!count.next()) {
        item.passed = false;
        item.examples << count.error();
        return item;
    }
    item.violations = count.int64(0);
    count.reset();
    item.passed = item.violations == 0;
    if (!item.passed) {
        Statement examples(m_workspace, exampleSql + " LIMIT 5");
        while (examples.next())
            item.examples << examples.text(0);
    }
    return item;
}

QList<WorkspaceCheck::Item> WorkspaceCheck::run()
{
    // The check reads every page once: through the memory map they would all count against the process
    // (1.5 GB for the large demo), through reads they pass and are gone.
    m_workspace.setMemoryMapped(false);
    const auto restoreMap = qScopeGuard([this] { m_workspace.setMemoryMapped(true); });
    QList<Item> items;

    Item integrity{QStringLiteral("integrity"), tr("SQLite integrity check")};
    {
        Statement st(m_workspace, "PRAGMA integrity_check(20)");
        while (st.next()) {
            const QString line = st.text(0);
            if (line != QLatin1String("ok")) {
                integrity.passed = false;
                ++integrity.violations;
                integrity.examples << line;
            }
        }
        if (!st.ok()) {
            integrity.passed = false;
            integrity.examples << st.error();
        }
    }
    items << integrity;

    Item keys{QStringLiteral("foreign_keys"), tr("References between records")};
    {
        Statement st(m_workspace, "PRAGMA foreign_key_check");
        while (st.next()) {
            ++keys.violations;
            if (keys.examples.size() < 5)
                keys.examples
                    << QStringLiteral("%1 row %2 → %3").arg(st.text(0)).arg(st.int64(1)).arg(st.text(2));
        }
        keys.passed = keys.violations == 0 && st.ok();
    }
    items << keys;

    items << countQuery(
        QStringLiteral("splits"), tr("Credit splits add up to 100%"),
        "SELECT count(*) FROM (SELECT deal_id FROM deal_splits GROUP BY deal_id "
        "HAVING sum(percent) <> 100)",
        "SELECT d.external_id || ' (' || sum(s.percent) || '%)' FROM deal_splits s JOIN deals d "
        "ON d.id = s.deal_id GROUP BY s.deal_id HAVING sum(s.percent) <> 100");
    items << countQuery(
        QStringLiteral("split_credits"),
        tr("Credited amounts of split deals add up to the deal's amount in the base currency"),
        "SELECT count(*) FROM (SELECT s.deal_id FROM deal_splits s JOIN deals d ON d.id = s.deal_id GROUP BY "
        "s.deal_id HAVING sum(s.credited) <> ifnull(max(d.base_amount), 0))",
        "SELECT ifnull(d.external_id, d.id) || ' (' || sum(s.credited) || ' of ' || "
        "ifnull(max(d.base_amount), "
        "0) || ')' FROM deal_splits s JOIN deals d ON d.id = s.deal_id GROUP BY s.deal_id HAVING "
        "sum(s.credited) <> ifnull(max(d.base_amount), 0)");
    items << countQuery(QStringLiteral("base_amounts"),
                        tr("Deals in other currencies have a rate to the base currency"),
                        "SELECT count(*) FROM deals WHERE base_amount IS NULL",
                        "SELECT ifnull(external_id, id) || ': ' || currency || ', ' || "
                        "substr(coalesce(closed_on, created_on), "
                        "1, 7) FROM deals WHERE base_amount IS NULL");
    items << countQuery(
        QStringLiteral("closed_dates"), tr("Won and lost deals have a closing date"),
        "SELECT count(*) FROM deals WHERE stage IN ('won', 'lost') AND closed_on IS NULL",
        "SELECT ifnull(external_id, id) FROM deals WHERE stage IN ('won', 'lost') AND closed_on IS NULL");

    QByteArray moneyCount = "SELECT 0";
    QByteArray moneyExamples = "SELECT NULL WHERE 0";
    for (const auto &[table, column] : Schema::moneyColumns()) {
        const QByteArray where = " WHERE typeof(" + column.toLatin1() + ") NOT IN ('integer', 'null')";
        moneyCount += " + (SELECT count(*) FROM " + table.toLatin1() + where + ")";
        moneyExamples += " UNION ALL SELECT '" + table.toLatin1() + "." + column.toLatin1() + " = ' || " +
                         column.toLatin1() + " FROM " + table.toLatin1() + where;
    }
    items << countQuery(QStringLiteral("money_integers"), tr("Money is stored as whole minor units"),
                        moneyCount, moneyExamples);

    QByteArray logCount = "SELECT 0";
    QByteArray logExamples = "SELECT NULL WHERE 0";
    for (const QString &table : Schema::entityTables()) {
        const QByteArray t = table.toLatin1();
        const QByteArray key = table == QLatin1String("settings") ? "key" : "id";
        const QByteArray where = " FROM " + t +
                                 " r LEFT JOIN change_log c ON c.seq = r.changed_seq WHERE c.seq IS "
                                 "NULL OR c.entity <> '" +
                                 t + "' OR c.entity_id <> r." + key;
        logCount += " + (SELECT count(*)" + where + ")";
        logExamples += " UNION ALL SELECT '" + t + " ' || r." + key + where;
    }
    items << countQuery(QStringLiteral("change_log"), tr("Every change has a change-log entry"), logCount,
                        logExamples);
    return items;
}

} // namespace attain
