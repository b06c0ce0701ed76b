// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace attain {

class Workspace;

/// Verifies a workspace: SQLite integrity and foreign keys, and the domain's invariants
/// (splits sum to 100, won/lost deals are dated, money columns hold integers, every record's last
/// change is in the change log).
class WorkspaceCheck
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCheck)

public:
    struct Item
    {
        Item() = default;
        Item(QString k, QString t) : key(std::move(k)), title(std::move(t)) {}
        QString key;   // machine-readable: integrity, foreign_keys, splits, …
        QString title; // for people
        bool passed = true;
        qint64 violations = 0;
        QStringList examples; // up to five offending records
    };

    explicit WorkspaceCheck(Workspace &workspace) : m_workspace(workspace) {}
    QList<Item> run();
    static bool allPassed(const QList<Item> &items);

private:
    Item countQuery(const QString &key, const QString &title, const QByteArray &countSql,
                    const QByteArray &exampleSql);
    Workspace &m_workspace;
};

} // namespace attain
