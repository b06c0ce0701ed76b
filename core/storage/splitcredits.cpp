// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/splitcredits.h"

#include "core/domain/deal.h"

#include <sqlite3.h>

#include <memory>

namespace attain {

int SplitCredits::fill(sqlite3 *db)
{
    auto finalize = [](sqlite3_stmt *st) { sqlite3_finalize(st); };
    sqlite3_stmt *r = nullptr, *w = nullptr;
    int rc =
        sqlite3_prepare_v2(db,
                           "SELECT s.deal_id, d.amount, s.member_id, s.percent, ifnull(m.login, '') FROM "
                           "deal_splits s JOIN deals d ON d.id = s.deal_id LEFT JOIN members m ON m.id = "
                           "s.member_id ORDER BY s.deal_id, s.member_id",
                           -1, &r, nullptr);
    std::unique_ptr<sqlite3_stmt, decltype(finalize)> read(r, finalize);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_prepare_v2(db, "UPDATE deal_splits SET credited = ?3 WHERE deal_id = ?1 AND member_id = ?2",
                            -1, &w, nullptr);
    std::unique_ptr<sqlite3_stmt, decltype(finalize)> write(w, finalize);
    if (rc != SQLITE_OK)
        return rc;

    qint64 deal = -1, amount = 0;
    QList<qint64> members;
    QList<Split> splits;
    QStringList logins;
    auto flush = [&]() -> int {
        const QList<qint64> credited = Deal::creditedAmounts(amount, splits, logins);
        for (int i = 0; i < members.size(); ++i) {
            sqlite3_bind_int64(write.get(), 1, deal);
            sqlite3_bind_int64(write.get(), 2, members.at(i));
            sqlite3_bind_int64(write.get(), 3, credited.at(i));
            const int step = sqlite3_step(write.get());
            sqlite3_reset(write.get());
            if (step != SQLITE_DONE)
                return step;
        }
        members.clear();
        splits.clear();
        logins.clear();
        return SQLITE_OK;
    };
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(read.get())) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(read.get(), 0);
        if (id != deal && !members.isEmpty())
            if (const int st = flush(); st != SQLITE_OK)
                return st;
        deal = id;
        amount = sqlite3_column_int64(read.get(), 1);
        members << sqlite3_column_int64(read.get(), 2);
        splits << Split{QString::number(members.last()), int(sqlite3_column_int64(read.get(), 3))};
        logins << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read.get(), 4)));
    }
    if (step != SQLITE_DONE)
        return step;
    return members.isEmpty() ? SQLITE_OK : flush();
}

} // namespace attain
