// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/customerservice.h"

#include "core/domain/dates.h"
#include "core/services/checkedwrite.h"
#include "core/services/servicesupport.h"
#include "core/storage/statement.h"
#include "core/storage/workspace.h"

namespace attain {

namespace {
constexpr const char *kSelect =
    "SELECT id, external_id, name, phone, owner_id, owner_since, source, created_on FROM customers";

Customer readCustomer(const Statement &st)
{
    Customer c;
    c.id = st.text(0);
    c.externalId = st.text(1);
    c.name = st.text(2);
    c.phone = st.text(3);
    c.ownerId = st.text(4);
    c.ownerSince = Dates::fromIso(st.text(5));
    c.source = st.text(6);
    c.createdOn = Dates::fromIso(st.text(7));
    return c;
}
} // namespace

RecordRules<Customer> CustomerService::rules() const
{
    RecordRules<Customer> r;
    r.kind = EntityKind::Customer;
    r.gone = tr("The customer no longer exists");
    r.find = [this](const QString &id) { return find(id); };
    r.validate = [](const Customer &c) { return c.validate(); };
    r.references = [this](const Customer &customer) {
        Problems problems;
        ServiceSupport::checkUnique(m_workspace, "customers", "external_id", customer.externalId, customer.id,
                                    QStringLiteral("external_id"),
                                    tr("another customer already has the id “%1”").arg(customer.externalId),
                                    problems);
        ServiceSupport::checkCreditable(m_workspace, customer.ownerId, QStringLiteral("owner"), problems);
        return problems;
    };
    r.access = [this](const Customer *before, const Customer *after) {
        return m_workspace.access().customer(before, after);
    };
    r.fields = [](const Customer &c) { return c.fields(); };
    r.beforeRemove = [this](const Customer &before) -> Status {
        Statement refs(m_workspace,
                       "SELECT (SELECT count(*) FROM deals WHERE customer_id = ?1) + (SELECT count(*) "
                       "FROM activities WHERE customer_id = ?1) + (SELECT count(*) FROM ratings WHERE "
                       "customer_id = ?1)");
        refs.bind(1, before.id);
        if (refs.next() && refs.int64(0) > 0)
            return Status(Problem{QStringLiteral("customer"),
                                  tr("“%1” still has deals, follow-ups or ratings").arg(before.name)});
        return success();
    };
    return r;
}

Status CustomerService::write(const Customer *before, const Customer *after, References references)
{
    return CheckedWrite::write(m_workspace, rules(), before, after, references);
}

Result<Customer> CustomerService::create(Customer customer)
{
    return CheckedWrite::create(m_workspace, rules(), std::move(customer));
}

Result<Customer> CustomerService::update(const Customer &customer)
{
    return CheckedWrite::update(m_workspace, rules(), customer);
}

Status CustomerService::remove(const QString &id)
{
    return CheckedWrite::remove(m_workspace, rules(), id);
}

std::optional<Customer> CustomerService::find(const QString &id) const
{
    Statement st(m_workspace, QByteArray(kSelect) + " WHERE id = ?");
    st.bind(1, id);
    if (st.next())
        return readCustomer(st);
    return std::nullopt;
}

std::optional<Customer> CustomerService::findByExternalId(const QString &externalId) const
{
    Statement st(m_workspace, QByteArray(kSelect) + " WHERE external_id = ?");
    st.bind(1, externalId);
    if (st.next())
        return readCustomer(st);
    return std::nullopt;
}

QList<Customer> CustomerService::duplicatesOf(const Customer &customer) const
{
    Statement st(m_workspace, QByteArray(kSelect) +
                                  " WHERE (norm_name = ?1 OR (?2 <> '' AND norm_phone = ?2)) AND id <> ?3 "
                                  "ORDER BY created_on, id LIMIT 20");
    st.bind(1, customer.normalizedName())
        .bind(2, customer.normalizedPhone().isEmpty() ? QStringLiteral("") : customer.normalizedPhone())
        .bind(3, customer.id.isEmpty() ? QStringLiteral("") : customer.id);
    QList<Customer> out;
    while (st.next())
        out << readCustomer(st);
    return out;
}

} // namespace attain
