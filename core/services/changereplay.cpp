// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/changereplay.h"

#include "core/domain/deal.h"
#include "core/queries/recordlabels.h"
#include "core/services/dealservice.h"
#include "core/services/servicesupport.h"
#include "core/storage/recordwriter.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {

const QString kSplits = QStringLiteral("splits");

QStringList notColumnsOf(EntityKind kind)
{
    return kind == EntityKind::Deal ? QStringList{kSplits} : QStringList();
}

bool same(const Fields &a, const Fields &b)
{
    if (a.size() != b.size())
        return false;
    for (const auto &field : a) {
        const auto other =
            std::find_if(b.begin(), b.end(), [&](const auto &f) { return f.first == field.first; });
        if (other == b.end() || !RecordWriter::sameValue(field.second, other->second))
            return false;
    }
    return true;
}

QVariant valueOf(const Fields &fields, const QString &name)
{
    for (const auto &[n, v] : fields)
        if (n == name)
            return v;
    return QVariant();
}

// "Deal D2506-0001" as people know the record.
QString describe(Workspace &ws, const RowChange &row)
{
    const QString table = entityTable(row.kind);
    return RecordLabels::kindLabel(table) + QLatin1Char(' ') + RecordLabels(ws).label(table, row.id);
}

} // namespace

Fields ChangeReplay::current(Workspace &workspace, EntityKind kind, const QString &id, const Fields &like)
{
    const QByteArray key = kind == EntityKind::Setting ? "key" : "id";
    QByteArray columns;
    QStringList names;
    for (const auto &[name, value] : like) {
        if (notColumnsOf(kind).contains(name))
            continue;
        columns += (columns.isEmpty() ? "" : ", ") + name.toLatin1();
        names << name;
    }
    Fields out;
    Statement st(workspace, "SELECT 1" + (columns.isEmpty() ? QByteArray() : ", " + columns) + " FROM " +
                                entityTable(kind).toLatin1() + " WHERE " + key + " = ?");
    st.bind(1, id);
    if (!st.next())
        return out;
    for (int i = 0; i < names.size(); ++i)
        out << qMakePair(names.at(i), st.value(i + 1));
    st.reset();
    if (like.end() !=
        std::find_if(like.begin(), like.end(), [](const auto &f) { return f.first == kSplits; })) {
        const auto deal = DealService(workspace).find(id);
        out << qMakePair(kSplits, textOrNull(deal ? deal->splitsText() : QString()));
    }
    // In the order of `like`, as the change set holds them.
    Fields ordered;
    for (const auto &[name, value] : like)
        ordered << qMakePair(name, valueOf(out, name));
    return ordered;
}

Status ChangeReplay::undo(Workspace &workspace, const ChangeSet &changes)
{
    return replay(workspace, changes, true);
}

Status ChangeReplay::redo(Workspace &workspace, const ChangeSet &changes)
{
    return replay(workspace, changes, false);
}

Status ChangeReplay::replay(Workspace &workspace, const ChangeSet &changes, bool backwards)
{
    if (!changes.complete)
        return Status(Problem{QString(), tr("This change was too large to be undone row by row.")});
    return ServiceSupport::inTransaction(workspace, [&]() -> Status {
        RecordWriter &writer = workspace.writer();
        for (qsizetype n = 0; n < changes.rows.size(); ++n) {
            const RowChange &row = changes.rows.at(backwards ? changes.rows.size() - 1 - n : n);
            const Fields &expected = backwards ? row.after : row.before;
            const Fields &target = backwards ? row.before : row.after;
            const Fields now = current(workspace, row.kind, row.id, expected.isEmpty() ? target : expected);
            const bool exists = !now.isEmpty();
            if (expected.isEmpty() ? exists : (!exists || !same(now, expected)))
                return Status(
                    Problem{QString(), tr("%1 was changed since (in another window, or by attain-cli), "
                                          "so this cannot be undone or redone.")
                                           .arg(describe(workspace, row))});
            const QStringList notColumns = notColumnsOf(row.kind);
            Status st = success();
            if (target.isEmpty()) {
                st = writer.remove(row.kind, row.id, expected);
            } else if (expected.isEmpty()) {
                st = writer.insert(row.kind, row.id, target, notColumns);
            } else {
                const auto changed = writer.update(row.kind, row.id, expected, target, notColumns);
                st = changed ? success() : Status(changed.problems());
            }
            if (!st)
                return st;
            // A rate taken away (or moved) must not leave a won or lost deal of its month without one.
            if (row.kind == EntityKind::Rate && !expected.isEmpty()) {
                Statement orphan(
                    workspace,
                    "SELECT ifnull(external_id, id) FROM deals WHERE currency = ?1 AND stage <> 'open' "
                    "AND substr(coalesce(closed_on, created_on), 1, 7) = ?2 AND NOT EXISTS (SELECT 1 "
                    "FROM rates WHERE currency = ?1 AND month = ?2) LIMIT 1");
                orphan.bind(1, valueOf(expected, QStringLiteral("currency")).toString())
                    .bind(2, valueOf(expected, QStringLiteral("month")).toString());
                if (orphan.next())
                    return Status(
                        Problem{QString(),
                                tr("Deal %1 takes this rate, so it cannot be undone.").arg(orphan.text(0))});
            }
            // A deal's credit splits live in a table of their own, with the amounts they credit (of the
            // amount in the base currency).
            const QString amount = QStringLiteral("base_amount");
            if (row.kind == EntityKind::Deal && !target.isEmpty() &&
                (!RecordWriter::sameValue(valueOf(expected, kSplits), valueOf(target, kSplits)) ||
                 !RecordWriter::sameValue(valueOf(expected, amount), valueOf(target, amount)))) {
                Deal deal;
                deal.id = row.id;
                if (const QVariant base = valueOf(target, amount); !base.isNull())
                    deal.baseMinor = base.toLongLong();
                deal.splits = Deal::splitsFromText(valueOf(target, kSplits).toString());
                if (Status splits = DealService(workspace).writeSplits(deal); !splits)
                    return splits;
            }
        }
        return success();
    });
}

} // namespace attain
