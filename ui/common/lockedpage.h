// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace attain {

/// What a window shows while no one is signed in to a workspace whose managers all have a PIN or password:
/// no records, and the way to sign in.
class LockedPage : public QWidget
{
    Q_OBJECT

public:
    explicit LockedPage(QWidget *parent = nullptr);

Q_SIGNALS:
    void signInRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_signIn;
};

} // namespace attain
