// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/deal.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace attain {

class Workspace;

/// Credit splits of a deal: member and percent per row, with the running sum shown as one types.
/// No rows means the owner gets all the credit.
class SplitsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SplitsEditor(Workspace &workspace, QWidget *parent = nullptr);
    QList<Split> splits() const;
    void setSplits(const QList<Split> &splits);
    /// Adds a row; the first split also lists the owner so the shares start from 100%.
    void addRow(const QString &memberId = QString(), int percent = 0);
    int sum() const;
    void setOwner(const QString &ownerId) { m_ownerId = ownerId; }

Q_SIGNALS:
    void changed();

private:
    void updateSum();

    Workspace &m_workspace;
    QVBoxLayout *m_rows;
    QLabel *m_sum;
    QPushButton *m_add;
    QString m_ownerId;
};

} // namespace attain
