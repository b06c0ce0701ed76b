// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/moneyedit.h"

#include <QFocusEvent>

namespace attain {

MoneyEdit::MoneyEdit(QWidget *parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight);
    setPlaceholderText(QStringLiteral("0.00"));
}

void MoneyEdit::setValue(const Money &money)
{
    m_currency = money.currency();
    setText(money.format());
}

Result<Money> MoneyEdit::value() const
{
    // A formatted value uses the locale's grouping; parse what a person would type.
    QString text = this->text();
    const QLocale locale;
    if (locale.groupSeparator() != QStringLiteral(","))
        text.remove(locale.groupSeparator());
    return Money::parse(text, m_currency);
}

void MoneyEdit::focusOutEvent(QFocusEvent *event)
{
    if (const auto money = value(); money.ok() && !text().trimmed().isEmpty())
        setText(money->format());
    QLineEdit::focusOutEvent(event);
}

void MoneyEdit::focusInEvent(QFocusEvent *event)
{
    // Editing starts from the plain number: "21406.74", not "¥21,406.74".
    if (const auto money = value(); money.ok() && !text().trimmed().isEmpty())
        setText(money->toDecimalString());
    QLineEdit::focusInEvent(event);
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason)
        selectAll();
}

} // namespace attain
