// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace attain {

class Workspace;

/// Type-ahead choice of a customer: suggestions by name (any part, Chinese or Latin, full- or
/// half-width) or phone as one types; a customer counts as chosen when picked from the list.
class CustomerPicker : public QLineEdit
{
    Q_OBJECT

public:
    explicit CustomerPicker(Workspace &workspace, QWidget *parent = nullptr);
    QString customerId() const { return m_id; }
    void setCustomer(const QString &id);
    /// Chooses the first suggestion for the text (what Enter does in the list).
    bool chooseFirstMatch();

Q_SIGNALS:
    void customerChanged(const QString &id);

private:
    void suggest(const QString &text);
    void choose(const QString &id, const QString &name);

    Workspace &m_workspace;
    QCompleter *m_completer;
    QStandardItemModel *m_suggestions;
    QString m_id;
    QString m_chosenText;
};

} // namespace attain
