// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/recordpage.h"

namespace attain {

/// Deals: the table with stage, owner, team, period and product filters, and the deal form.
class DealsPage : public RecordPage
{
    Q_OBJECT

public:
    explicit DealsPage(Session &session, QWidget *parent = nullptr);

protected:
    void createRecord() override;
    void editRecord(const QString &id) override;
    void deleteRecord(const QString &id) override;
};

} // namespace attain
