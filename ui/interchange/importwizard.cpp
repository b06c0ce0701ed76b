// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/interchange/importwizard.h"

#include "core/storage/outputfile.h"

#include "core/interchange/csvwriter.h"
#include "ui/common/filedialogs.h"
#include "ui/common/messages.h"
#include "ui/common/session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attain {

namespace {

constexpr int previewRows = 20;

/// The first records of a file as the reader sees them with the chosen options.
struct Preview
{
    QString error;
    QString encoding;
    QChar delimiter;
    QList<QStringList> rows; // the header first
};

Preview readPreview(const QString &path, const CsvReader::Options &options)
{
    Preview p;
    auto reader = CsvReader::open(path, options);
    if (!reader) {
        p.error = reader.message();
        return p;
    }
    p.encoding = (*reader)->encoding();
    p.delimiter = (*reader)->delimiter();
    QStringList fields;
    while (p.rows.size() <= previewRows) {
        fields.clear();
        if (!(*reader)->next(&fields))
            break;
        p.rows << fields;
    }
    if (!(*reader)->error().isEmpty())
        p.error = (*reader)->error();
    return p;
}

void fillTable(QTableWidget *table, const QList<QStringList> &rows, const QStringList &header)
{
    table->clear();
    int columns = int(header.size());
    for (const QStringList &r : rows)
        columns = qMax(columns, int(r.size()));
    table->setColumnCount(columns);
    table->setRowCount(int(rows.size()));
    table->setHorizontalHeaderLabels(header);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c) {
            QString text = rows.at(r).at(c);
            text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            table->setItem(r, c, new QTableWidgetItem(text));
        }
    table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        table->setColumnWidth(c, qMin(table->columnWidth(c), 240));
}

QTableWidget *previewTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setWordWrap(false);
    return table;
}

} // namespace

// 1 ─ the file and what it holds ──────────────────────────────────────────────────────────────────────
class ImportFilePage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)

public:
    explicit ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard)
    {
        setTitle(tr("Choose a file"));
        setSubTitle(tr(
            "A CSV file saved from Excel, WPS or another system. Nothing is written until the last step."));
        m_path = new QLineEdit(this);
        m_path->setObjectName(QStringLiteral("importFile"));
        m_path->setPlaceholderText(tr("Path of a .csv or .txt file"));
        auto *browse = new QPushButton(tr("Browse…"), this);
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("importKind"));
        for (ImportKind k : ImportKinds::all())
            m_kind->addItem(ImportKinds::label(k), int(k));
        m_columns = new QLabel(this);
        m_columns->setWordWrap(true);
        m_columns->setTextFormat(Qt::RichText);
        auto *row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        auto *form = new QFormLayout(this);
        form->addRow(tr("File:"), row);
        form->addRow(tr("It holds:"), m_kind);
        form->addRow(QString(), m_columns);
        registerField(QStringLiteral("file*"), m_path);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString chosen = FileDialogs::openFile(this, tr("Import a CSV File"), QDir::homePath(),
                                                         tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
            if (!chosen.isEmpty())
                setFile(chosen);
        });
        connect(m_path, &QLineEdit::editingFinished, this, [this] { guessKind(); });
        connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { describeColumns(); });
        describeColumns();
    }

    void setFile(const QString &path)
    {
        m_path->setText(QDir::toNativeSeparators(path));
        guessKind();
    }
    ImportKind kind() const { return ImportKind(m_kind->currentData().toInt()); }
    void setKind(ImportKind k) { m_kind->setCurrentIndex(m_kind->findData(int(k))); }
    QString file() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }

    bool validatePage() override
    {
        const QFileInfo info(file());
        if (!info.isFile() || !info.isReadable()) {
            Messages::error(this, tr("Cannot import"),
                            tr("“%1” is not a file that can be read.").arg(m_path->text()));
            return false;
        }
        return true;
    }

private:
    void guessKind()
    {
        const Preview p = readPreview(file(), {});
        if (!p.rows.isEmpty())
            if (const auto k = ImportKinds::guess(p.rows.first()))
                setKind(*k);
    }
    void describeColumns()
    {
        QStringList cols;
        for (const ImportColumn &c : ImportKinds::columns(kind()))
            cols << (c.required ? QStringLiteral("<b>%1</b> (%2)*") : QStringLiteral("%1 (%2)"))
                        .arg(c.key.toHtmlEscaped(), c.alias.toHtmlEscaped());
        m_columns->setText(
            tr("Columns, in any order, by these names or their Chinese names (* = required):") +
            QStringLiteral("<br>") + cols.join(QStringLiteral(", ")));
    }

    QLineEdit *m_path;
    QComboBox *m_kind;
    QLabel *m_columns;
};

