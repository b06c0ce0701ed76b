// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/plan.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace attain {

class IncentiveRulesEditor;
class PeriodPicker;
class Session;

/// Settings ▸ Scoring Plans: the plans by the month they take effect, and an editor for a draft —
/// weights per level and for teams, less-is-better metrics, the cap, the tiers, confirmed deals only;
/// the commission rule (flat, tiered or graduated bands, a cap) and the awards — with a live preview of
/// everyone's score and payout for a chosen period under the plan in effect and the draft, and the total
/// cost change.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlanDialog(Session &session, QWidget *parent = nullptr);
    /// The plan as the editor holds it now.
    Plan draft() const;
    void load(const Plan &plan);
    /// Saves the draft (a new plan when it was the built-in one); false with a message when refused.
    bool saveDraft();
    QTableWidget *preview() const { return m_preview; }
    void setPreviewPeriod(const Period &period);
    void updatePreview();

private:
    void fillPlans();

    Session &m_session;
    QListWidget *m_plans;
    QLineEdit *m_name;
    QDateEdit *m_from;
    QSpinBox *m_cap;
    QCheckBox *m_confirmed;
    QList<QSpinBox *> m_tiers; // outstanding, on target, near
    QTableWidget *m_weights;
    QLabel *m_problems;
    PeriodPicker *m_period;
    QTableWidget *m_preview;
    QLabel *m_cost;
    QTimer *m_debounce;
    IncentiveRulesEditor *m_incentives;
    QString m_id;
    QList<PlanLevel> m_levels;
};

} // namespace attain
