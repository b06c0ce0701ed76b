// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/recordpage.h"

class QSplitter;

namespace attain {

class CustomerDetail;

/// Customers: the table, and under it the selected customer's page.
class CustomersPage : public RecordPage
{
    Q_OBJECT

public:
    explicit CustomersPage(Session &session, QWidget *parent = nullptr);
    ~CustomersPage() override;
    CustomerDetail *detail() const { return m_detail; }

protected:
    void createRecord() override;
    void editRecord(const QString &id) override;
    void deleteRecord(const QString &id) override;

private:
    QSplitter *m_splitter;
    CustomerDetail *m_detail;
};

} // namespace attain
