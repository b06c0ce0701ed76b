// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entitykind.h"
#include "core/domain/fields.h"
#include "core/domain/result.h"
#include "core/storage/recordwriter.h"
#include "core/storage/workspace.h"
#include "core/storage/writetransaction.h"

#include <functional>
#include <optional>

namespace attain {

/// Whether a write checks the record's references (members, customers, teams it names; unique numbers)
/// against the workspace, or its caller already resolved each of them from rows it read inside the same
/// write transaction (an import, which looks up every name once).
enum class References
{
    Check,
    ResolvedByCaller
};

/// The rules of one kind of record, in one place: how it is read, checked and stored, who may change it,
/// and what follows from a change. Every door — a form, an import, the command line, a team member's
/// bundle — writes through CheckedWrite with these.
template <typename R> struct RecordRules
{
    EntityKind kind = EntityKind::Other;
    /// Said when the record is gone ("The deal no longer exists").
    QString gone;
    /// Reads the record as it is now (inside the write transaction).
    std::function<std::optional<R>(const QString &id)> find;
    /// The domain's own validation of a record, which needs nothing else.
    std::function<Problems(const R &)> validate;
    /// Its references against the workspace (skipped when the caller resolved them).
    std::function<Problems(const R &)> references;
    /// Who may: AccessPolicy's rule for the kind, given the record before and after.
    std::function<Status(const R *before, const R *after)> access;
    std::function<Fields(const R &)> fields;
    /// What the service itself sets on a record written over `before` (none: a new one), whatever the caller
    /// passed — a rating's author and confirmation, a deal's amount in the base currency — or why it cannot
    /// be written (a deal with no rate for its currency and month); may be empty.
    std::function<Result<R>(const R *before, R after)> stamp;
    /// Fields recorded in the change set that are no columns of the table (a deal's `splits`).
    QStringList notColumns;
    /// What follows a write of the row (a deal's splits and ownership); may be empty.
    std::function<Status(const R *before, const R &after)> afterWrite;
    /// Before a deletion: refuse it (references that keep the record) or take rows with it; may be empty.
    std::function<Status(const R &before)> beforeRemove;
};

/// The one checked write path. write() runs inside the caller's write transaction; create, update and remove
/// open one, read the record as it is inside it (so another program's change in between is seen), and commit.
class CheckedWrite
{
public:
    template <typename R>
    static Status write(Workspace &ws, const RecordRules<R> &rules, const R *before, const R *after,
                        References references = References::Check)
    {
        if (after && rules.stamp) {
            const Result<R> stamped = rules.stamp(before, *after);
            if (!stamped)
                return Status(stamped.problems());
            return writeStamped(ws, rules, before, &*stamped, references);
        }
        return writeStamped(ws, rules, before, after, references);
    }

    template <typename R> static Result<R> create(Workspace &ws, const RecordRules<R> &rules, R record)
    {
        WriteTransaction tx(ws);
        if (!tx.isActive())
            return Result<R>(tx.problem());
        if (record.id.isEmpty())
            record.id = ws.newId(); // the file's next key, under the write lock
        if (rules.stamp) {
            Result<R> stamped = rules.stamp(nullptr, std::move(record));
            if (!stamped)
                return stamped;
            record = std::move(*stamped);
        }
        if (Status st = writeStamped<R>(ws, rules, nullptr, &record); !st)
            return Result<R>(st.problems());
        if (Status st = tx.commit(); !st)
            return Result<R>(st.problems());
        return record;
    }

    template <typename R> static Result<R> update(Workspace &ws, const RecordRules<R> &rules, const R &record)
    {
        WriteTransaction tx(ws);
        if (!tx.isActive())
            return Result<R>(tx.problem());
        const std::optional<R> before = rules.find(record.id);
        if (!before)
            return Result<R>(Problem{QString(), rules.gone});
        const Result<R> stamped = rules.stamp ? rules.stamp(&*before, record) : Result<R>(record);
        if (!stamped)
            return stamped;
        const R &written = *stamped;
        if (Status st = writeStamped<R>(ws, rules, &*before, &written); !st)
            return Result<R>(st.problems());
        if (Status st = tx.commit(); !st)
            return Result<R>(st.problems());
        return written;
    }

    template <typename R> static Status remove(Workspace &ws, const RecordRules<R> &rules, const QString &id)
    {
        WriteTransaction tx(ws);
        if (!tx.isActive())
            return Status(tx.problem());
        const std::optional<R> before = rules.find(id);
        if (!before)
            return Status(Problem{QString(), rules.gone});
        if (Status st = writeStamped<R>(ws, rules, &*before, nullptr); !st)
            return st;
        return tx.commit();
    }

private:
    /// write(), with what the service sets already set.
    template <typename R>
    static Status writeStamped(Workspace &ws, const RecordRules<R> &rules, const R *before, const R *after,
                               References references = References::Check)
    {
        if (after) {
            Problems problems = rules.validate(*after);
            if (problems.isEmpty() && references == References::Check && rules.references)
                problems = rules.references(*after);
            if (!problems.isEmpty())
                return Status(problems);
        }
        if (Status allowed = rules.access(before, after); !allowed)
            return allowed;
        RecordWriter &writer = ws.writer();
        if (!after) {
            if (rules.beforeRemove)
                if (Status st = rules.beforeRemove(*before); !st)
                    return st;
            return writer.remove(rules.kind, before->id, rules.fields(*before));
        }
        if (!before) {
            if (Status st = writer.insert(rules.kind, after->id, rules.fields(*after), rules.notColumns); !st)
                return st;
        } else {
            const auto changed = writer.update(rules.kind, after->id, rules.fields(*before),
                                               rules.fields(*after), rules.notColumns);
            if (!changed)
                return Status(changed.problems());
        }
        return rules.afterWrite ? rules.afterWrite(before, *after) : success();
    }
};

} // namespace attain
