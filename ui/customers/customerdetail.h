// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace attain {

class RecordView;
class Session;

/// A customer's page: who owns it and until when it is protected, and its deals, follow-ups and
/// ratings, with quick entry of each.
class CustomerDetail : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDetail(Session &session, QWidget *parent = nullptr);
    void setCustomer(const QString &customerId);
    QString customerId() const { return m_customerId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    Session &m_session;
    QString m_customerId;
    QLabel *m_title;
    QLabel *m_facts;
    QTabWidget *m_tabs;
    RecordView *m_deals;
    RecordView *m_activities;
    RecordView *m_ratings;
    QPushButton *m_newDeal;
    QPushButton *m_newActivity;
    QPushButton *m_newRating;
};

} // namespace attain
