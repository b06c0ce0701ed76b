// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/entitykind.h"
#include "core/domain/fields.h"
#include "core/domain/result.h"
#include "core/storage/changeset.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace attain {

class Session;

/// An edit on the undo stack, in Tiled's shape: redo() makes the change — the first time through the core's
/// checked write with every rule, afterwards by replaying exactly the rows that write changed — and undo()
/// puts back what was, side effects included (ChangeReplay). Consecutive changes of one field of one record
/// are one step (Tiled's ChangeValue).
class ChangeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCommand)

public:
    using Write = std::function<Status()>;
    /// A write that made its change through a connection of its own (an import on a worker thread) and says
    /// which rows it changed.
    using WriteElsewhere = std::function<Status(ChangeSet &changes)>;

    /// Makes the change as a command on the session's undo stack and returns what the core said; nothing is
    /// pushed when it refused. A change too large to undo row by row (a big import) fences the stack
    /// (Session::fenceUndo), so that undo never reverts something older behind it.
    static Status perform(Session &session, const QString &text, const Write &write);
    static Status perform(Session &session, const QString &text, const WriteElsewhere &write);

    /// Saves a record through its service (`write`: its create or update) as one undoable step.
    template <typename R, typename Save>
    static Result<R> save(Session &session, EntityKind kind, const std::optional<R> &existing,
                          const R &record, Save &&write)
    {
        std::optional<Result<R>> saved;
        const QString text =
            existing ? editText(noun(kind), existing->fields(), record.fields()) : createText(noun(kind));
        const Status st = perform(session, text, [&]() -> Status {
            saved.emplace(write());
            return *saved ? success() : Status(saved->problems());
        });
        if (!st)
            return Result<R>(st.problems());
        return std::move(*saved);
    }
    /// The kind of record in a command's text ("deal").
    static QString noun(EntityKind kind);
    static QString createText(const QString &noun);
    static QString deleteText(const QString &noun);
    /// "Change deal amount" for one field, "Edit deal" for more.
    static QString editText(const QString &noun, const Fields &before, const Fields &after);

    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ChangeCommand(Session &session, const QString &text, const WriteElsewhere &write);
    void failed(const Status &status);
    /// The one field of one record this command changed, when that is all it did.
    QString singleFieldKey() const;

    Session &m_session;
    WriteElsewhere m_write;
    ChangeSet m_changes;
    bool m_done = false;
    /// What the first redo found, kept apart: the stack may delete the command (refused, or merged).
    struct Outcome
    {
        Status status = success();
        bool complete = true;
    };
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace attain