// 2 ─ encoding and delimiter, with a live preview ──────────────────────────────────────────────────────
class ImportFormatPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)

public:
    explicit ImportFormatPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(tr("Encoding and delimiter"));
        setSubTitle(tr("Detected from the file; change them if the preview does not look right."));
        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(QStringLiteral("importEncoding"));
        m_encoding->addItem(QString(), QString());
        m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
        m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("utf-16"));
        m_encoding->addItem(QStringLiteral("GB18030 / GBK"), QStringLiteral("gb18030"));
        m_delimiter = new QComboBox(this);
        m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
        m_delimiter->addItem(QString(), QString());
        m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
        m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
        m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
        m_error = new QLabel(this);
        m_error->setWordWrap(true);
        m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_table = previewTable(this);
        m_table->setObjectName(QStringLiteral("formatPreview"));
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("Encoding:"), this));
        row->addWidget(m_encoding);
        row->addSpacing(16);
        row->addWidget(new QLabel(tr("Delimiter:"), this));
        row->addWidget(m_delimiter);
        row->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(row);
        layout->addWidget(m_error);
        layout->addWidget(m_table, 1);
        connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFormatPage::refresh);
        connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportFormatPage::refresh);
    }

    CsvReader::Options csvOptions() const
    {
        CsvReader::Options o;
        o.encoding = m_encoding->currentData().toString();
        const QString d = m_delimiter->currentData().toString();
        o.delimiter = d.isEmpty() ? QChar() : d.front();
        return o;
    }
    void initializePage() override
    {
        m_encoding->setCurrentIndex(0);
        m_delimiter->setCurrentIndex(0);
        refresh();
    }
    bool isComplete() const override { return m_ok; }
    void refresh()
    {
        const Preview p = readPreview(m_wizard->file(), csvOptions());
        m_ok = p.error.isEmpty() && !p.rows.isEmpty();
        m_error->setText(p.error.isEmpty() ? (p.rows.isEmpty() ? tr("The file is empty.") : QString())
                                           : p.error);
        m_error->setVisible(!m_error->text().isEmpty());
        if (m_encoding->currentIndex() == 0)
            m_encoding->setItemText(0, tr("Detected: %1").arg(p.encoding.toUpper()));
        if (m_delimiter->currentIndex() == 0)
            m_delimiter->setItemText(0, tr("Detected: %1")
                                            .arg(p.delimiter == u'\t'  ? tr("Tab")
                                                 : p.delimiter == u';' ? tr("Semicolon")
                                                                       : tr("Comma")));
        fillTable(m_table, p.rows.mid(1), p.rows.value(0));
        QStringList numbers; // spreadsheet rows: the header is row 1
        for (int r = 0; r < m_table->rowCount(); ++r)
            numbers << QString::number(r + 2);
        m_table->setVerticalHeaderLabels(numbers);
        Q_EMIT completeChanged();
    }

private:
    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_error;
    QTableWidget *m_table;
    bool m_ok = false;
};

// 3 ─ which column is which ──────────────────────────────────────────────────────────────────────────
class ImportMappingPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)

