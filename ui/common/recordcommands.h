// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"
#include "core/domain/customer.h"
#include "core/domain/deal.h"
#include "core/domain/entitykind.h"
#include "core/domain/member.h"
#include "core/domain/rating.h"
#include "core/domain/team.h"
#include "ui/common/session.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace attain {

/// How undo reaches the core for one kind of record: every undo and redo is a service call, so it is
/// validated and logged like any edit.
template <typename R> struct RecordOps;

#define ATTAIN_RECORD_OPS(Type)                                                                              \
    template <> struct RecordOps<Type>                                                                       \
    {                                                                                                        \
        static EntityKind kind();                                                                            \
        static QString noun();                                                                               \
        static Result<Type> create(Workspace &ws, const Type &record);                                       \
        static Result<Type> update(Workspace &ws, const Type &record);                                       \
        static Status remove(Workspace &ws, const QString &id);                                              \
        static Fields fields(const Type &record);                                                            \
    };
ATTAIN_RECORD_OPS(Deal)
ATTAIN_RECORD_OPS(Customer)
ATTAIN_RECORD_OPS(Activity)
ATTAIN_RECORD_OPS(Rating)
ATTAIN_RECORD_OPS(Member)
ATTAIN_RECORD_OPS(Team)
#undef ATTAIN_RECORD_OPS

/// The texts of undo commands ("Change deal amount") and the report of an undo that the core refused.
class RecordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommand)

protected:
    explicit RecordCommand(Session &session) : m_session(session) {}
    static QString createText(const QString &noun) { return tr("New %1").arg(noun); }
    static QString deleteText(const QString &noun) { return tr("Delete %1").arg(noun); }
    static QString editText(const QString &noun, const QStringList &changedFields);
    void report(const Status &status);

    Session &m_session;
    bool m_applied = true; // the form already wrote it; the first redo() has nothing to do
};

/// Fields whose value differs between two versions of a record.
QStringList changedFields(const Fields &before, const Fields &after);

template <typename R> class CreateRecordCommand : public RecordCommand
{
public:
    CreateRecordCommand(Session &session, R created) : RecordCommand(session), m_record(std::move(created))
    {
        setText(createText(RecordOps<R>::noun()));
    }
    void redo() override
    {
        if (std::exchange(m_applied, false))
            return;
        const auto result = RecordOps<R>::create(m_session.workspace(), m_record);
        report(result ? success() : Status(result.problems()));
    }
    void undo() override { report(RecordOps<R>::remove(m_session.workspace(), m_record.id)); }

private:
    R m_record;
};

template <typename R> class EditRecordCommand : public RecordCommand
{
public:
    EditRecordCommand(Session &session, R before, R after)
        : RecordCommand(session), m_before(std::move(before)), m_after(std::move(after))
    {
        m_fields = changedFields(RecordOps<R>::fields(m_before), RecordOps<R>::fields(m_after));
        setText(editText(RecordOps<R>::noun(), m_fields));
    }
    int id() const override { return 1000 + int(RecordOps<R>::kind()); }
    /// Consecutive changes of the same field of the same record are one step (Tiled's ChangeValue).
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EditRecordCommand<R> *>(other);
        if (next->m_after.id != m_after.id || m_fields.size() != 1 || next->m_fields != m_fields)
            return false;
        m_after = next->m_after;
        return true;
    }
    void redo() override
    {
        if (std::exchange(m_applied, false))
            return;
        const auto result = RecordOps<R>::update(m_session.workspace(), m_after);
        report(result ? success() : Status(result.problems()));
    }
    void undo() override
    {
        const auto result = RecordOps<R>::update(m_session.workspace(), m_before);
        report(result ? success() : Status(result.problems()));
    }

private:
    R m_before;
    R m_after;
    QStringList m_fields;
};

template <typename R> class DeleteRecordCommand : public RecordCommand
{
public:
    DeleteRecordCommand(Session &session, R record) : RecordCommand(session), m_record(std::move(record))
    {
        setText(deleteText(RecordOps<R>::noun()));
    }
    void redo() override
    {
        if (std::exchange(m_applied, false))
            return;
        report(RecordOps<R>::remove(m_session.workspace(), m_record.id));
    }
    void undo() override
    {
        const auto result = RecordOps<R>::create(m_session.workspace(), m_record);
        report(result ? success() : Status(result.problems()));
    }

private:
    R m_record;
};

} // namespace attain
