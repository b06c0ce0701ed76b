// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/recordpage.h"

namespace attain {

void RecordPage::attach(RecordView *view)
{
    m_view = view;
    connect(view, &RecordView::newRequested, this, [this] { createRecord(); });
    connect(view, &RecordView::editRequested, this, [this](const QString &id) { editRecord(id); });
    connect(view, &RecordView::deleteRequested, this, [this](const QString &id) { deleteRecord(id); });
}

} // namespace attain
