// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace attain {

/// The first screen when no workspace is open: create one, open the demo, or open a file.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void refreshRecent();

Q_SIGNALS:
    void newRequested();
    void demoRequested();
    void openRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_tagline;
    QPushButton *m_new;
    QPushButton *m_demo;
    QPushButton *m_open;
    QLabel *m_recentTitle;
    QListWidget *m_recent;
};

} // namespace attain
