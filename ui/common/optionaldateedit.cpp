// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/optionaldateedit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace attain {

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setMinimumDate(none());
    setSpecialValueText(QStringLiteral("—"));
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setDate(none());
}

QDate OptionalDateEdit::value() const
{
    return date() == none() ? QDate() : date();
}

void OptionalDateEdit::setValue(QDate date)
{
    setDate(date.isValid() ? date : none());
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        if (lineEdit()->selectedText() == lineEdit()->text()) {
            setDate(none());
            return;
        }
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace attain
