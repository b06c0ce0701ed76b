// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/recordform.h"

#include "core/incentives/periodclose.h"
#include "ui/common/messages.h"
#include "ui/common/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace attain {

RecordForm::RecordForm(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalProblem"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #dc2626;"));
    m_general->hide();
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

void RecordForm::addRow(const QStringList &fields, const QString &label, QWidget *widget)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(widget);
    auto *problem = new QLabel(box);
    problem->setObjectName(QStringLiteral("problem_") + fields.value(0));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #dc2626; font-size: 12px;"));
    problem->hide();
    v->addWidget(problem);
    for (const QString &f : fields)
        m_problems.insert(f, problem);
    m_form->addRow(label, box);
}

void RecordForm::clearProblems()
{
    m_general->hide();
    m_general->clear();
    for (QLabel *l : std::as_const(m_problems)) {
        l->clear();
        l->hide();
    }
}

void RecordForm::showProblems(const Problems &problems)
{
    clearProblems();
    QStringList general;
    QWidget *first = nullptr;
    for (const Problem &p : problems) {
        QLabel *l = m_problems.value(p.field);
        if (!l) {
            general << p.message;
            continue;
        }
        const QString text = l->text().isEmpty() ? p.message : l->text() + QLatin1Char('\n') + p.message;
        l->setText(text);
        l->show();
        if (!first)
            first = l->parentWidget()->layout()->itemAt(0)->widget();
    }
    if (!general.isEmpty()) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->show();
    }
    if (first)
        first->setFocus();
}

QString RecordForm::problemFor(const QString &field) const
{
    const QLabel *l = m_problems.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

bool RecordForm::confirmClosedPeriod(const QList<QDate> &days)
{
    PeriodCloseService closes(m_session.workspace());
    for (const QDate &day : days)
        if (const auto close = closes.closedHolding(day))
            return Messages::ask(
                this, tr("A Closed Period"),
                tr("%1 was closed on %2. Its statements, payouts and finance files stay as they were frozen; "
                   "this change will be listed among its discrepancies (Statements ▸ Discrepancies, or "
                   "attain-cli close-period --discrepancies). Save it?")
                    .arg(close->period.label(), close->closedAt.left(10)));
    return true;
}

void RecordForm::accept()
{
    clearProblems();
    if (save())
        QDialog::accept();
}

} // namespace attain
