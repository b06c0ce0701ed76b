// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace attain {

class Session;

/// Settings ▸ Currencies…: the workspace's base currency and the monthly rates of the others (PRODUCT.md
/// "Domain"). A manager sets a rate for a currency and month, changes or removes one; each is one step to
/// undo, and the deals that take it are converted again. Anyone may look.
class CurrenciesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CurrenciesDialog(Session &session, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void setRate();
    void removeRate();
    void chooseBase();
    void updateButtons();

    Session &m_session;
    QLabel *m_intro;
    QLabel *m_baseLabel;
    QComboBox *m_base;
    QLabel *m_baseNote;
    QTableWidget *m_rates;
    QLabel *m_empty;
    QLabel *m_newLabel;
    QComboBox *m_currency;
    QDateEdit *m_month;
    QLineEdit *m_rate;
    QPushButton *m_set;
    QPushButton *m_remove;
    QPushButton *m_close;
};

} // namespace attain
