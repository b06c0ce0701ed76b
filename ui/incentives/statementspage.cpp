// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/incentives/statementspage.h"

#include "core/storage/readcheck.h"

#include "core/domain/dates.h"
#include "core/domain/money.h"
#include "core/incentives/adjustments.h"
#include "core/incentives/periodclose.h"
#include "core/incentives/statementformat.h"
#include "core/scoring/scoreformat.h"
#include "core/services/memberservice.h"
#include "ui/common/changecommand.h"
#include "ui/common/columnlabels.h"
#include "ui/common/filedialogs.h"
#include "ui/common/membercombo.h"
#include "ui/common/messages.h"
#include "ui/common/moneyedit.h"
#include "ui/common/periodpicker.h"
#include "ui/common/session.h"
#include "ui/common/statcard.h"
#include "ui/incentives/statementpdf.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attain {

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(align);
    return i;
}

QTableWidget *table(QWidget *parent, const char *name, int columns)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(QLatin1String(name));
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 12);
    return t;
}

} // namespace

StatementsPage::StatementsPage(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("statementsPage"));
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 600;"));
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("statementMember"));
    m_member->setMinimumContentsLength(14);
    m_period = new PeriodPicker(this);
    m_period->setToday(m_session.workspace().clock().now().date());
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statementStatus"));
    m_status->setWordWrap(true);
    m_adjust = new QPushButton(this);
    m_adjust->setObjectName(QStringLiteral("addAdjustment"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closePeriod"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("printStatements"));
    m_commission = new StatCard(this);
    m_awards = new StatCard(this);
    m_adjustments = new StatCard(this);
    m_total = new StatCard(this);
    m_lines = table(this, "statementLines", 6);
    m_explainTitle = new QLabel(this);
    m_explainTitle->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600;"));
    m_explain = new QLabel(this);
    m_explain->setObjectName(QStringLiteral("lineExplanation"));
    m_explain->setWordWrap(true);
    m_explain->setMinimumHeight(m_explain->fontMetrics().height() * 3);
    m_explain->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explain->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_discrepancyBox = new QGroupBox(this);
    m_changes = table(m_discrepancyBox, "discrepancies", 6);
    m_changes->setMaximumHeight(150);
    m_effects = new QLabel(m_discrepancyBox);
    m_effects->setObjectName(QStringLiteral("discrepancyEffects"));
    m_effects->setWordWrap(true);
    auto *boxLayout = new QVBoxLayout(m_discrepancyBox);
    boxLayout->addWidget(m_changes);
    boxLayout->addWidget(m_effects);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_member);
    top->addWidget(m_period);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_adjust);
    actions->addWidget(m_close);
    actions->addWidget(m_pdf);
    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (StatCard *c : {m_commission, m_awards, m_adjustments, m_total})
        cards->addWidget(c);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addLayout(cards);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_explainTitle);
    layout->addWidget(m_explain);
    layout->addWidget(m_discrepancyBox);

    connect(m_member, &QComboBox::currentIndexChanged, this, &StatementsPage::refresh);
    connect(m_period, &PeriodPicker::periodChanged, this, &StatementsPage::refresh);
    connect(m_lines, &QTableWidget::itemSelectionChanged, this, &StatementsPage::showExplanation);
    connect(m_adjust, &QPushButton::clicked, this, &StatementsPage::askAdjustment);
    connect(m_close, &QPushButton::clicked, this, &StatementsPage::askClose);
    connect(m_pdf, &QPushButton::clicked, this, &StatementsPage::askPdf);
    connect(&m_session.workspace(), &Workspace::changed, this, [this](EntityKind kind) {
        if (kind == EntityKind::Member || kind == EntityKind::Team)
            fillMembers();
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(&m_session, &Session::userChanged, this, [this] {
        fillMembers();
        refresh();
    });
    fillMembers();
    retranslate();
}

void StatementsPage::fillMembers()
{
    MemberCombo::fillScored(m_member, m_session);
}

void StatementsPage::showMember(const QString &memberId, const Period &period)
{
    {
        QSignalBlocker block(m_period);
        m_period->setPeriod(period);
    }
    const int index = m_member->findData(memberId);
    if (index >= 0 && index != m_member->currentIndex())
        m_member->setCurrentIndex(index);
    else
        refresh();
}

void StatementsPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void StatementsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatementsPage::retranslate()
{
    m_title->setText(tr("Statements"));
    m_period->retranslate();
    m_adjust->setText(tr("Add Adjustment…"));
    m_pdf->setText(tr("Print to PDF…"));
    m_pdf->setToolTip(tr("Every statement in the member list for this period, one page each"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Date"), tr("Line"), tr("Reference"), tr("Base"), tr("Rate"), tr("Amount")});
    m_changes->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Record"), tr("Change"), tr("Was"), tr("Now")});
    m_explainTitle->setText(tr("How this line was computed"));
    m_discrepancyBox->setTitle(tr("Discrepancies: changes since the period was closed"));
    fillMembers();
    refresh();
}

void StatementsPage::refresh()
{
    m_stale = false;
    Workspace &ws = m_session.workspace();
    const Period period = m_period->period();
    const QString memberId = m_member->currentData().toString();
    const QLocale locale;
    const auto close = PeriodCloseService(ws).find(period);
    m_closed = close && close->closed;
    const bool manager = m_session.isManager();
    m_adjust->setEnabled(manager && !m_closed && !memberId.isEmpty());
    m_adjust->setToolTip(m_closed ? tr("Reopen the period to adjust it") : QString());
    m_close->setText(m_closed ? tr("Reopen Period…") : tr("Close Period…"));
    m_close->setEnabled(manager);
    if (m_closed)
        m_status->setText(QStringLiteral("<b>%1</b>")
                              .arg(tr("%1 is closed (%2, by %3): these figures are frozen.")
                                       .arg(period.label(), close->closedAt.left(10), close->closedBy)
                                       .toHtmlEscaped()));
    else if (close)
        m_status->setText(
            tr("%1 is open again (reopened %2 by %3: %4). Figures follow the records.")
                .arg(period.label(), close->reopenedAt.left(10), close->reopenedBy, close->reopenReason)
                .toHtmlEscaped());
    else
        m_status->setText(
            tr("%1 is open: figures follow the records as they change.").arg(period.label()).toHtmlEscaped());

    const ReadCheck reads(ws);
    const auto statements =
        memberId.isEmpty() ? QList<IncentiveStatement>() : StatementBuilder(ws).members(period, {memberId});
    m_statement = statements.isEmpty() ? std::nullopt : std::optional(statements.first());
    if (const Status read = reads.status(); !read) {
        // A statement from a failed read would pay zeros: the reason instead.
        m_statement.reset();
        m_status->setText(
            QStringLiteral("<b style=\"color: #b3261e;\">%1</b>").arg(read.message().toHtmlEscaped()));
    }
    m_lines->setRowCount(0);
    m_commission->setCaption(tr("Commission"));
    m_awards->setCaption(tr("Awards"));
    m_adjustments->setCaption(tr("Adjustments"));
    m_total->setCaption(tr("Total"));
    if (!m_statement) {
        for (StatCard *c : {m_commission, m_awards, m_adjustments, m_total}) {
            c->setValue(QStringLiteral("–"));
            c->setNote(QString());
        }
        m_explain->setText(tr("No scored member is chosen."));
        m_discrepancyBox->hide();
        return;
    }
    const IncentiveStatement &s = *m_statement;
    m_commission->setValue(Money(s.commissionMinor + s.clawbacksMinor).format(locale));
    m_commission->setNote(
        s.targetMinor
            ? tr("base %1 · target %2")
                  .arg(Money(s.baseMinor).formatCompact(locale), Money(*s.targetMinor).formatCompact(locale))
            : tr("base %1 · no revenue target").arg(Money(s.baseMinor).formatCompact(locale)));
    m_awards->setValue(Money(s.awardsMinor).format(locale));
    int awardCount = 0;
    for (const StatementLine &l : s.lines)
        awardCount += l.kind == StatementLine::Kind::Award;
    m_awards->setNote(tr("%n award(s)", nullptr, awardCount));
    m_adjustments->setValue(Money(s.adjustmentsMinor).format(locale));
    m_adjustments->setNote(
        s.clawbacksMinor ? tr("clawbacks %1 (in commission)").arg(Money(s.clawbacksMinor).format(locale))
                         : QString());
    m_total->setValue(Money(s.totalMinor).format(locale));
    m_total->setNote(tr("plan “%1”").arg(s.plan), s.frozen ? QColor(0x1d, 0x4e, 0xd8) : QColor());

    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int i = 0; i < s.lines.size(); ++i) {
        const StatementLine &l = s.lines.at(i);
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        const bool rated = l.kind == StatementLine::Kind::Commission && l.award.isEmpty();
        auto *date = cell(Dates::toIso(l.date));
        date->setData(Qt::UserRole, i);
        m_lines->setItem(row, 0, date);
        m_lines->setItem(row, 1, cell(StatementFormat::describe(l)));
        m_lines->setItem(row, 2, cell(l.kind == StatementLine::Kind::Adjustment ? l.author : l.reference));
        m_lines->setItem(row, 3,
                         cell(rated || l.kind == StatementLine::Kind::Clawback
                                  ? Money(l.baseMinor).format(locale)
                                  : QString(),
                              right));
        m_lines->setItem(
            row, 4,
            cell(rated ? StatementFormat::rateText(l.rateBasisPoints) + QLatin1Char('%') : QString(), right));
        auto *amount = cell(Money(l.amountMinor).format(locale), right);
        if (l.amountMinor < 0)
            amount->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_lines->setItem(row, 5, amount);
    }
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_lines->horizontalHeader()->setStretchLastSection(false);
    m_explain->setText(s.lines.isEmpty() ? tr("Nothing is due for this period yet.")
                                         : tr("Select a line to see how it was computed."));

    m_discrepancyBox->setVisible(m_closed);
    m_changes->setRowCount(0);
    if (m_closed) {
        const Discrepancies found = PeriodCloseService(ws).discrepancies(period);
        QHash<QString, QString> logins;
        for (const Member &m : MemberService(ws).all())
            logins.insert(m.id, m.login);
        const QHash<QString, QString> fieldLabels = ColumnLabels::all();
        auto valueText = [&](const Discrepancy &d, const QString &value) {
            bool ok = false;
            const qint64 minor = value.toLongLong(&ok);
            return ok && (d.field == QLatin1String("amount") || d.field == QLatin1String("value"))
                       ? Money(minor).format(locale)
                       : value;
        };
        const QHash<QString, QString> entityLabels{{QStringLiteral("deals"), tr("deal")},
                                                   {QStringLiteral("activities"), tr("follow-up")},
                                                   {QStringLiteral("ratings"), tr("rating")},
                                                   {QStringLiteral("targets"), tr("target")},
                                                   {QStringLiteral("adjustments"), tr("adjustment")}};
        for (const Discrepancy &d : found.changes) {
            const int row = m_changes->rowCount();
            m_changes->insertRow(row);
            m_changes->setItem(row, 0, cell(d.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))));
            m_changes->setItem(row, 1, cell(logins.value(d.author, d.author)));
            m_changes->setItem(row, 2,
                               cell(entityLabels.value(d.entity, d.entity) + QLatin1Char(' ') +
                                    (d.reference.isEmpty() ? d.entityId.left(8) : d.reference)));
            m_changes->setItem(row, 3,
                               cell(d.op == QLatin1String("create")   ? tr("added")
                                    : d.op == QLatin1String("delete") ? tr("deleted")
                                                                      : fieldLabels.value(d.field, d.field)));
            m_changes->setItem(row, 4,
                               cell(d.op == QLatin1String("update") ? valueText(d, d.oldValue) : QString()));
            m_changes->setItem(row, 5,
                               cell(d.op == QLatin1String("update") ? valueText(d, d.newValue) : QString()));
        }
        m_changes->resizeColumnsToContents();
        QStringList effects;
        for (const DiscrepancyEffect &e : found.effects)
            effects << tr("%1: frozen %2, now %3 (%4)")
                           .arg(e.name, Money(e.frozenTotal).format(locale), Money(e.nowTotal).format(locale),
                                (e.nowTotal >= e.frozenTotal ? QStringLiteral("+") : QString()) +
                                    Money(e.nowTotal - e.frozenTotal).format(locale));
        m_effects->setText(found.isEmpty() ? tr("No change since the close touches this period.")
                           : effects.isEmpty()
                               ? tr("The changes leave every frozen figure as it was.")
                               : tr("Effect on payouts: %1").arg(effects.join(QStringLiteral("; "))));
    }
}

