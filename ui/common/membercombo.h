// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace attain {

class Workspace;

/// A choice of member, shown as "name (login)"; optionally reps and managers only, optionally none.
class MemberCombo : public QComboBox
{
    Q_OBJECT

public:
    enum Option
    {
        CreditableOnly = 1,
        AllowNone = 2
    };
    MemberCombo(Workspace &workspace, int options, QWidget *parent = nullptr);
    QString memberId() const { return currentData().toString(); }
    void setMemberId(const QString &id);
};

} // namespace attain
