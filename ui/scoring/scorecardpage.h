// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scoring/scorecard.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace attain {

class PeriodPicker;
class Session;
class StatCard;

/// My Scorecard (我的成绩单): a member's score and tier for a period, each metric's line (actual, target,
/// attainment, weight, contribution; double-click for the records behind it), what the next tier
/// needs, and the plan's rules in plain words. A rep sees their own; a manager picks a member. After an
/// edit only this member's scorecard is recomputed.
class ScorecardPage : public QWidget
{
    Q_OBJECT

public:
    explicit ScorecardPage(Session &session, QWidget *parent = nullptr);
    void showMember(const QString &memberId, const Period &period);
    const std::optional<Scorecard> &scorecard() const { return m_card; }
    /// Opens the records behind a line (a dialog); returns it for tests.
    QDialog *openBehind(Metric metric);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillMembers();
    void refresh();
    void retranslate();

    Session &m_session;
    QLabel *m_title;
    QComboBox *m_member;
    PeriodPicker *m_period;
    StatCard *m_score;
    StatCard *m_tier;
    StatCard *m_plan;
    QTableWidget *m_lines;
    QLabel *m_nextTitle;
    QLabel *m_next;
    QLabel *m_rulesTitle;
    QLabel *m_rules;
    QLabel *m_provisional;
    std::optional<Scorecard> m_card;
    bool m_stale = true;
};

} // namespace attain
