// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/incentives/commission.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTableWidget;

namespace attain {

class MoneyEdit;

/// The plan editor's Commission & Awards tab: the commission rule (graduated, tiered or flat bands, an
/// optional cap per period) and the instant awards, each an amount (0: off).
class IncentiveRulesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit IncentiveRulesEditor(QWidget *parent = nullptr);
    void load(const IncentiveRules &rules);
    IncentiveRules rules() const;
    /// Amounts typed that are not amounts.
    Problems problems() const;

Q_SIGNALS:
    void changed();

private:
    void addBand(int fromPercent, int rateBasisPoints);

    QComboBox *m_commissionKind;
    QTableWidget *m_bands;
    QCheckBox *m_capOn;
    MoneyEdit *m_commissionCap;
    MoneyEdit *m_firstDeal;
    MoneyEdit *m_fiveStar;
    MoneyEdit *m_tierAward;
    QSpinBox *m_followUps;
    MoneyEdit *m_followUpsAward;
    MoneyEdit *m_pool;
    QComboBox *m_poolSplit;
};

} // namespace attain
