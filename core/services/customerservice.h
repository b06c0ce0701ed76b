// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/customer.h"
#include "core/services/checkedwrite.h"

#include <optional>

namespace attain {

class Workspace;

/// Creates, changes and reads customers, and finds likely duplicates.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    explicit CustomerService(Workspace &workspace) : m_workspace(workspace) {}

    Result<Customer> create(Customer customer);
    Result<Customer> update(const Customer &customer);
    /// The checked write, inside the caller's write transaction (before: none for a new customer; after: none
    /// to delete it).
    Status write(const Customer *before, const Customer *after, References references = References::Check);
    RecordRules<Customer> rules() const;
    /// Refused while deals, follow-ups or ratings refer to the customer.
    Status remove(const QString &id);
    std::optional<Customer> find(const QString &id) const;
    std::optional<Customer> findByExternalId(const QString &externalId) const;
    /// Other customers whose normalized name or phone equals this one's.
    QList<Customer> duplicatesOf(const Customer &customer) const;

private:
    Workspace &m_workspace;
};

} // namespace attain
