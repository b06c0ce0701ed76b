// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace attain {

class Workspace;

/// Short names people recognise records by (a deal's number, a customer's name), for the audit
/// trail and messages. Caches what it has looked up.
class RecordLabels
{
    Q_DECLARE_TR_FUNCTIONS(RecordLabels)

public:
    explicit RecordLabels(Workspace &workspace) : m_workspace(workspace) {}
    /// `entity` is a table name as the change log writes it.
    QString label(const QString &entity, const QString &id);
    /// The kind of record, translated: "Deal", "Customer", …
    static QString kindLabel(const QString &entity);
    /// A field name as people read it: "amount" → "Amount".
    static QString fieldLabel(const QString &field);

private:
    Workspace &m_workspace;
    QHash<QString, QString> m_cache;
};

} // namespace attain
