// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/recordpage.h"

class QListWidget;
class QPushButton;
class QSplitter;

namespace attain {

/// Members & teams: who is on the team, their role and level, and the teams with their leads.
class MembersPage : public RecordPage
{
    Q_OBJECT

public:
    explicit MembersPage(Session &session, QWidget *parent = nullptr);
    ~MembersPage() override;

protected:
    void createRecord() override;
    void editRecord(const QString &id) override;
    void deleteRecord(const QString &id) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshTeams();
    void retranslate();
    QString currentTeamId() const;

    QSplitter *m_splitter;
    QListWidget *m_teams;
    QPushButton *m_newTeam;
    QPushButton *m_editTeam;
    QPushButton *m_deleteTeam;
    QPushButton *m_invite;
    void updateInvite();
};

} // namespace attain
