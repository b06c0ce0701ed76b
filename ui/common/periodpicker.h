// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/period.h"

#include <QWidget>

class QComboBox;

namespace attain {

/// A period chosen as people think of them: month, quarter or year, then which one (the latest first).
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodPicker(QWidget *parent = nullptr);
    /// The periods offered run back from the one containing `today`.
    void setToday(QDate today);
    Period period() const;
    void setPeriod(const Period &period);
    /// The periods of a kind it offers, the latest first (the one containing today first).
    QList<Period> offered(Period::Kind kind) const;
    void retranslate();

Q_SIGNALS:
    void periodChanged(const attain::Period &period);

private:
    void fill(std::optional<Period> select = std::nullopt);

    QDate m_today = QDate::currentDate();
    QComboBox *m_kind;
    QComboBox *m_period;
};

} // namespace attain