public:
    explicit ImportMappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(tr("Columns"));
        setSubTitle(tr("Each column of the file and what it is. Columns named as the brief names them are "
                       "matched already."));
        m_table = previewTable(this);
        m_table->setObjectName(QStringLiteral("mappingTable"));
        m_missing = new QLabel(this);
        m_missing->setWordWrap(true);
        m_missing->setObjectName(QStringLiteral("missingColumns"));
        m_remember = new QCheckBox(tr("Remember these choices for files of this kind"), this);
        m_remember->setObjectName(QStringLiteral("rememberMapping"));
        m_remember->setChecked(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_missing);
        layout->addWidget(m_remember);
    }

    void initializePage() override
    {
        auto *format = static_cast<ImportFormatPage *>(m_wizard->page(ImportWizard::FormatPage));
        const Preview p = readPreview(m_wizard->file(), format->csvOptions());
        m_header = p.rows.value(0);
        const ImportKind kind = m_wizard->kind();
        const QStringList mapped = ImportKinds::mapHeader(
            kind, m_header, Importer::savedMapping(m_wizard->session().workspace(), kind));
        // Row 0 holds a chooser per column; the file's first rows follow.
        QList<QStringList> rows{QStringList(m_header.size(), QString())};
        rows << p.rows.mid(1, 10);
        fillTable(m_table, rows, m_header);
        QStringList numbers{QString()};
        for (int r = 1; r < m_table->rowCount(); ++r)
            numbers << QString::number(r + 1);
        m_table->setVerticalHeaderLabels(numbers);
        m_table->setRowHeight(0, m_table->fontMetrics().height() + 16);
        m_choosers.clear();
        for (int c = 0; c < m_header.size(); ++c) {
            auto *combo = new QComboBox(m_table);
            combo->addItem(tr("— not imported —"), QString());
            for (const ImportColumn &col : ImportKinds::columns(kind))
                combo->addItem(col.required ? tr("%1 (%2) *").arg(col.key, col.alias)
                                            : tr("%1 (%2)").arg(col.key, col.alias),
                               col.key);
            combo->setCurrentIndex(qMax(0, combo->findData(mapped.value(c))));
            connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::update);
            m_table->setCellWidget(0, c, combo);
            m_table->setColumnWidth(c, qMax(m_table->columnWidth(c), combo->sizeHint().width()));
            m_choosers << combo;
        }
        update();
    }
    bool isComplete() const override { return m_missingKeys.isEmpty() && m_duplicates.isEmpty(); }
    bool validatePage() override
    {
        m_wizard->m_mapping.clear();
        const QStringList automatic = ImportKinds::mapHeader(m_wizard->kind(), m_header);
        QHash<QString, QString> chosen;
        for (int c = 0; c < m_choosers.size(); ++c) {
            const QString key = m_choosers.at(c)->currentData().toString();
            m_wizard->m_mapping.insert(m_header.at(c), key);
            if (key != automatic.value(c))
                chosen.insert(m_header.at(c), key);
        }
        if (m_remember->isChecked() && !chosen.isEmpty()) {
            QHash<QString, QString> saved =
                Importer::savedMapping(m_wizard->session().workspace(), m_wizard->kind());
            saved.insert(chosen);
            Importer::saveMapping(m_wizard->session().workspace(), m_wizard->kind(), saved);
        }
        return true;
    }
    QStringList chosenKeys() const
    {
        QStringList keys;
        for (QComboBox *c : m_choosers)
            keys << c->currentData().toString();
        return keys;
    }

private:
    void update()
    {
        const QStringList keys = chosenKeys();
        m_missingKeys = ImportKinds::missingColumns(m_wizard->kind(), keys);
        m_duplicates.clear();
        for (const QString &k : keys)
            if (!k.isEmpty() && keys.count(k) > 1 && !m_duplicates.contains(k))
                m_duplicates << k;
        QStringList lines;
        if (!m_missingKeys.isEmpty())
            lines << tr("Still needed: %1").arg(m_missingKeys.join(QStringLiteral(", ")));
        if (!m_duplicates.isEmpty())
            lines << tr("Chosen for more than one column: %1").arg(m_duplicates.join(QStringLiteral(", ")));
        m_missing->setText(lines.isEmpty() ? tr("Every required column is there.")
                                           : lines.join(QLatin1Char('\n')));
        m_missing->setStyleSheet(lines.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
        Q_EMIT completeChanged();
    }

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_missing;
    QCheckBox *m_remember;
    QStringList m_header;
    QList<QComboBox *> m_choosers;
    QStringList m_missingKeys, m_duplicates;
};

// 4 ─ every row checked, nothing written ──────────────────────────────────────────────────────────────
class ImportReportPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)

