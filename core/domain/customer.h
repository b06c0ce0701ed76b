// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fields.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>

namespace attain {

/// A customer, owned by a member since a date; its normalized key and phone find duplicates.
struct Customer
{
    Q_DECLARE_TR_FUNCTIONS(Customer)

public:
    QString id;
    QString externalId;
    QString name;
    QString phone;
    QString ownerId;
    QDate ownerSince;
    QString source;
    QDate createdOn;

    QString normalizedName() const;
    QString normalizedPhone() const;
    Problems validate() const;
    Fields fields() const;
};

} // namespace attain
