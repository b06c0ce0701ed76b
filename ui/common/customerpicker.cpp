// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/customerpicker.h"

#include "core/queries/lookups.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace attain {

CustomerPicker::CustomerPicker(Workspace &workspace, QWidget *parent)
    : QLineEdit(parent), m_workspace(workspace), m_completer(new QCompleter(this)),
      m_suggestions(new QStandardItemModel(this))
{
    m_completer->setModel(m_suggestions);
    // The query already matched; the completer shows every suggestion as it is.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::UserRole + 2);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    setPlaceholderText(tr("Type a name or phone number"));
    connect(this, &QLineEdit::textEdited, this, &CustomerPicker::suggest);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                choose(index.data(Qt::UserRole + 1).toString(), index.data(Qt::UserRole + 2).toString());
            });
}

void CustomerPicker::suggest(const QString &text)
{
    if (text != m_chosenText && !m_id.isEmpty()) {
        m_id.clear();
        Q_EMIT customerChanged(QString());
    }
    m_suggestions->clear();
    if (text.trimmed().isEmpty())
        return;
    for (const auto &c : Lookups::customers(m_workspace, text)) {
        auto *item =
            new QStandardItem(c.ownerName.isEmpty() ? c.name : tr("%1 — %2").arg(c.name, c.ownerName));
        item->setData(c.id, Qt::UserRole + 1);
        item->setData(c.name, Qt::UserRole + 2);
        item->setToolTip(c.phone);
        m_suggestions->appendRow(item);
    }
    m_completer->complete();
}

bool CustomerPicker::chooseFirstMatch()
{
    if (!m_id.isEmpty())
        return true;
    const auto matches = Lookups::customers(m_workspace, text(), 1);
    if (matches.isEmpty())
        return false;
    choose(matches.first().id, matches.first().name);
    return true;
}

void CustomerPicker::choose(const QString &id, const QString &name)
{
    m_chosenText = name;
    setText(name);
    if (id != m_id) {
        m_id = id;
        Q_EMIT customerChanged(id);
    }
}

void CustomerPicker::setCustomer(const QString &id)
{
    const auto c = id.isEmpty() ? std::nullopt : Lookups::customer(m_workspace, id);
    if (c)
        choose(c->id, c->name);
    else
        choose(QString(), QString());
}

} // namespace attain