QString StatementsPage::explanation() const
{
    return m_explain->text();
}

void StatementsPage::showExplanation()
{
    const auto selected = m_lines->selectedItems();
    if (!m_statement || selected.isEmpty())
        return;
    const int index = m_lines->item(selected.first()->row(), 0)->data(Qt::UserRole).toInt();
    if (index >= 0 && index < m_statement->lines.size())
        m_explain->setText(StatementFormat::explain(m_statement->lines.at(index), *m_statement));
}

bool StatementsPage::addAdjustment(const QString &amount, const QString &reason)
{
    const auto money = Money::parse(amount);
    if (!money) {
        Messages::error(this, tr("Add Adjustment"), tr("“%1” is not an amount.").arg(amount));
        return false;
    }
    Adjustment a;
    a.memberId = m_member->currentData().toString();
    a.period = m_period->period();
    a.amountMinor = money->minor();
    a.reason = reason;
    const Status st = ChangeCommand::perform(
        m_session, ChangeCommand::createText(ChangeCommand::noun(EntityKind::Adjustment)), [&] {
            const auto added = AdjustmentService(m_session.workspace()).add(a);
            return added ? success() : Status(added.problems());
        });
    if (!st) {
        Messages::error(this, tr("Add Adjustment"), st.message());
        return false;
    }
    return true;
}