public:
    explicit ImportReportPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(tr("Check"));
        setSubTitle(tr("Every row is checked against the rules. Nothing has been written yet."));
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("&Import"));
        m_progress = new QProgressBar(this);
        m_status = new QLabel(this);
        m_status->setWordWrap(true);
        m_status->setObjectName(QStringLiteral("checkSummary"));
        m_created = new QListWidget(this);
        m_created->setObjectName(QStringLiteral("createdRecords"));
        m_created->setMaximumHeight(110);
        m_model = new QStandardItemModel(this);
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(m_model);
        proxy->setSortRole(Qt::UserRole);
        m_problems = new QTableView(this);
        m_problems->setObjectName(QStringLiteral("problemTable"));
        m_problems->setModel(proxy);
        m_problems->setSortingEnabled(true);
        m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_problems->horizontalHeader()->setStretchLastSection(true);
        m_problems->verticalHeader()->hide();
        m_save = new QPushButton(tr("Save the Report…"), this);
        m_save->setObjectName(QStringLiteral("saveReport"));
        connect(m_save, &QPushButton::clicked, this, &ImportReportPage::saveReport);
        auto *bottom = new QHBoxLayout;
        bottom->addStretch(1);
        bottom->addWidget(m_save);
        m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        m_createdLabel = new QLabel(tr("Will be created:"), this);
        m_layout = new QVBoxLayout(this);
        m_layout->addWidget(m_progress);
        m_layout->addWidget(m_status);
        m_layout->addWidget(m_createdLabel);
        m_layout->addWidget(m_created);
        m_layout->addWidget(m_problems, 1);
        m_layout->addStretch(1); // takes the room while there is no table of problems
        m_layout->addLayout(bottom);
    }

    void initializePage() override
    {
        m_model->clear();
        m_created->clear();
        m_created->hide();
        m_createdLabel->hide();
        m_problems->hide();
        m_save->hide();
        m_checked = false;
        // Check once the page is on screen, so its progress bar shows.
        QMetaObject::invokeMethod(this, &ImportReportPage::check, Qt::QueuedConnection);
    }
    bool isComplete() const override { return m_checked && m_wizard->report().ok(); }

    void check()
    {
        const ImportReport r = m_wizard->run(true, m_progress, m_status);
        m_checked = true;
        if (r.cancelled) {
            m_status->setText(tr("The check was stopped. Go back, or close the wizard."));
            Q_EMIT completeChanged();
            return;
        }
        QStringList summary;
        summary << tr("%n row(s) read.", nullptr, int(r.rows));
        if (r.ok()) {
            summary << tr("To add: %1 · to update: %2 · unchanged: %3")
                           .arg(r.inserted)
                           .arg(r.updated)
                           .arg(r.unchanged);
            if (r.kind == ImportKind::FinanceReturn && !r.notApplied.isEmpty())
                summary << tr("%n confirmation(s) match no deal or disagree with it and will not be applied "
                              "(listed below).",
                              nullptr, int(r.notApplied.size()));
        } else {
            summary << tr("%n problem(s) found: nothing can be imported until the file is corrected.",
                          nullptr, int(r.problemCount));
            if (r.problemCount > r.problems.size())
                summary << tr("The first %1 are listed.").arg(r.problems.size());
        }
        m_status->setText(summary.join(QLatin1Char('\n')));
        for (const QString &login : r.newMembers)
            m_created->addItem(tr("New member (rep): %1").arg(login));
        for (const QString &name : r.newCustomers)
            m_created->addItem(tr("New customer: %1").arg(name));
        if (r.createdMembers > r.newMembers.size() || r.createdCustomers > r.newCustomers.size())
            m_created->addItem(tr("… %1 new members and %2 new customers in all")
                                   .arg(r.createdMembers)
                                   .arg(r.createdCustomers));
        m_created->setVisible(m_created->count() > 0);
        m_createdLabel->setVisible(m_created->count() > 0);
        const Problems &listed = r.ok() ? r.notApplied : r.problems;
        m_model->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Reason")});
        for (const Problem &p : listed) {
            auto *row = new QStandardItem(QString::number(p.row));
            row->setData(p.row, Qt::UserRole);
            QList<QStandardItem *> items{row, new QStandardItem(p.field), new QStandardItem(p.value),
                                         new QStandardItem(p.message)};
            for (int i = 1; i < items.size(); ++i)
                items.at(i)->setData(items.at(i)->text(), Qt::UserRole);
            m_model->appendRow(items);
        }
        m_problems->setVisible(!listed.isEmpty());
        m_layout->setStretch(5, listed.isEmpty() ? 1 : 0);
        m_save->setVisible(!listed.isEmpty());
        m_problems->resizeColumnsToContents();
        m_problems->sortByColumn(0, Qt::AscendingOrder);
        Q_EMIT completeChanged();
    }

    void saveReport()
    {
        const QString out = FileDialogs::saveFile(
            this, tr("Save the Report"),
            QFileInfo(m_wizard->file()).absolutePath() + QStringLiteral("/") +
                QFileInfo(m_wizard->file()).completeBaseName() + QStringLiteral("-problems.csv"),
            tr("CSV files (*.csv)"));
        if (out.isEmpty())
            return;
        CsvWriter writer(CsvWriter::Encoding::Utf8Bom, {tr("Row"), tr("Column"), tr("Value"), tr("Reason")},
                         {true, false, false, false});
        for (int r = 0; r < m_problems->model()->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < 4; ++c)
                cells << m_problems->model()->index(r, c).data().toString();
            writer.addRow(cells, r + 2);
        }
        if (Status st = OutputFile::write(out, writer.bytes(), {m_wizard->file()}); !st)
            Messages::error(this, tr("Cannot save the report"), st.message());
    }

