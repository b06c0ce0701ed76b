// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace attain {

class Session;
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

    /// Fills a combo with the scored members the session's user may look at ("name (login)"), keeping the
    /// current choice, else choosing the user; enabled only when there is a choice.
    static void fillScored(QComboBox *combo, Session &session);
};

} // namespace attain
