// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

namespace attain {

/// A date that may be left empty: the earliest date stands for "none" and shows as "—". The
/// calendar pops up; Delete clears it.
class OptionalDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    QDate value() const;
    void setValue(QDate date);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    static QDate none() { return QDate(2000, 1, 1); }
};

} // namespace attain