void StatementsPage::askAdjustment()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("adjustmentDialog"));
    dialog.setWindowTitle(tr("Add Adjustment"));
    auto *amount = new MoneyEdit(&dialog);
    amount->setPlaceholderText(tr("e.g. 300 or -150.50 to deduct"));
    auto *reason = new QLineEdit(&dialog);
    reason->setPlaceholderText(tr("Why — shown on the statement"));
    auto *form = new QFormLayout;
    form->addRow(tr("Member:"), new QLabel(m_member->currentText(), &dialog));
    form->addRow(tr("Period:"), new QLabel(m_period->period().label(), &dialog));
    form->addRow(tr("Amount:"), amount);
    form->addRow(tr("Reason:"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (addAdjustment(amount->text(), reason->text()))
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    dialog.exec();
}

bool StatementsPage::closePeriod()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto closed = PeriodCloseService(m_session.workspace()).close(m_period->period());
    QApplication::restoreOverrideCursor();
    if (!closed) {
        Messages::error(this, tr("Close Period"), closed.message());
        return false;
    }
    // A close is the period's record for finance: it is reopened with a reason, not undone, and the edits
    // before it are no longer undone behind it.
    m_session.fenceUndo(tr("Close %1").arg(m_period->period().label()));
    refresh();
    return true;
}

