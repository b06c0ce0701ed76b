// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace attain {

class Session;

/// Settings ▸ PIN or Password…: the signed-in member sets, changes or removes their own PIN or password
/// (Identity); the current one is asked for when there is one, the new one twice.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SecretDialog(Session &session, QWidget *parent = nullptr);
    void accept() override;

private:
    void save(bool remove);

    Session &m_session;
    QString m_memberId;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QPushButton *m_remove = nullptr;
};

} // namespace attain
