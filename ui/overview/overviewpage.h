// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace attain {

class Session;
class StatCard;

/// The workspace at a glance: what it holds and what changed lately (the audit trail).
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Session &session, QWidget *parent = nullptr);
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    Session &m_session;
    QLabel *m_title;
    QLabel *m_subtitle;
    StatCard *m_members;
    StatCard *m_customers;
    StatCard *m_deals;
    StatCard *m_won;
    StatCard *m_pipeline;
    QLabel *m_changesTitle;
    QTableWidget *m_changes;
    bool m_stale = true;
};

} // namespace attain
