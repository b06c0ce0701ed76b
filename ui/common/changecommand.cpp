// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/changecommand.h"

#include "core/queries/recordlabels.h"
#include "core/services/changereplay.h"
#include "core/storage/recordwriter.h"
#include "ui/common/messages.h"
#include "ui/common/session.h"

#include <QPointer>
#include <QTimer>
#include <QUndoStack>

namespace attain {

namespace {
QStringList changedFields(const Fields &before, const Fields &after)
{
    QStringList out;
    for (const auto &[name, value] : after) {
        QVariant old;
        for (const auto &b : before)
            if (b.first == name)
                old = b.second;
        if (!RecordWriter::sameValue(old, value))
            out << name;
    }
    return out;
}
} // namespace

ChangeCommand::ChangeCommand(Session &session, const QString &text, const WriteElsewhere &write)
    : m_session(session), m_write(write), m_outcome(std::make_shared<Outcome>())
{
    setText(text);
}

Status ChangeCommand::perform(Session &session, const QString &text, const Write &write)
{
    return perform(session, text, [&session, &write](ChangeSet &changes) {
        const Status st = write();
        if (st)
            changes = session.workspace().lastChanges();
        return st;
    });
}

Status ChangeCommand::perform(Session &session, const QString &text, const WriteElsewhere &write)
{
    auto *command = new ChangeCommand(session, text, write);
    const std::shared_ptr<Outcome> outcome = command->m_outcome;
    session.undoStack().push(command); // makes the change; a refused one is not kept
    if (outcome->status && !outcome->complete)
        session.fenceUndo(text);
    return outcome->status;
}

QString ChangeCommand::noun(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Deal: return tr("deal");
    case EntityKind::Customer: return tr("customer");
    case EntityKind::Activity: return tr("follow-up");
    case EntityKind::Rating: return tr("rating");
    case EntityKind::Member: return tr("member");
    case EntityKind::Team: return tr("team");
    case EntityKind::Target: return tr("target");
    case EntityKind::Plan: return tr("plan");
    case EntityKind::Adjustment: return tr("adjustment");
    case EntityKind::Rate: return tr("exchange rate");
    case EntityKind::Conflict: return tr("ownership decision");
    default: return tr("record");
    }
}

QString ChangeCommand::createText(const QString &noun)
{
    return tr("New %1").arg(noun);
}

QString ChangeCommand::deleteText(const QString &noun)
{
    return tr("Delete %1").arg(noun);
}

QString ChangeCommand::editText(const QString &noun, const Fields &before, const Fields &after)
{
    const QStringList fields = changedFields(before, after);
    if (fields.size() != 1)
        return tr("Edit %1").arg(noun);
    QString field = RecordLabels::fieldLabel(fields.first());
    if (!field.isEmpty() && field.at(0).isUpper() && (field.size() < 2 || !field.at(1).isUpper()))
        field[0] = field.at(0).toLower();
    //: %1 is the kind of record, %2 the field: "Change deal amount"
    return tr("Change %1 %2").arg(noun, field);
}

void ChangeCommand::redo()
{
    if (!m_done) {
        m_outcome->status = m_write(m_changes);
        m_done = true;
        if (!m_outcome->status) {
            setObsolete(true);
            return;
        }
        m_outcome->complete = m_changes.complete;
        if (m_changes.isEmpty())
            setObsolete(true); // nothing changed: nothing to undo
        return;
    }
    if (Status st = ChangeReplay::redo(m_session.workspace(), m_changes); !st)
        failed(st);
}

void ChangeCommand::undo()
{
    if (Status st = ChangeReplay::undo(m_session.workspace(), m_changes); !st)
        failed(st);
}

void ChangeCommand::failed(const Status &status)
{
    Messages::error(nullptr, tr("Undo or redo failed"), status.message());
    // The history no longer matches the workspace: it is let go, once the stack has finished this step.
    QPointer<QUndoStack> stack(&m_session.undoStack());
    QTimer::singleShot(0, [stack] {
        if (stack)
            stack->clear();
    });
}

QString ChangeCommand::singleFieldKey() const
{
    if (m_changes.rows.size() != 1 || !m_changes.complete)
        return QString();
    const RowChange &row = m_changes.rows.first();
    if (row.created() || row.deleted())
        return QString();
    const QStringList fields = changedFields(row.before, row.after);
    return fields.size() == 1 ? QString::number(int(row.kind)) + QLatin1Char('|') + row.id +
                                    QLatin1Char('|') + fields.first()
                              : QString();
}

bool ChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeCommand *>(other);
    if (!next)
        return false;
    const QString key = singleFieldKey();
    if (key.isEmpty() || key != next->singleFieldKey())
        return false;
    m_changes.rows.first().after = next->m_changes.rows.first().after;
    return true;
}

} // namespace attain