bool StatementsPage::reopenPeriod(const QString &reason)
{
    const Status st = PeriodCloseService(m_session.workspace()).reopen(m_period->period(), reason);
    if (!st) {
        Messages::error(this, tr("Reopen Period"), st.message());
        return false;
    }
    m_session.fenceUndo(tr("Reopen %1").arg(m_period->period().label()));
    refresh();
    return true;
}

void StatementsPage::askClose()
{
    const Period period = m_period->period();
    if (m_closed) {
        const auto reason = Messages::askText(
            this, tr("Reopen Period"),
            tr("Why is %1 reopened? The reason is kept in the change log.").arg(period.label()));
        if (reason)
            reopenPeriod(*reason);
        return;
    }
    if (Messages::ask(
            this, tr("Close Period"),
            tr("Close %1? Its scores and statements are frozen as they are now; later edits that touch "
               "it are listed as discrepancies and never change the frozen figures.")
                .arg(period.label())))
        closePeriod();
}

Status StatementsPage::printTo(const QString &path)
{
    QStringList ids;
    for (int i = 0; i < m_member->count(); ++i)
        ids << m_member->itemData(i).toString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto statements = StatementBuilder(m_session.workspace()).members(m_period->period(), ids);
    const Status st =
        StatementPdf::write(path, statements, QFileInfo(m_session.workspace().path()).completeBaseName(),
                            m_session.workspace().clock().today());
    QApplication::restoreOverrideCursor();
    return st;
}

void StatementsPage::askPdf()
{
    const QString dir = QSettings().value(QStringLiteral("handoff/dir"), QDir::homePath()).toString();
    const QString path = FileDialogs::saveFile(
        this, tr("Print Statements to PDF"),
        dir + QStringLiteral("/attain-statements-%1.pdf").arg(m_period->period().toString()),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status st = printTo(path); !st)
        Messages::error(this, tr("The PDF was not written"), st.message());
    else
        Messages::info(this, tr("Print to PDF"),
                       tr("Wrote %n statement(s) to %1.", nullptr, m_member->count())
                           .arg(QDir::toNativeSeparators(path)));
}

} // namespace attain
