// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/money.h"

#include <QLineEdit>

namespace attain {

/// An amount field: accepts `1,234.50`, `¥1234.5`, full-width digits; shows the amount formatted back
/// when it loses focus.
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);
    void setCurrency(const QString &currency) { m_currency = currency; }
    void setValue(const Money &money);
    /// The amount typed, or why it is not one.
    Result<Money> value() const;

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    QString m_currency = Money::defaultCurrency();
};

} // namespace attain
