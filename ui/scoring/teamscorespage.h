// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace attain {

class PeriodPicker;
class Session;

/// Team Scores (团队成绩) for managers: every scored member's (or every team's) score, tier and
/// attainments for a period, sortable; a member opens on their scorecard.
class TeamScoresPage : public QWidget
{
    Q_OBJECT

public:
    explicit TeamScoresPage(Session &session, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    void setTeams(bool teams);
    void setPeriod(const Period &period);
    /// Computes the table again (a failed read shows why instead).
    void refresh();

Q_SIGNALS:
    void memberActivated(const QString &memberId, const attain::Period &period);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Session &m_session;
    QLabel *m_title;
    QComboBox *m_subjects;
    PeriodPicker *m_period;
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    bool m_stale = true;
    bool m_filling = false;
    int m_sortColumn = 3;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace attain
