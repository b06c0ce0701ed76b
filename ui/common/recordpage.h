// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/changecommand.h"
#include "ui/common/messages.h"
#include "ui/common/recordview.h"

#include <QCoreApplication>

#include <QWidget>
#include <functional>

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

    /// Asks, then deletes through the core (`remove`) as one undoable step.
    void confirmAndDelete(EntityKind kind, bool found, const QString &what,
                          const std::function<Status()> &remove)
    {
        if (!found)
            return;
        if (!Messages::ask(this, tr("Delete"), tr("Delete %1?").arg(what)))
            return;
        if (Status st = ChangeCommand::perform(m_session,
                                               ChangeCommand::deleteText(ChangeCommand::noun(kind)), remove);
            !st)
            Messages::error(this, tr("Cannot delete"), st.message());
    }

    Session &m_session;
    RecordView *m_view = nullptr;
};

} // namespace attain
