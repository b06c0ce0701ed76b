// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace attain {

class Session;

/// Who is using this workspace: a rep's copy opens on their own records, a manager's on the team.
/// In a new workspace it creates the first member.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserDialog(Session &session, QWidget *parent = nullptr);
    void accept() override;

private:
    void fill();

    Session &m_session;
    QLabel *m_intro;
    QListWidget *m_members;
};

} // namespace attain