private:
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListWidget *m_created;
    QLabel *m_createdLabel;
    QVBoxLayout *m_layout;
    QStandardItemModel *m_model;
    QTableView *m_problems;
    QPushButton *m_save;
    bool m_checked = false;
};

// 5 ─ the import ──────────────────────────────────────────────────────────────────────────────────────
class ImportCommitPage : public QWizardPage
{
    Q_DECLARE_TR_FUNCTIONS(ImportWizard)

public:
    explicit ImportCommitPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
    {
        setTitle(tr("Import"));
        m_progress = new QProgressBar(this);
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("importSummary"));
        m_status->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_progress);
        layout->addWidget(m_status);
        layout->addStretch(1);
    }
    void initializePage() override
    {
        m_done = false;
        QMetaObject::invokeMethod(this, &ImportCommitPage::import, Qt::QueuedConnection);
    }
    bool isComplete() const override { return m_done; }

    void import()
    {
        const ImportReport r = m_wizard->run(false, m_progress, m_status);
        m_done = true;
        if (r.cancelled)
            m_status->setText(tr("Cancelled. Nothing was imported."));
        else if (!r.ok())
            m_status->setText(
                tr("Nothing was imported: the file changed since it was checked (%n problem(s)).", nullptr,
                   int(r.problemCount)));
        else
            m_status->setText(
                tr("Imported. Added %1, updated %2, unchanged %3; %4 new members and %5 new customers.")
                    .arg(r.inserted)
                    .arg(r.updated)
                    .arg(r.unchanged)
                    .arg(r.createdMembers)
                    .arg(r.createdCustomers));
        wizard()->button(QWizard::CancelButton)->setEnabled(false);
        Q_EMIT completeChanged();
    }

private:
    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_status;
    bool m_done = false;
};

ImportWizard::ImportWizard(Session &session, const QString &file, QWidget *parent)
    : QWizard(parent), m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    auto *filePage = new ImportFilePage(this);
    setPage(FilePage, filePage);
    setPage(FormatPage, new ImportFormatPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(ReportPage, new ImportReportPage(this));
    setPage(CommitPage, new ImportCommitPage(this));
    if (!file.isEmpty())
        filePage->setFile(file);
    resize(900, 620);
}

QString ImportWizard::file() const
{
    return static_cast<ImportFilePage *>(page(FilePage))->file();
}

ImportKind ImportWizard::kind() const
{
    return static_cast<ImportFilePage *>(page(FilePage))->kind();
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.kind = kind();
    o.csv = static_cast<ImportFormatPage *>(page(FormatPage))->csvOptions();
    o.mapping = m_mapping;
    return o;
}

ImportReport ImportWizard::run(bool dryRun, QProgressBar *bar, QLabel *status)
{
    ImportOptions o = options();
    o.dryRun = dryRun;
    m_cancel = false;
    m_running = true;
    button(QWizard::BackButton)->setEnabled(false);
    status->setText(dryRun ? tr("Checking every row…") : tr("Importing…"));
    bar->setRange(0, 1000);
    bar->setValue(0);
    o.progress = [this, bar](qint64 done, qint64 total) {
        bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
        // The wizard stays responsive (Cancel) while the importer works on this thread.
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        return !m_cancel;
    };
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_report = Importer::run(m_session.workspace(), file(), o);
    QApplication::restoreOverrideCursor();
    bar->setValue(1000);
    m_running = false;
    button(QWizard::BackButton)->setEnabled(true);
    return m_report;
}

void ImportWizard::reject()
{
    if (m_running) {
        // The importer stops at its next progress report and writes nothing; the wizard stays open to say so.
        m_cancel = true;
        return;
    }
    QWizard::reject();
}

} // namespace attain
