// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/customer.h"
#include "ui/forms/recordform.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace attain {

class MemberCombo;
class OptionalDateEdit;

/// Creating or editing a customer. Before a new customer is created, customers with the same
/// normalized name or phone are shown and the person asked whether this is really a new one.
class CustomerForm : public RecordForm
{
    Q_OBJECT

public:
    CustomerForm(Session &session, std::optional<Customer> existing, QWidget *parent = nullptr);
    /// The customer as saved (valid after the dialog was accepted).
    Customer saved() const { return m_saved; }

protected:
    bool save() override;

private:
    std::optional<Customer> m_existing;
    Customer m_saved;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    MemberCombo *m_owner;
    OptionalDateEdit *m_ownerSince;
    QComboBox *m_source;
    QDateEdit *m_created;
    QLineEdit *m_externalId;
};

} // namespace attain
