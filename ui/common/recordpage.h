// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/messages.h"
#include "ui/common/recordcommands.h"
#include "ui/common/recordview.h"

#include <QCoreApplication>
#include <QWidget>

namespace attain {

class Session;

/// A page of the workbench around one RecordView: New, Edit and Delete open the record's form or ask
/// before deleting; every change goes on the undo stack.
class RecordPage : public QWidget
{
    Q_OBJECT

public:
    RecordPage(Session &session, QWidget *parent = nullptr) : QWidget(parent), m_session(session) {}
    RecordView *view() const { return m_view; }

protected:
    /// Connects the view's New / Edit / Delete to the page.
    void attach(RecordView *view);
    virtual void createRecord() = 0;
    virtual void editRecord(const QString &id) = 0;
    virtual void deleteRecord(const QString &id) = 0;

    /// Asks, deletes through the core and puts the deletion on the undo stack.
    template <typename R> void confirmAndDelete(const std::optional<R> &record, const QString &what)
    {
        if (!record)
            return;
        if (!Messages::ask(this, tr("Delete"), tr("Delete %1?").arg(what)))
            return;
        const Status st = RecordOps<R>::remove(m_session.workspace(), record->id);
        if (!st) {
            Messages::error(this, tr("Cannot delete"), st.message());
            return;
        }
        m_session.undoStack().push(new DeleteRecordCommand<R>(m_session, *record));
    }

    Session &m_session;
    RecordView *m_view = nullptr;
};

} // namespace attain
