// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/incentives/incentivestatement.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace attain {

class PeriodPicker;
class Session;
class StatCard;

/// Statements (提成对账单): a member's commission, awards, adjustments and clawbacks for a period, line by
/// line, each line saying how it was computed when selected. A rep sees their own; a manager picks a
/// member of their team, adds adjustments with a reason, closes and reopens the period (a closed
/// period's figures are frozen and later edits are listed as discrepancies), and prints everyone's
/// statements to PDF, one page each.
class StatementsPage : public QWidget
{
    Q_OBJECT

public:
    explicit StatementsPage(Session &session, QWidget *parent = nullptr);
    void showMember(const QString &memberId, const Period &period);
    const std::optional<IncentiveStatement> &statement() const { return m_statement; }
    QTableWidget *lines() const { return m_lines; }
    QString explanation() const;
    QTableWidget *discrepancies() const { return m_changes; }

    /// The steps behind the buttons, without their dialogs (the buttons ask, then call these).
    bool addAdjustment(const QString &amount, const QString &reason);
    bool closePeriod();
    bool reopenPeriod(const QString &reason);
    /// Every statement in view (the member list) for the period, one page each.
    Status printTo(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillMembers();
    void refresh();
    void retranslate();
    void showExplanation();
    void askAdjustment();
    void askClose();
    void askPdf();

    Session &m_session;
    QLabel *m_title;
    QComboBox *m_member;
    PeriodPicker *m_period;
    QLabel *m_status;
    QPushButton *m_adjust;
    QPushButton *m_close;
    QPushButton *m_pdf;
    StatCard *m_commission;
    StatCard *m_awards;
    StatCard *m_adjustments;
    StatCard *m_total;
    QTableWidget *m_lines;
    QLabel *m_explainTitle;
    QLabel *m_explain;
    QGroupBox *m_discrepancyBox;
    QTableWidget *m_changes;
    QLabel *m_effects;
    std::optional<IncentiveStatement> m_statement;
    bool m_closed = false;
    bool m_stale = true;
};

} // namespace attain
