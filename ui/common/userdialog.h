// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace attain {

class Session;

/// Who is using this workspace: a rep's copy opens on their own records, a manager's on the team.
/// A member with a PIN or password is asked for it here (beside the list, with what was wrong); in a new
/// workspace it creates the first member, who becomes the file's owner.
class UserDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserDialog(Session &session, QWidget *parent = nullptr);
    void accept() override;

private:
    void fill();
    void selectionChanged();

    Session &m_session;
    QLabel *m_intro;
    QListWidget *m_members;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLabel *m_error;
};

} // namespace attain
