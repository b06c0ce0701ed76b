// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace attain {

class Session;

/// A dialog for creating or editing one record. The core's messages appear under the field they
/// concern; Enter saves, Esc cancels; nothing is written until the core accepts the whole record.
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    explicit RecordForm(Session &session, QWidget *parent = nullptr);
    /// The message shown for a field now ("" when none).
    QString problemFor(const QString &field) const;

protected:
    /// Adds a labelled row; problems on any of `fields` appear under it.
    void addRow(const QStringList &fields, const QString &label, QWidget *widget);
    void showProblems(const Problems &problems);
    void clearProblems();
    /// Before a change dated in a closed period (any of `days`): says so and asks; true to go on. The change
    /// becomes one of the period's discrepancies; its frozen figures stay.
    bool confirmClosedPeriod(const QList<QDate> &days);
    /// Writes the record; true when the core accepted it.
    virtual bool save() = 0;
    void accept() override;

    Session &m_session;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QLabel *m_general;
    QHash<QString, QLabel *> m_problems;
};

} // namespace attain
