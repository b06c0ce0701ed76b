// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/result.h"
#include "core/interchange/importkind.h"

#include <QCoreApplication>

namespace attain {

/// What an import did or would do: counts, what it created, and every problem (row, column, value,
/// reason; the first 1,000 listed, all counted). Nothing is written when there is a problem.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    static constexpr int maxListed = 1000;

    ImportKind kind = ImportKind::Deals;
    QString encoding;
    QChar delimiter;
    QStringList header;
    QStringList mapped;
    qint64 rows = 0, inserted = 0, updated = 0, unchanged = 0;
    qint64 createdMembers = 0, createdCustomers = 0, createdTeams = 0;
    /// Deals on a customer another member protects: waiting for a manager, as when entered in a form.
    qint64 conflictsOpened = 0;
    QStringList newMembers, newCustomers;
    Problems problems;
    qint64 problemCount = 0;
    /// Finance confirmations that match no deal or disagree with it: reported, not applied.
    Problems notApplied;
    /// What the import changes (or would change) in closed periods, by period: their frozen figures stay,
    /// the changes become discrepancies (close-period --discrepancies). Told by a dry run too.
    QList<QPair<QString, qint64>> closedChanges;
    bool dryRun = false;
    bool committed = false;
    bool cancelled = false;

    bool ok() const { return problemCount == 0 && !cancelled; }
    /// Values are kept to what a table cell shows (a 10 MB cell is named, not copied).
    static constexpr int maxValueLength = 100;

    void addProblem(Problem problem)
    {
        if (problems.size() < maxListed) {
            if (problem.value.size() > maxValueLength)
                problem.value = problem.value.left(maxValueLength) + QChar(0x2026);
            // Control characters shown as their pictures (␀ for a NUL), never written raw to a terminal.
            for (QChar &c : problem.value) {
                const char16_t u = c.unicode();
                if (u < 0x20)
                    c = QChar(char16_t(0x2400 + u));
                else if (u == 0x7F)
                    c = QChar(char16_t(0x2421));
                else if (u >= 0x80 && u < 0xA0)
                    c = QChar(char16_t(0xFFFD));
            }
            problems << std::move(problem);
        }
        ++problemCount;
    }
    /// Problems name the file's own columns: a column key (`amount`) becomes the header that holds it
    /// (`金额`), as the file says it.
    void nameColumns()
    {
        for (Problems *list : {&problems, &notApplied})
            for (Problem &p : *list)
                if (const qsizetype i = mapped.indexOf(p.field);
                    !p.field.isEmpty() && i >= 0 && i < header.size())
                    p.field = header.at(i);
    }
    /// The brief's summary: `inserted: N`, `updated: N`, `unchanged: N`, `created members: N`,
    /// `created customers: N` (machine-readable, not translated).
    QStringList summaryLines() const
    {
        return {QStringLiteral("inserted: %1").arg(inserted), QStringLiteral("updated: %1").arg(updated),
                QStringLiteral("unchanged: %1").arg(unchanged),
                QStringLiteral("created members: %1").arg(createdMembers),
                QStringLiteral("created customers: %1").arg(createdCustomers)};
    }
    /// "closed period 2025-06: 2 change(s), listed by close-period --discrepancies" for each closed period
    /// the import changes (machine-readable, not translated, as the summary).
    QStringList closedLines() const
    {
        QStringList out;
        for (const auto &[period, changes] : closedChanges)
            out << QStringLiteral("closed period %1: %2 change(s)%3, listed by close-period --discrepancies")
                       .arg(period)
                       .arg(changes)
                       .arg(dryRun ? QStringLiteral(" would be made") : QString());
        return out;
    }
    /// One problem as a line: "row 7, amount “12,34”: “12,34” is not an amount".
    static QString describe(const Problem &p)
    {
        QString where = p.row > 0 ? tr("row %1").arg(p.row) : QString();
        if (!p.field.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + p.field;
        if (!p.value.isEmpty())
            where += QStringLiteral(" “%1”").arg(p.value.left(60));
        return where.isEmpty() ? p.message : where + QStringLiteral(": ") + p.message;
    }
};

} // namespace attain
