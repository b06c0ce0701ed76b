// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/deal.h"
#include "ui/forms/recordform.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace attain {

class CustomerPicker;
class MemberCombo;
class MoneyEdit;
class OptionalDateEdit;
class SplitsEditor;

/// Creating or editing a deal: customer by type-ahead, owner, amount, stage and dates, product,
/// contract number, credit splits with their running sum, and (for managers) the confirmation date.
class DealForm : public RecordForm
{
    Q_OBJECT

public:
    DealForm(Session &session, std::optional<Deal> existing, QWidget *parent = nullptr);
    /// Starts a new deal for a customer (from the customer's page).
    void setCustomer(const QString &customerId);

protected:
    bool save() override;

private:
    std::optional<Deal> m_existing;
    QLineEdit *m_number;
    CustomerPicker *m_customer;
    MemberCombo *m_owner;
    MoneyEdit *m_amount;
    QComboBox *m_currency;
    QComboBox *m_stage;
    QDateEdit *m_created;
    OptionalDateEdit *m_closed;
    QComboBox *m_product;
    QLineEdit *m_contract;
    SplitsEditor *m_splits;
    OptionalDateEdit *m_confirmed;
};

} // namespace attain
